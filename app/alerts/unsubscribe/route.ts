// /alerts/unsubscribe?token=: GET shows a page (unsubscribe, or fewer mails); POST is RFC 8058
// one-click unsubscribe. No Origin check on POST: mail providers send it from their servers, and
// the signed token is the authority.
import type { NextRequest } from 'next/server';
import { describeByToken, unsubscribeByToken } from '../../../alerts/signup';
import { managePage, simplePage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, requestLocale } from '../../_lib/alert-routes';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const found = describeByToken(alertDeps(), token);
    if (!found.ok) return htmlResponse(simplePage('badLink', requestLocale(request)));
    return htmlResponse(managePage(found.value.lang, 'unsubscribe', token!, found.value.view, found.value.frequency));
  });
}

/** Answers in the subscription's language, as its pages did; once it is gone, in the address's. */
export function POST(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const deps = alertDeps();
    const found = describeByToken(deps, token);
    const ok = unsubscribeByToken(deps, token);
    return htmlResponse(simplePage(ok ? 'unsubscribed' : 'badLink', found.ok ? found.value.lang : requestLocale(request)));
  });
}
