// Paths of the alert links that the mail and the pages share, in the subscription's language: a
// page opened from one (even a broken one) speaks it, and its forms post to the same language, so
// an Arabic reader stays under /ar through every step.
import type { UiLocale } from '../i18n';
import { localePath } from '../locale-path';

function alertPath(page: 'confirm' | 'manage' | 'unsubscribe', locale: UiLocale, token: string): string {
  return localePath(locale, `/alerts/${page}?token=${encodeURIComponent(token)}`);
}

/** The confirmation link; its page's button posts back to the same address. */
export function confirmPath(locale: UiLocale, token: string): string {
  return alertPath('confirm', locale, token);
}

/** The manage link, and where the frequency form of the manage and unsubscribe pages posts. */
export function managePath(locale: UiLocale, token: string): string {
  return alertPath('manage', locale, token);
}

/** The unsubscribe link (also the mail's one-click List-Unsubscribe) and its page's button. */
export function unsubscribePath(locale: UiLocale, token: string): string {
  return alertPath('unsubscribe', locale, token);
}

/** Where Save redirects (303): the manage link, its page opened by a line saying how often the mail now comes. */
export function savedPath(locale: UiLocale, token: string): string {
  return `${managePath(locale, token)}&saved=1`;
}

/** Where the unsubscribe page's button redirects (303); the subscription, and so its link, is gone. */
export function unsubscribedPath(locale: UiLocale): string {
  return localePath(locale, '/alerts/unsubscribed');
}
