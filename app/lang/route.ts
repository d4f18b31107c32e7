// The language switch: a plain link (works without JavaScript) that remembers the choice in a
// cookie and returns the reader to the page they came from: the Referer when it is this site,
// else `back` when it is a local path, else the listings.
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, toUiLocale } from '../../lib/i18n';

const LOCAL_PATH = /^\/(?![/\\])[^\s]*$/;

function returnPath(request: NextRequest): string {
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === request.headers.get('host') && url.pathname !== '/lang') return `${url.pathname}${url.search}`;
    } catch {
      // not a URL: fall through
    }
  }
  const back = request.nextUrl.searchParams.get('back') ?? '/';
  return LOCAL_PATH.test(back) ? back : '/';
}

export function GET(request: NextRequest): NextResponse {
  const to = toUiLocale(request.nextUrl.searchParams.get('to') ?? undefined);
  const response = new NextResponse(null, { status: 303, headers: { location: returnPath(request) } });
  response.cookies.set(LOCALE_COOKIE, to, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' });
  return response;
}
