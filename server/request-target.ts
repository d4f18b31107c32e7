// The request line's target as everything after this reads it: a path and its query (the origin
// form, RFC 9112 §3.2.1). A client may instead send a full URL (the absolute form, §3.2.2:
// `GET http://evil.com/skills HTTP/1.1`), which a server must accept; but its scheme and host are
// the client's words, and Next built its redirect from them (308 to http://evil.com/skills, or
// with the site's own host a redirect to itself forever). So an http(s) URL is cut to its path
// and query here, before any layer builds a URL from it, and any other target (`*`, `host:port`,
// another scheme) is refused with 400. Redirects then carry a path, links RAQMI_PUBLIC_URL.
import type { IncomingMessage, ServerResponse } from 'node:http';

// scheme "://" authority, then the path, query and fragment; the authority ends at / ? or #.
const ABSOLUTE_HTTP = /^https?:\/\/[^/?#]*([^#]*)/i;

/** The origin form of a request target, or undefined for one that names no path of this site. */
export function originForm(target: string): string | undefined {
  if (target.startsWith('/')) return target;
  const match = ABSOLUTE_HTTP.exec(target);
  if (!match) return undefined;
  const rest = match[1]!;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** Rewrites an absolute-form target to its path and query, or answers 400; true when it answered. */
export function refuseRequestTarget(req: IncomingMessage, res: ServerResponse): boolean {
  const path = originForm(req.url ?? '/');
  if (path !== undefined) {
    req.url = path;
    return false;
  }
  res.writeHead(400, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end('Bad request: the request line must name a path of this site (/…) or an http(s) address.\n');
  return true;
}
