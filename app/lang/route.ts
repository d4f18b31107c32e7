// Old language-switch links: the language now lives in the URL (`/ar/…`), so `/lang?to=ar`
// redirects to the page the reader came from (the Referer when it is this site, else `back` when
// it is a local path, else the listings) in the asked language. No cookie. Either target goes
// through the same local-path check and is percent-encoded (a Location header holds Latin-1
// bytes only).
import { NextResponse, type NextRequest } from 'next/server';
import { toUiLocale } from '../../lib/i18n';
import { toLocalPath } from '../../lib/local-path';
import { localePath, splitLocalePath } from '../../lib/locale-path';

function returnPath(request: NextRequest): string {
  const referer = request.headers.get('referer');
  if (referer) {
    try {
      const url = new URL(referer);
      const path =
        url.host === request.headers.get('host') && url.pathname !== '/lang' ? toLocalPath(`${url.pathname}${url.search}`) : null;
      if (path) return path;
    } catch {
      // not a URL: fall through
    }
  }
  return toLocalPath(request.nextUrl.searchParams.get('back') ?? '/') ?? '/';
}

export function GET(request: NextRequest): NextResponse {
  const to = toUiLocale(request.nextUrl.searchParams.get('to') ?? undefined);
  const back = returnPath(request);
  const q = back.indexOf('?');
  const { path } = splitLocalePath(q === -1 ? back : back.slice(0, q));
  // Dropping the language prefix can expose a second slash ("/ar//host" -> "//host"): the final
  // target goes through the local-path check again.
  const location = toLocalPath(localePath(to, `${path}${q === -1 ? '' : back.slice(q)}`)) ?? localePath(to, '/');
  return new NextResponse(null, { status: 303, headers: { location } });
}
