import { feedResponse } from '../../_lib/feed-route';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return feedResponse(request, 'json', 'ar');
}
