// The language switch: a plain link (works without JavaScript) that remembers the choice in a
// cookie and returns to the page it came from (same-site paths only).
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, toUiLocale } from '../../lib/i18n';

export function GET(request: NextRequest): NextResponse {
  const to = toUiLocale(request.nextUrl.searchParams.get('to') ?? undefined);
  const back = request.nextUrl.searchParams.get('back') ?? '/';
  const safeBack = /^\/(?![/\\])[^\s]*$/.test(back) ? back : '/';
  const response = new NextResponse(null, { status: 303, headers: { location: safeBack } });
  response.cookies.set(LOCALE_COOKIE, to, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  return response;
}
