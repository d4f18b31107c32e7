// /alerts/unsubscribe?token=: GET shows a page (unsubscribe, or fewer mails); POST unsubscribes.
// No Origin check on POST: mail providers send RFC 8058's one-click POST from their servers, and
// the signed token is the authority. The page's button answers 303 See Other to
// /alerts/unsubscribed, so that a reload does not post again; a one-click POST (its body says
// `List-Unsubscribe=One-Click`) gets the page itself, as a mail provider reads only the status.
// Opened again once the alert is gone, the link says the reader is unsubscribed (refusedLink).
import type { NextRequest } from 'next/server';
import { describeByToken, unsubscribeByToken } from '../../../alerts/signup';
import { unsubscribedPath } from '../../../lib/alerts/links';
import { managePage, simplePage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, refusedLink, requestLocale, seeOther } from '../../_lib/alert-routes';
import { readForm } from '../../_lib/read-form';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const found = describeByToken(alertDeps(), token);
    if (!found.ok) return refusedLink(request, found);
    return htmlResponse(managePage(found.value.lang, 'unsubscribe', token!, found.value.view, found.value.frequency));
  });
}

/** Answers in the subscription's language, as its pages did; once it is gone, in the address's. */
export function POST(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    const token = request.nextUrl.searchParams.get('token');
    // A body too large to read is not refused: the token is the authority, and the body only
    // chooses the answer, which is then the button's.
    const form = await readForm(request);
    const isOneClick = form instanceof URLSearchParams && form.get('List-Unsubscribe') === 'One-Click';
    const deps = alertDeps();
    const found = describeByToken(deps, token);
    const ok = unsubscribeByToken(deps, token);
    const locale = found.ok ? found.value.lang : requestLocale(request);
    if (!ok) return htmlResponse(simplePage('badLink', locale));
    return isOneClick ? htmlResponse(simplePage('unsubscribed', locale)) : seeOther(unsubscribedPath(locale));
  });
}
