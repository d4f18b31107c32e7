// Replay: answers requests from a folder holding a manifest.json, exactly as
// shared/recordings/README.md describes: exact method + URL; else same method, origin and
// pathname (query ignored); else 404 with an empty body.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { FetchLike, Resolver } from './http';

const ZManifest = z.object({
  entries: z.array(
    z.object({
      method: z.string().default('GET'),
      url: z.string(),
      file: z.string().optional(),
      status: z.number().int().default(200),
      contentType: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
    }),
  ),
});
type Entry = z.infer<typeof ZManifest>['entries'][number];

function pathKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

export function createReplayFetch(dir: string): FetchLike {
  let manifest: z.infer<typeof ZManifest>;
  try {
    manifest = ZManifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  } catch (error) {
    throw new Error(`cannot replay from ${dir}: ${(error as Error).message}`);
  }
  const exact = new Map<string, Entry>();
  const byPath = new Map<string, Entry>();
  for (const e of manifest.entries) {
    const method = e.method.toUpperCase();
    if (!exact.has(`${method} ${e.url}`)) exact.set(`${method} ${e.url}`, e);
    if (!byPath.has(`${method} ${pathKey(e.url)}`)) byPath.set(`${method} ${pathKey(e.url)}`, e);
  }
  return async (url) => {
    const entry = exact.get(`GET ${url}`) ?? byPath.get(`GET ${pathKey(url)}`);
    if (!entry) return new Response('', { status: 404 });
    const headers = new Headers(entry.headers);
    if (entry.contentType) headers.set('content-type', entry.contentType);
    const noBody = entry.status === 304 || entry.status === 204;
    const body = !noBody && entry.file ? readFileSync(join(dir, entry.file)) : null;
    return new Response(body, { status: entry.status, headers });
  };
}

/** A replay opens no socket, so there is no address to check: every name stands for one
 *  documentation address (RFC 5737), which the address policy lets through. */
export const replayResolver: Resolver = async () => [{ address: '192.0.2.1', family: 4 }];
