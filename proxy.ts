// Runs before every route: answers malformed paths with 400 (Next's router would throw a 500 on
// a bad percent-encoding before page code runs), serves `/ar/…` from the same pages as `/…` with
// the language taken from the path, and sets a per-request CSP nonce that Next applies to its
// own scripts.
import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_HEADER, PATH_HEADER, splitLocalePath } from './lib/locale-path';

const REWRITTEN_HEADER = 'x-raqmi-rewritten';
const REWRITE_SECRET = crypto.randomUUID();

function isWellFormedPath(pathname: string): boolean {
  try {
    const decoded = decodeURIComponent(pathname);
    return !decoded.includes('\u0000');
  } catch {
    return false;
  }
}

function rawPathAndQuery(request: NextRequest): { path: string; query: string } {
  // request.url keeps the path as the client sent it (percent-encoded, so header-safe).
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const hash = url.indexOf('#');
  const rest = url.slice(start, hash === -1 ? undefined : hash);
  const q = rest.indexOf('?');
  return q === -1 ? { path: rest, query: '' } : { path: rest.slice(0, q), query: rest.slice(q) };
}

export function proxy(request: NextRequest): NextResponse {
  const raw = rawPathAndQuery(request);
  if (!isWellFormedPath(raw.path)) {
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
  // Always overwritten: the language and path a page sees come from the URL, never the client.
  // Next runs the proxy again for the path an `/ar/…` request is rewritten to; that second pass
  // keeps what the first set, recognised by a secret the client cannot know.
  const { locale, path } = splitLocalePath(raw.path);
  if (request.headers.get(REWRITTEN_HEADER) !== REWRITE_SECRET) {
    headers.set(LOCALE_HEADER, locale);
    headers.set(PATH_HEADER, `${path}${raw.query}`);
  }
  headers.set(REWRITTEN_HEADER, locale === 'ar' ? REWRITE_SECRET : '');
  const response = locale === 'ar'
    ? NextResponse.rewrite(new URL(`${path}${raw.query}`, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

// Route handlers that serve fixed paths (the JSON API and the feeds, in both languages) render no
// HTML and need no nonce; skipping them halves their cost. Every other path, malformed ones
// included, comes here.
export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/postings$|(?:ar/)?feed\\.xml$|(?:ar/)?feed\\.atom$|(?:ar/)?feed\\.json$).*)' }],
};
