// One validator scheme for every cacheable GET (pages and feeds): the ETag derives from what the
// body depends on (the view, the data version, the UTC hour) and is weak, so the gzip and
// identity bodies may share it (RFC 9110 §8.8.1); If-None-Match is compared weakly and
// understands `W/` and `*`; If-Modified-Since counts only without If-None-Match (§13.1.3).
import { createHash } from 'node:crypto';

export function weakEtag(...parts: (string | number)[]): string {
  return `W/"${createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22)}"`;
}

const opaque = (tag: string) => tag.replace(/^W\//, '');

/** Whether an If-None-Match header matches `etag` by weak comparison (`*` matches anything). */
export function noneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const tags = header.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.some((t) => opaque(t) === opaque(etag));
}

/** Whether the request's validators say the client's copy is current (answer 304). */
export function isNotModified(headers: Headers, etag: string, lastModified: number | null): boolean {
  const inm = headers.get('if-none-match');
  if (inm !== null) return noneMatchHits(inm, etag);
  const since = Date.parse(headers.get('if-modified-since') ?? '');
  return lastModified !== null && Number.isFinite(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}

/** Shared caches may keep a copy briefly and serve it stale while they fetch a fresh one. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
