// One URL per language: `/ar/…` is served by the same pages as `/…`. The server takes the
// language from the path, hands it (and the language-neutral path, for the switch and hreflang)
// to the pages in request headers it always overwrites, and rewrites the URL Next routes on. A
// client can never choose a page's language other than by its URL.
import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from '../lib/locale-path';

// Arabic routes with files of their own (app/ar/…): not rewritten.
const OWN_ARABIC_ROUTES = new Set(['/feed.xml', '/feed.atom', '/feed.json']);

export function routeByLocale(req: IncomingMessage): void {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const query = q === -1 ? '' : url.slice(q);
  const { locale, path } = splitLocalePath(q === -1 ? url : url.slice(0, q));
  req.headers[LOCALE_HEADER] = locale;
  req.headers[PATH_HEADER] = `${path}${query}`;
  if (locale === 'ar' && !OWN_ARABIC_ROUTES.has(path)) req.url = `${path}${query}`;
}
