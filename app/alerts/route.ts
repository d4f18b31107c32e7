import type { NextRequest } from 'next/server';
import { localePath } from '../../lib/locale-path';
import { requestLocale, seeOther } from '../_lib/alert-routes';
import { handleSignUp } from '../_lib/alert-signup';

/** A plain visit (Enter in the address bar, history): the form lives on the listings page. */
export function GET(request: NextRequest): Response {
  return seeOther(`${localePath(requestLocale(request), '/')}#alert-form-title`);
}

/**
 * Sign-ups from English pages, and from Arabic ones: proxy.ts rewrites `/ar/alerts` here with the
 * language in LOCALE_HEADER (always overwritten from the path), which becomes the digest's language.
 */
export function POST(request: NextRequest): Promise<Response> {
  return handleSignUp(request, requestLocale(request));
}
