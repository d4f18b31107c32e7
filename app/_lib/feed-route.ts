// One handler for the three feed formats in both languages: same filters as the listing,
// conditional GET with ETag / Last-Modified.
import { createHash } from 'node:crypto';
import { getDb } from '../../db/queries/connection';
import { feedPostings } from '../../db/queries/listings';
import { readDataVersion } from '../../db/queries/upsert';
import { siteNow } from '../../lib/clock';
import { publicOrigin } from '../../lib/env';
import { renderAtom, renderJsonFeed, renderRss } from '../../lib/feeds';
import { parseFilters, serialiseFilters } from '../../lib/filters';
import type { UiLocale } from '../../lib/i18n';

const FORMATS = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  atom: { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  json: { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
} as const;

export type FeedFormat = keyof typeof FORMATS;

export function feedResponse(request: Request, format: FeedFormat, locale: UiLocale = 'en'): Response {
  const url = new URL(request.url);
  const filters = { ...parseFilters(url.searchParams), page: 1 };
  const query = serialiseFilters(filters, { page: false });
  const db = getDb();
  const now = siteNow();
  const version = readDataVersion(db);
  const postings = feedPostings(db, filters, now);
  const updated = postings.reduce((max, p) => Math.max(max, p.postedAt), 0) || now;
  const etag = `"${createHash('sha256').update(`${format}|${locale}|${version}|${query}|${updated}|${filters.days ? Math.floor(now / 60000) : ''}`).digest('base64url').slice(0, 20)}"`;
  const lastModified = new Date(updated - (updated % 1000)).toUTCString();
  const headers = { etag, 'last-modified': lastModified, 'cache-control': 'public, max-age=300', vary: 'accept-encoding' };
  const inm = request.headers.get('if-none-match');
  const ims = Date.parse(request.headers.get('if-modified-since') ?? '');
  if ((inm && inm.split(',').map((s) => s.trim()).includes(etag)) || (!inm && Number.isFinite(ims) && updated - (updated % 1000) <= ims)) {
    return new Response(null, { status: 304, headers });
  }
  const body = FORMATS[format].render(postings, { origin: publicOrigin(), query, filters, locale, updated });
  return new Response(body, { status: 200, headers: { ...headers, 'content-type': FORMATS[format].type } });
}
