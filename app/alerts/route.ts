import type { NextRequest } from 'next/server';
import { handleSignUp } from '../_lib/alert-signup';

export function POST(request: NextRequest): Promise<Response> {
  return handleSignUp(request, 'en');
}
