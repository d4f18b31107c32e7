// One handler for the three feed formats in both languages: same filters as the listing,
// conditional GET from the data version and the view (lib/http-cache.ts), checked before any
// posting is read.
import { getDb } from '../../db/queries/connection';
import { currentDataState } from '../../db/queries/data-state';
import { feedPostings } from '../../db/queries/listings';
import { siteNow } from '../../lib/clock';
import { publicOrigin } from '../../lib/env';
import { renderAtom, renderJsonFeed, renderRss } from '../../lib/feeds';
import { parseFilters, serialiseFilters } from '../../lib/filters';
import { startOfHour } from '../../lib/hours';
import { PUBLIC_CACHE_CONTROL, isNotModified, weakEtag } from '../../lib/http-cache';
import type { UiLocale } from '../../lib/i18n';

const FORMATS = {
  rss: { type: 'application/rss+xml; charset=utf-8', render: renderRss },
  atom: { type: 'application/atom+xml; charset=utf-8', render: renderAtom },
  json: { type: 'application/feed+json; charset=utf-8', render: renderJsonFeed },
} as const;

export type FeedFormat = keyof typeof FORMATS;

// A database that predates data_changed_at: the process start is a safe Last-Modified (a
// restart only costs clients a full response, never a wrong 304).
const STARTED_AT = Date.now();

export function feedResponse(request: Request, format: FeedFormat, locale: UiLocale = 'en'): Response {
  const url = new URL(request.url);
  const filters = { ...parseFilters(url.searchParams), page: 1 };
  const query = serialiseFilters(filters, { page: false });
  const db = getDb();
  const hour = startOfHour(siteNow());
  const data = currentDataState(db);
  const etag = weakEtag('feed', format, locale, data.version, query, hour);
  const lastModified = Math.max(data.changedAt ?? STARTED_AT, filters.days ? hour : 0);
  const headers = {
    etag,
    'last-modified': new Date(lastModified).toUTCString(),
    'cache-control': PUBLIC_CACHE_CONTROL,
    vary: 'accept-encoding',
  };
  if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers });
  const postings = feedPostings(db, filters, hour);
  const updated = data.changedAt ?? STARTED_AT;
  const body = FORMATS[format].render(postings, { origin: publicOrigin(), query, filters, locale, updated });
  return new Response(body, { status: 200, headers: { ...headers, 'content-type': FORMATS[format].type } });
}
