import { isInternalHostLiteral } from '../net/address';

const TRACKING = /^(utm_[a-z]+|ref|ref_src|source|src|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|trk|trackingId)$/i;

/** An absolute http(s) URL without tracking parameters or fragment; undefined for anything else
 *  (javascript:, data:, relative garbage, and links to literal internal addresses or local names,
 *  which a public posting must never carry). */
export function canonicalUrl(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim().replace(/[\u0000-\u001f\u007f\s]/g, ''), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || isInternalHostLiteral(url.hostname)) return undefined;
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  return url.toString();
}
