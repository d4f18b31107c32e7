// One URL per language: English at `/…`, Arabic at `/ar/…`. Pure helpers shared by the proxy
// (which reads the language from the path), the pages (which write links in their language) and
// the feeds.
import type { UiLocale } from './i18n';

const AR_PREFIX = '/ar';

/** Request headers proxy.ts sets (always overwriting) from the URL for the pages to read. */
export const LOCALE_HEADER = 'x-raqmi-locale';
export const PATH_HEADER = 'x-raqmi-path';

/**
 * The path no route matches: the server (server/not-found-page.ts) sends the page rendered there
 * as every 404 page, so the layout knows that page by this path. It has no address of its own to
 * name as canonical or in the language switch.
 */
export const NOT_FOUND_PATH = '/_raqmi/not-found';

/** Whether a language-neutral path (query or not) is NOT_FOUND_PATH's. */
export const isNotFoundPath = (path: string): boolean => path.split('?')[0] === NOT_FOUND_PATH;

/** The path a page has in `locale`, from its language-neutral path (`/`, `/jobs/x?y=1`). */
export function localePath(locale: UiLocale, path: string): string {
  if (locale === 'en') return path;
  if (path === '/') return AR_PREFIX;
  if (path.startsWith('/?')) return `${AR_PREFIX}${path.slice(1)}`;
  return `${AR_PREFIX}${path}`;
}

/** The language of a request path and the same path without the language prefix. */
export function splitLocalePath(pathname: string): { locale: UiLocale; path: string } {
  if (pathname === AR_PREFIX || pathname === `${AR_PREFIX}/`) return { locale: 'ar', path: '/' };
  if (pathname.startsWith(`${AR_PREFIX}/`)) return { locale: 'ar', path: pathname.slice(AR_PREFIX.length) };
  return { locale: 'en', path: pathname };
}

/** hreflang alternates of a neutral path (with its query): both languages, English as x-default. */
export function languageAlternates(path: string): Record<'en' | 'ar' | 'x-default', string> {
  return { en: localePath('en', path), ar: localePath('ar', path), 'x-default': localePath('en', path) };
}
