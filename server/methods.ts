// Which HTTP methods a path answers: every page, feed and API answers GET and HEAD; only the
// alert routes take a POST (the sign-up form, the confirm button, one-click unsubscribe, the manage
// page). Anything else is refused here with 405 and an Allow header, before Next: Next answers
// TRACE with a bare 500 (and a logged stack) and renders a page for DELETE or PUT.
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALERT_ROUTE = /^(?:\/ar)?\/alerts(?:[/?]|$)/;

/** The Allow header for a path. */
export function allowedMethods(url: string): string {
  return ALERT_ROUTE.test(url) ? 'GET, HEAD, POST' : 'GET, HEAD';
}

/** Answers 405 when the request's method is not one the path takes; true when it did. */
export function refuseMethod(req: IncomingMessage, res: ServerResponse): boolean {
  const allow = allowedMethods(req.url ?? '/');
  if (allow.split(', ').includes(req.method ?? 'GET')) return false;
  res.writeHead(405, {
    allow,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(`Method ${req.method ?? ''} is not allowed here; this address answers ${allow}.\n`);
  return true;
}
