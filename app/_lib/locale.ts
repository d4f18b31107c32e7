// The UI language comes from the URL (`/ar/…`): proxy.ts reads it from the path, rewrites to the
// shared page and passes it on in request headers that it always overwrites, so a client cannot
// choose a page's language with a header (the body depends on the URL alone).
import { headers } from 'next/headers';
import { toUiLocale, type UiLocale } from '../../lib/i18n';
import { LOCALE_HEADER, PATH_HEADER, isNotFoundPath } from '../../lib/locale-path';

export async function uiLocale(): Promise<UiLocale> {
  return toUiLocale((await headers()).get(LOCALE_HEADER) ?? undefined);
}

/** The page's language-neutral path and query (`/jobs/x`, `/?q=seo`), for the language switch. */
export async function neutralPath(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER) ?? '/';
  return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** Whether this is the not-found page: the server renders every 404 from NOT_FOUND_PATH. */
export async function isNotFoundPage(): Promise<boolean> {
  return isNotFoundPath(await neutralPath());
}
