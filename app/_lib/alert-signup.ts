// POST /alerts and /ar/alerts: the sign-up form's target. The answer is the same page whatever
// the address (new, pending, subscribed, or over its daily limit).
import type { NextRequest } from 'next/server';
import { signUp } from '../../alerts/signup';
import { checkInboxPage, simplePage } from '../../lib/alerts/pages';
import type { UiLocale } from '../../lib/i18n';
import { alertDeps, clientAddress, guarded, htmlResponse, isSameOrigin, readForm } from './alert-routes';

export function handleSignUp(request: NextRequest, locale: UiLocale): Promise<Response> {
  return guarded(async () => {
    if (!isSameOrigin(request)) return htmlResponse(simplePage('forbidden', locale));
    const form = await readForm(request);
    if (!form) return htmlResponse(simplePage('invalidEmail', locale));
    const email = form.get('email');
    const frequency = form.get('frequency');
    form.delete('email');
    form.delete('frequency');
    const deps = alertDeps();
    const outcome = await signUp(deps, { email, frequency, lang: locale, params: form, client: clientAddress(request) });
    if (outcome === 'invalid-email') return htmlResponse(simplePage('invalidEmail', locale));
    if (outcome === 'rate-limited') return htmlResponse(simplePage('rateLimited', locale), { 'retry-after': '3600' });
    return htmlResponse(checkInboxPage(locale, deps.mailer.kind === 'outbox'));
  });
}
