// One URL per language: `/ar/…` is served by the same pages as `/…`. The server takes the
// language from the path, hands it (and the language-neutral path, for the switch and hreflang)
// to the pages in request headers it always overwrites, and rewrites the URL Next routes on. A
// client can never choose a page's language other than by its URL.
import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from '../lib/locale-path';

// Arabic routes with files of their own (app/ar/…): not rewritten.
const OWN_ARABIC_ROUTES = new Set(['/feed.xml', '/feed.atom', '/feed.json']);
// Addresses with one language only: under /ar they are sent to their one address, not copied.
const LANGUAGE_NEUTRAL = new Set(['/api/postings', '/sitemap.xml', '/robots.txt']);
// Where Next routes a path it must answer "not found" (no route under app/ar/ar/).
const NOT_FOUND = '/ar/ar';

const isDot = (segment: string) => segment === '.' || segment.toLowerCase() === '%2e';
const isDotDot = (segment: string) => /^(?:\.|%2e){2}$/i.test(segment);

/**
 * A path as a browser would tidy it, and as Next redirects an English one: backslashes read as
 * slashes, dot segments resolved, no doubled or trailing slash. Next's own redirect cannot serve
 * Arabic paths, since it sees the rewritten path without /ar and so sent an Arabic reader of
 * `/ar/feed.xml/.` to the English feed.
 */
export function tidyPath(path: string): string {
  const kept: string[] = [];
  for (const segment of path.split(/[\\/]+/)) {
    if (isDotDot(segment)) kept.pop();
    else if (segment && !isDot(segment)) kept.push(segment);
  }
  return `/${kept.join('/')}`;
}

/**
 * Routes the request by its language. For an untidy Arabic GET or HEAD (`/ar/feed.xml/`,
 * `/ar//stats`) it returns the canonical address to redirect to instead, so that a page or a feed
 * has one address per language and a feed reader keeps that one; anything else is routed on its
 * tidy path.
 */
export function routeByLocale(req: IncomingMessage): string | undefined {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const query = q === -1 ? '' : url.slice(q);
  const raw = q === -1 ? url : url.slice(0, q);
  const split = splitLocalePath(raw);
  const locale = split.locale;
  const isRead = req.method === 'GET' || req.method === 'HEAD';
  if (locale === 'ar' && isRead) {
    const tidy = tidyPath(raw);
    if (tidy !== raw) return `${tidy}${query}`;
  }
  const path = locale === 'ar' ? tidyPath(split.path) : split.path;
  if (locale === 'ar' && isRead && LANGUAGE_NEUTRAL.has(path)) return `${path}${query}`;
  req.headers[LOCALE_HEADER] = locale;
  req.headers[PATH_HEADER] = `${path}${query}`;
  if (locale !== 'ar') return undefined;
  // `/ar/ar/feed.xml` is no address of ours: rewritten to `/ar/feed.xml` it would be the Arabic
  // feed again under a second name, as `/ar/api/postings` would be the API's.
  const isDoubled = path === '/ar' || path.startsWith('/ar/');
  if (isDoubled || LANGUAGE_NEUTRAL.has(path)) req.url = NOT_FOUND;
  else req.url = OWN_ARABIC_ROUTES.has(path) ? `/ar${path}${query}` : `${path}${query}`;
  return undefined;
}
