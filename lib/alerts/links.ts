// Paths of the alert links that the mail and the pages share.
import type { UiLocale } from '../i18n';
import { localePath } from '../locale-path';

/** The confirmation link's path, in the sign-up's language: a page opened from it (even an expired
 *  one) speaks it, and its button posts back to the same address. */
export function confirmPath(locale: UiLocale, token: string): string {
  return localePath(locale, `/alerts/confirm?token=${encodeURIComponent(token)}`);
}
