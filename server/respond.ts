// How the server answers a GET from a stored response: 304 when the client's copy is current,
// else the gzip or identity body, with public, short-lived caching for any CDN in front.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PUBLIC_CACHE_CONTROL, isNotModified } from '../lib/http-cache';
import type { StoredResponse } from './page-cache';

function requestHeaders(req: IncomingMessage): Headers {
  const h = new Headers();
  for (const name of ['if-none-match', 'if-modified-since'] as const) {
    const v = req.headers[name];
    if (typeof v === 'string') h.set(name, v);
  }
  return h;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

/** `hit`: whether the bytes came from the page cache (told in X-Cache, for tests and operators). */
export function sendStored(req: IncomingMessage, res: ServerResponse, r: StoredResponse, hit: boolean): void {
  const headers: Record<string, string> = {
    ...r.headers,
    etag: r.etag,
    'cache-control': PUBLIC_CACHE_CONTROL,
    vary: 'accept-encoding',
    'x-cache': hit ? 'HIT' : 'MISS',
  };
  if (r.lastModified !== null) headers['last-modified'] = new Date(r.lastModified).toUTCString();
  if (r.status === 200 && isNotModified(requestHeaders(req), r.etag, r.lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = r.gzip.length > 0 && acceptsGzip(req);
  const body = gzip ? r.gzip : r.identity;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(r.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
