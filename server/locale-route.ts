// One URL per language: `/ar/…` is served by the same pages as `/…`. The server takes the
// language from the path, hands it (and the language-neutral path, for the switch and hreflang)
// to the pages in request headers it always overwrites, and rewrites the URL Next routes on. A
// client can never choose a page's language other than by its URL.
import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from '../lib/locale-path';

// Arabic routes with files of their own (app/ar/…): not rewritten.
const OWN_ARABIC_ROUTES = new Set(['/feed.xml', '/feed.atom', '/feed.json']);

// Next redirects "//" and a trailing "/" to the tidy path, and for an Arabic URL that path is
// the rewritten one, without /ar: the reader landed in English. Arabic paths are tidied here.
const tidy = (path: string) => path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');

export function routeByLocale(req: IncomingMessage): void {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const query = q === -1 ? '' : url.slice(q);
  const split = splitLocalePath(q === -1 ? url : url.slice(0, q));
  const locale = split.locale;
  const path = locale === 'ar' ? tidy(split.path) : split.path;
  req.headers[LOCALE_HEADER] = locale;
  req.headers[PATH_HEADER] = `${path}${query}`;
  if (locale === 'ar') req.url = OWN_ARABIC_ROUTES.has(path) ? `/ar${path}${query}` : `${path}${query}`;
}
