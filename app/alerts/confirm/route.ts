// GET /alerts/confirm?token=: the double opt-in link. Confirming twice is harmless.
import type { NextRequest } from 'next/server';
import { confirmByToken } from '../../../alerts/signup';
import { confirmedPage, simplePage } from '../../../lib/alerts/pages';
import { alertDeps, guarded, htmlResponse, requestLocale } from '../../_lib/alert-routes';

export function GET(request: NextRequest): Promise<Response> {
  return guarded(() => {
    const result = confirmByToken(alertDeps(), request.nextUrl.searchParams.get('token'));
    return htmlResponse(result.ok ? confirmedPage(result.value.lang, result.value.view) : simplePage('badLink', requestLocale(request)));
  });
}
