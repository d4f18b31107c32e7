import type { NextRequest } from 'next/server';
import { toUiLocale } from '../../lib/i18n';
import { handleSignUp } from '../_lib/alert-signup';

/**
 * Sign-ups from English pages, and from Arabic ones once proxy.ts rewrites `/ar/…` here with the
 * language in x-raqmi-locale (which it always overwrites; before that, a client setting it only
 * picks its own digest's language).
 */
export function POST(request: NextRequest): Promise<Response> {
  return handleSignUp(request, toUiLocale(request.headers.get('x-raqmi-locale') ?? undefined));
}
