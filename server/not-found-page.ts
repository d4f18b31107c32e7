// Next 16 renders a page's notFound() as an empty error shell whose content exists only in the
// RSC payload (vercel/next.js#98954, #98295): with scripts stripped (strip-scripts.ts) a missing
// job would be a blank page. A path no route matches renders not-found.tsx into real HTML, in the
// root layout and the reader's language, so that page's body is served in its place.
import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER, PATH_HEADER } from '../lib/locale-path';
import { escapeXml } from '../lib/xml';

/** The path no route matches; its 404 page is the site's own not-found page. */
export const UNMATCHED_PATH = '/_raqmi/not-found';

// The mark of Next's empty error shell in a page's HTML.
const ERROR_SHELL = 'id="__next_error__"';

export const isEmptyErrorShell = (status: number, type: string, body: Buffer): boolean =>
  status === 404 && type.startsWith('text/html') && body.includes(ERROR_SHELL);

/** The language-neutral path the reader asked for (no query), escaped for an HTML attribute. */
function askedPath(req: IncomingMessage): string {
  const header = req.headers[PATH_HEADER];
  const path = (typeof header === 'string' ? header : (req.url ?? '/')).split('?')[0] || '/';
  return escapeXml(path);
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
    const res = await fetch(`http://${address}:${localPort}${prefix}${UNMATCHED_PATH}`, { redirect: 'manual' });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 404 || body.includes(ERROR_SHELL)) return undefined;
    // The page names the address it was rendered from (the language switch, the canonical and
    // hreflang links): name the one the reader asked for instead.
    return Buffer.from(body.toString('utf8').replaceAll(UNMATCHED_PATH, askedPath(req)));
  } catch {
    return undefined;
  }
}
