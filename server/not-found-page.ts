// Every 404 page is the site's not-found page rendered at NOT_FOUND_PATH, a path no route
// matches, in the reader's language. Next 16 renders a page's notFound() as an empty error shell
// whose content exists only in the RSC payload (vercel/next.js#98954, #98295): with scripts
// stripped (strip-scripts.ts) a missing job would be a blank page. And a page rendered at the
// missing address itself names that address (canonical, hreflang, the language switch), as if it
// were a page: rendered at NOT_FOUND_PATH, the layout knows it is the not-found page and names none.
import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER, NOT_FOUND_PATH, PATH_HEADER, isNotFoundPath } from '../lib/locale-path';

// The mark of Next's empty error shell in a page's HTML.
const ERROR_SHELL = 'id="__next_error__"';

/** A 404 HTML page other than the not-found page's own render: to be replaced by notFoundPage. */
export function isOtherNotFound(req: IncomingMessage, status: number, type: string): boolean {
  const path = req.headers[PATH_HEADER];
  return status === 404 && type.startsWith('text/html') && !(typeof path === 'string' && isNotFoundPath(path));
}

/** The not-found page in the request's language, fetched from this same server over the
 *  connection's own local address; undefined if that fails (the caller keeps what it has). */
export async function notFoundPage(req: IncomingMessage): Promise<Buffer | undefined> {
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return undefined;
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; IPv6 needs brackets in a URL.
  const ip = localAddress.replace(/^::ffff:/, '');
  const address = ip.includes(':') ? `[${ip}]` : ip;
  const prefix = req.headers[LOCALE_HEADER] === 'ar' ? '/ar' : '';
  try {
    const res = await fetch(`http://${address}:${localPort}${prefix}${NOT_FOUND_PATH}`, { redirect: 'manual' });
    const body = Buffer.from(await res.arrayBuffer());
    return res.status === 404 && !body.includes(ERROR_SHELL) ? body : undefined;
  } catch {
    return undefined;
  }
}
