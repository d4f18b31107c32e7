import { cookies } from 'next/headers';
import { LOCALE_COOKIE, toUiLocale, type UiLocale } from '../../lib/i18n';

export async function uiLocale(): Promise<UiLocale> {
  return toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}
