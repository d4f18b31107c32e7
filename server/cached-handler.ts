// Wraps Next's request handler with the full-response cache. A cacheable GET (a page, a feed, the
// sitemap) is keyed by its URL, the data version (read at most once a second) and the UTC hour:
// a hit sends the stored bytes without rendering. A miss renders through Next with the response
// captured: scripts stripped from HTML, validators and the CSP added, then stored (unless
// RAQMI_PAGE_CACHE=off) and sent. A page that redirects is sent as a bare redirect, not cached.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDb } from '../db/queries/connection';
import { currentDataState } from '../db/queries/data-state';
import { siteNow } from '../lib/clock';
import { startOfHour } from '../lib/hours';
import { weakEtag } from '../lib/http-cache';
import { splitLocalePath } from '../lib/locale-path';
import { captureResponse } from './capture';
import { routeByLocale } from './locale-route';
import { createPageCache, gzipBody, type StoredResponse } from './page-cache';
import { isOtherNotFound, notFoundPage } from './not-found-page';
import { sendStored } from './respond';
import { stripScripts } from './strip-scripts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const CACHEABLE_TYPE = /^(text\/html|application\/(rss|atom)\+xml|application\/feed\+json|application\/xml)\b/;
// Requests whose body is not the page's HTML (Next's RSC and router requests) go straight through.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-action', 'next-router-segment-prefetch'];
const DROPPED = [
  'cache-control',
  'vary',
  'x-middleware-rewrite',
  'etag',
  'last-modified',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
];

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function isCacheable(req: IncomingMessage, files: ReadonlySet<string>): boolean {
  const url = req.url ?? '';
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  // Files are Next's to serve as they are (under /ar too, which is routed to the same file). Any
  // other path is a view, a dot in it or not: `/jobs/x.y` taken for a file went out as Next's
  // empty error shell, its scripts refused by the CSP, a blank page.
  const path = url.split('?')[0]!;
  if (files.has(path) || files.has(splitLocalePath(path).path)) return false;
  if (
    url.startsWith('/_next/') ||
    url.startsWith('/api/') ||
    url.startsWith('/lang') ||
    url.startsWith('/alerts') ||
    url.startsWith('/ar/alerts') ||
    url.includes('_rsc=')
  )
    return false;
  return !ROUTER_HEADERS.some((h) => req.headers[h] !== undefined);
}

function toStored(status: number, rawHeaders: Record<string, string>, body: Buffer, key: string): StoredResponse {
  const headers = Object.fromEntries(Object.entries(rawHeaders).filter(([k]) => !DROPPED.includes(k)));
  const html = (headers['content-type'] ?? '').startsWith('text/html');
  const identity = html ? Buffer.from(stripScripts(body.toString('utf8'))) : body;
  if (html) headers['content-security-policy'] = PAGE_CSP;
  const lastModified = Date.parse(rawHeaders['last-modified'] ?? '');
  return {
    status,
    headers,
    identity,
    gzip: gzipBody(identity),
    etag: rawHeaders.etag ?? weakEtag('page', key),
    lastModified: Number.isFinite(lastModified) ? lastModified : null,
  };
}

/** 308, as Next answers an untidy English path: the method and query are kept. */
function redirectPermanently(res: ServerResponse, location: string): void {
  res.writeHead(308, { location, 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(`${location}\n`);
}

/** `files`: the paths Next serves from files (server/static-files.ts), passed on untouched. */
export function cachedHandler(next: Handler, options: { enabled: boolean; files: ReadonlySet<string> }): Handler {
  const cache = createPageCache();
  return async (req, res) => {
    const cacheable = isCacheable(req, options.files);
    const url = req.url;
    const canonical = routeByLocale(req);
    if (canonical) return redirectPermanently(res, canonical);
    if (!cacheable) return next(req, res);
    const data = currentDataState(getDb());
    const key = `${url}\u0000${data.version}\u0000${startOfHour(siteNow())}`;
    const hit = options.enabled ? cache.get(key) : undefined;
    if (hit) return sendStored(req, res, hit, true);
    // Next renders identity: the server gzips once, at store time.
    delete req.headers['accept-encoding'];
    const acceptEncoding = req.rawHeaders[req.rawHeaders.findIndex((h) => h.toLowerCase() === 'accept-encoding') + 1];
    // A HEAD is rendered as a GET: Next answers a HEAD with no body, and the length and ETag sent
    // would then be those of an empty page. Node still sends no body, as the request was a HEAD.
    const method = req.method;
    req.method = 'GET';
    const captured = captureResponse(res);
    // Not awaited first: Next may wait for the response's 'finish', which comes only once the
    // captured response is really sent below.
    const rendering = next(req, res);
    const { status, headers, body } = await Promise.race([captured, rendering.then(() => captured)]);
    req.method = method;
    if (acceptEncoding) req.headers['accept-encoding'] = acceptEncoding;
    const type = headers['content-type'] ?? '';
    if (REDIRECT.has(status) && headers.location) {
      // A page's redirect (app/groups/[id]) comes as Next's error shell, scripts and all: sent bare.
      const cache = headers['cache-control'] ? { 'cache-control': headers['cache-control'] } : {};
      res.writeHead(status, {
        location: headers.location,
        ...cache,
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
      });
      res.end(`${headers.location}\n`);
      await rendering;
      return;
    }
    if ((status !== 200 && status !== 404) || !CACHEABLE_TYPE.test(type) || headers['set-cookie']) {
      for (const hop of ['transfer-encoding', 'connection', 'keep-alive', 'content-length']) delete headers[hop];
      res.writeHead(status, headers).end(body);
      await rendering;
      return;
    }
    const page = isOtherNotFound(req, status, type) ? ((await notFoundPage(req)) ?? body) : body;
    const stored = toStored(status, headers, page, key);
    if (options.enabled) cache.set(key, stored);
    sendStored(req, res, stored, false);
    await rendering;
  };
}
