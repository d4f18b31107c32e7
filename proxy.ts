// Runs before every route: answers malformed paths with 400 (Next's router would throw a 500 on
// a bad percent-encoding before page code runs), in the language of the address. No nonce: pages
// go out without scripts and with a fixed CSP (server/cached-handler.ts), so the same bytes can be
// cached and shared; the language (`/ar/…`) is routed by scripts/serve.ts
// (server/locale-route.ts), which names it in a request header it always overwrites.
import { NextResponse, type NextRequest } from 'next/server';
import { dict, toUiLocale } from './lib/i18n';
import { LOCALE_HEADER } from './lib/locale-path';

function isWellFormedPath(pathname: string): boolean {
  try {
    const decoded = decodeURIComponent(pathname);
    return !decoded.includes('\u0000');
  } catch {
    return false;
  }
}

function rawPath(request: NextRequest): string {
  // request.url keeps the path as the client sent it.
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.search(/[?#]/);
  return url.slice(start, end === -1 ? undefined : end);
}

export function proxy(request: NextRequest): NextResponse {
  if (!isWellFormedPath(rawPath(request))) {
    const locale = toUiLocale(request.headers.get(LOCALE_HEADER) ?? undefined);
    return new NextResponse(`${dict(locale).badPath}\n`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale, 'x-content-type-options': 'nosniff' },
    });
  }
  const response = NextResponse.next();
  return response;
}

// Route handlers that serve fixed paths (the JSON API and the feeds) need no check; skipping
// them halves their cost. Every other path, malformed ones included, comes here.
export const config = {
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico|api/postings$|(?:ar/)?feed\\.xml$|(?:ar/)?feed\\.atom$|(?:ar/)?feed\\.json$).*)' },
  ],
};
