// /alerts/manage?token=: GET shows the alert (view, frequency) with a form to change how often;
// POST saves it (same-origin checked: this one is a form on our page, not a mail provider's click)
// and answers 303 See Other to the GET `&saved=1`: the same manage page (the form, Unsubscribe),
// opened by a status line saying how often the mail now comes. A reload reads that page again
// instead of posting the form twice. Both in the subscription's language. A Save that
// is refused (from another site, a choice the form does not offer, a body over 16 KB) changes
// nothing and says "Changes not saved", and why. Once the alert is gone (unsubscribed, perhaps in
// another tab), both say the reader is unsubscribed (refusedLink).
import type { NextRequest } from 'next/server';
import { changeFrequencyByToken, describeByToken, isFrequency } from '../../../alerts/signup';
import { savedPath } from '../../../lib/alerts/links';
import { managePage, simplePage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, requestLocale, isSameOrigin, refusedLink, seeOther } from '../../_lib/alert-routes';
import { readForm } from '../../_lib/read-form';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const found = describeByToken(alertDeps(), token);
    if (!found.ok) return refusedLink(request, found);
    const { lang, view, frequency } = found.value;
    const saved = request.nextUrl.searchParams.has('saved');
    return htmlResponse(managePage(lang, 'manage', token!, view, frequency, saved));
  });
}

export function POST(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    if (!isSameOrigin(request)) return htmlResponse(simplePage('saveForbidden', requestLocale(request)));
    const token = request.nextUrl.searchParams.get('token');
    const form = await readForm(request);
    const deps = alertDeps();
    const found = describeByToken(deps, token);
    if (!found.ok) return refusedLink(request, found);
    if (form === 'too-large') return htmlResponse(simplePage('saveTooLarge', found.value.lang));
    const frequency = form?.get('frequency');
    if (!isFrequency(frequency)) return htmlResponse(simplePage('saveInvalid', found.value.lang));
    // Checked above: the link is ours and named a confirmed alert, so only its removal since can refuse the Save.
    if (!changeFrequencyByToken(deps, token, frequency)) return refusedLink(request, { gone: true });
    return seeOther(savedPath(found.value.lang, token!));
  });
}
