// GET /alerts/unsubscribed (and /ar/alerts/unsubscribed): "unsubscribed", where the unsubscribe
// page's button redirects. The subscription is gone, so the page names none.
import type { NextRequest } from 'next/server';
import { simplePage } from '../../../lib/alerts/pages';
import { htmlResponse, requestLocale } from '../../_lib/alert-routes';

export function GET(request: NextRequest): Response {
  return htmlResponse(simplePage('unsubscribed', requestLocale(request)));
}
