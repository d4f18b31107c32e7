// HTTP measurements with autocannon against a production server (next start).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startServer, type RunningServer } from '../scripts/server-harness';

export type HttpFigures = { p50: number; p97_5: number; p99: number; rps: number; errors: number; timeouts: number; non2xx: number };

export async function hammer(url: string, options: { connections?: number; duration?: number } = {}): Promise<HttpFigures> {
  const r = await autocannon({ url, connections: options.connections ?? 10, duration: options.duration ?? 10, timeout: 30 });
  return {
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    rps: r.requests.average,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const own = (p: number) => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      return kb / 1024;
    } catch {
      return 0;
    }
  };
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return own(pid) + children.reduce((s, c) => s + rssMb(c), 0);
}

export async function staticAsset(server: RunningServer): Promise<string> {
  // Pages carry no script any more: the stylesheet is the static asset they all load.
  const html = await (await fetch(`${server.url}/sources`)).text();
  const href = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  if (!href) throw new Error('no static stylesheet found on the page');
  return `${server.url}${href}`;
}

export { startServer };
