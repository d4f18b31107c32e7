// GET /alerts/sent (and /ar/alerts/sent): "check your inbox", where a sign-up redirects to.
import type { NextRequest } from 'next/server';
import { requestLocale } from '../../_lib/alert-routes';
import { sentPage } from '../../_lib/alert-signup';

export function GET(request: NextRequest): Response {
  return sentPage(requestLocale(request), request.nextUrl.searchParams);
}
