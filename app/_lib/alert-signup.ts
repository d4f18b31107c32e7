// POST /alerts and /ar/alerts: the sign-up form's target. The answer is the same whatever the
// address (new, pending or subscribed): a redirect to the "check your inbox" page (/alerts/sent),
// so that reloading it does not post, and mail, again.
import type { NextRequest } from 'next/server';
import { clientLimitWindow, signUp } from '../../alerts/signup';
import { checkInboxPage, rateLimitedPage, sentPath, simplePage } from '../../lib/alerts/pages';
import { canonicalView } from '../../lib/alerts/view';
import type { UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { alertDeps, clientAddress, guarded, htmlResponse, isSameOrigin, seeOther } from './alert-routes';
import { readForm } from './read-form';

export function handleSignUp(request: NextRequest, locale: UiLocale): Promise<Response> {
  return guarded(async () => {
    if (!isSameOrigin(request)) return htmlResponse(simplePage('forbidden', locale));
    const form = await readForm(request);
    if (form === 'too-large') return htmlResponse(simplePage('signUpTooLarge', locale));
    if (!form) return htmlResponse(simplePage('invalidEmail', locale));
    const email = form.get('email');
    const frequency = form.get('frequency');
    form.delete('email');
    form.delete('frequency');
    // A refusal leads back to the listing the form was on: its filters as the listing takes them
    // (canonicalView), never the fields' text as sent, so the link stays a listing of this site.
    const view = canonicalView(form);
    const deps = alertDeps();
    const outcome = await signUp(deps, { email, frequency, lang: locale, params: form, client: clientAddress(request) });
    if (outcome === 'invalid-email') return htmlResponse(simplePage('invalidEmail', locale, view));
    if (outcome === 'invalid-frequency') return htmlResponse(simplePage('signUpInvalid', locale, view));
    if (outcome === 'rate-limited') {
      // Retry-After is the wait until the limit's window starts again, not a whole hour from now.
      const window = clientLimitWindow(deps.now);
      const retryAfter = Math.ceil((window.end - deps.now) / 1000);
      return htmlResponse(rateLimitedPage(locale, window.start, window.end, view), { 'retry-after': String(retryAfter) });
    }
    // The view rides along, so "Back to the jobs" on the next page returns to it too.
    return seeOther(localePath(locale, sentPath(view)));
  });
}

/** GET /alerts/sent: where a sign-up lands; its query is the view signed up for, read as the
 *  listing reads it. */
export function sentPage(locale: UiLocale, params: URLSearchParams): Response {
  return htmlResponse(checkInboxPage(locale, alertDeps().mailer.kind === 'outbox', canonicalView(params)));
}
