// /alerts/manage?token=: GET shows the alert (view, frequency) with a form to change how often;
// POST saves it (same-origin checked: this one is a form on our page, not a mail provider's click).
import type { NextRequest } from 'next/server';
import { changeFrequencyByToken, describeByToken, parseFrequency } from '../../../alerts/signup';
import { managePage, savedPage, simplePage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, requestLocale, isSameOrigin, readForm } from '../../_lib/alert-routes';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const token = request.nextUrl.searchParams.get('token');
    const found = describeByToken(alertDeps(), token);
    if (!found.ok) return htmlResponse(simplePage('badLink', requestLocale(request)));
    return htmlResponse(managePage(found.value.lang, 'manage', token!, found.value.view, found.value.frequency));
  });
}

export function POST(request: NextRequest): Promise<Response> {
  return guarded(async () => {
    if (!isSameOrigin(request)) return htmlResponse(simplePage('forbidden', requestLocale(request)));
    const token = request.nextUrl.searchParams.get('token');
    const form = await readForm(request);
    const deps = alertDeps();
    const found = describeByToken(deps, token);
    if (!form || !found.ok || !changeFrequencyByToken(deps, token, form.get('frequency')))
      return htmlResponse(simplePage('badLink', requestLocale(request)));
    return htmlResponse(savedPage(found.value.lang, parseFrequency(form.get('frequency'))));
  });
}
