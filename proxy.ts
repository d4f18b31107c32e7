// Runs before every route: answers malformed paths with 400 (Next's router would throw a 500 on
// a bad percent-encoding before page code runs) and sets a per-request CSP nonce that Next
// applies to its own scripts.
import { NextResponse, type NextRequest } from 'next/server';

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
    return new NextResponse('Bad request: the path is not valid percent-encoding.\n', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

// Route handlers that serve fixed paths (the JSON API and the feeds) render no HTML and need no
// nonce; skipping them halves their cost. Every other path, malformed ones included, comes here.
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/postings$|feed\\.xml$|feed\\.atom$|feed\\.json$).*)' }],
};
