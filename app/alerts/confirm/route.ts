// /alerts/confirm?token=: the double opt-in link. GET shows the alert with a button and changes
// nothing: mail scanners (Outlook Safe Links, corporate gateways) open every link in a mail, and a
// GET that confirmed let them confirm alerts nobody asked for. The button's POST confirms, then
// redirects to the link, which now says the alert is confirmed (a reload does not post again).
// No Origin check on POST: the signed token, which only the mail holds, is the authority.
// Confirming twice is harmless. Once the alert is gone (the reader confirmed it, then
// unsubscribed), the old link, opened or its page's button pressed, says the reader is
// unsubscribed, as the alert's other links do (refusedLink), past its 7 days too, and subscribes
// nobody again: ids are never reused, so there is no row left to confirm, and signing up again is
// the listing form's. A link past its 7 days whose alert still exists confirms nothing (400).
import type { NextRequest } from 'next/server';
import { confirmByToken, describeConfirmByToken } from '../../../alerts/signup';
import { confirmPath } from '../../../lib/alerts/links';
import { confirmedPage, confirmPage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, refusedLink, seeOther } from '../../_lib/alert-routes';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const found = describeConfirmByToken(alertDeps(), token);
    if (!found.ok) return refusedLink(request, found);
    const { lang, view, frequency, isConfirmed } = found.value;
    return htmlResponse(isConfirmed ? confirmedPage(lang, view) : confirmPage(lang, token!, view, frequency));
  });
}

export function POST(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const result = confirmByToken(alertDeps(), token);
    if (!result.ok) return refusedLink(request, result);
    return seeOther(confirmPath(result.value.lang, token!));
  });
}
