// Without RAQMI_PUBLIC_URL every absolute link (feeds, sitemap, canonical, alert mails) points at
// http://localhost:PORT. Regression: a deployed server said nothing about it. The start path
// (scripts/start.ts, what `npm start` runs after its build) and the server run directly
// (scripts/serve.ts -H) now print one warning line when the setting is missing where the site is
// meant for others: NODE_ENV=production given to `npm start`, or a host that is not loopback.
// `npm start` with nothing set (local use) stays quiet. Each case is a real process.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort } from '../../scripts/server-harness';
import { tempDb } from '../helpers/db';

const ROOT = resolve(__dirname, '../..');
const WARNING = /RAQMI_PUBLIC_URL is not set/g;

type Run = { env: Record<string, string | undefined>; via: 'start' | 'serve'; host?: string };

/** Starts the process, waits until it serves, stops it; what it printed on stdout and stderr. */
async function outputOf({ env, via, host }: Run): Promise<{ out: string; port: number }> {
  const port = await freePort();
  const args =
    via === 'start'
      ? ['--import', 'tsx', 'scripts/start.ts']
      : ['--import', 'tsx', 'scripts/serve.ts', '-p', String(port), ...(host ? ['-H', host] : [])];
  // Neither inherited: vitest sets NODE_ENV=test, and each case says what it wants.
  const inherited = Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && key !== 'RAQMI_PUBLIC_URL');
  const merged = Object.fromEntries([
    ...inherited,
    ['NEXT_TELEMETRY_DISABLED', '1'],
    ['RAQMI_SCHEDULER', 'off'],
    ['PORT', String(port)],
    ...Object.entries(env).filter(([, value]) => value !== undefined),
  ]) as NodeJS.ProcessEnv;
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, env: merged });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  try {
    const deadline = Date.now() + 90_000;
    while ((await fetch(`http://127.0.0.1:${port}/sources`).catch(() => undefined))?.status !== 200) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    return { out, port };
  } finally {
    const exited = new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('the warning about a missing RAQMI_PUBLIC_URL', () => {
  const t = tempDb();
  beforeAll(() => {
    ensureBuilt();
    t.db.$client.close();
  }, 600_000);
  afterAll(() => t.cleanup());

  it('is one line on npm start’s path with NODE_ENV=production, naming the origin links will use', { timeout: 120_000 }, async () => {
    const { out, port } = await outputOf({ via: 'start', env: { RAQMI_DB: t.file, NODE_ENV: 'production' } });
    expect(out.match(WARNING)).toHaveLength(1);
    expect(out).toContain(
      `RAQMI_PUBLIC_URL is not set: every absolute link (feeds, sitemap, canonical, alert mails) points at http://localhost:${port}`,
    );
  });

  it('is printed by the server run directly on a host that is not loopback', { timeout: 120_000 }, async () => {
    const { out } = await outputOf({ via: 'serve', host: '0.0.0.0', env: { RAQMI_DB: t.file, NODE_ENV: 'production' } });
    expect(out.match(WARNING)).toHaveLength(1);
  });

  it.each([
    ['npm start’s path in local use (no NODE_ENV)', { via: 'start', env: {} }],
    [
      'npm start’s path with NODE_ENV=production and the setting given',
      { via: 'start', env: { NODE_ENV: 'production', RAQMI_PUBLIC_URL: 'https://raqmi.example' } },
    ],
    ['the server run directly on loopback', { via: 'serve', host: '127.0.0.1', env: { NODE_ENV: 'production' } }],
  ] as const)('is not printed on %s', { timeout: 120_000 }, async (_name, run) => {
    const { out } = await outputOf({ ...run, env: { RAQMI_DB: t.file, ...run.env } });
    expect(out).toMatch(/Raqmi on http/);
    expect(out).not.toMatch(WARNING);
  });
});
