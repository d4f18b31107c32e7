import type { NextRequest } from 'next/server';
import { handleSignUp } from '../../_lib/alert-signup';

/** Sign-ups from Arabic pages: the digest is in Arabic. */
export function POST(request: NextRequest): Promise<Response> {
  return handleSignUp(request, 'ar');
}
