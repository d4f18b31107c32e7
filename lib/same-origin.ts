// CSRF for the site's form posts (sign-up, the manage page's Save): was the form on a page of this
// site? Decided from what the browser says, never from anything a cross-site form can set.
export type PostHeaders = {
  origin: string | null;
  secFetchSite: string | null;
  host: string | null;
  forwardedHost: string | null;
};

/**
 * Fetch Metadata first: every current browser sends Sec-Fetch-Site whatever Referrer-Policy the page
 * had, and under `no-referrer` (a proxy or host may add it) it posts a page's own form with
 * `Origin: null`. `same-site` is refused too: a sibling subdomain is not this site. Without it (older
 * browsers), the Origin must be the public origin or the host the browser addressed (Host, or
 * X-Forwarded-Host from a proxy in front); a cross-site form can set none of these headers.
 */
export function isSameOriginPost(headers: PostHeaders, publicOrigin: string): boolean {
  const site = headers.secFetchSite;
  if (site === 'same-origin') return true;
  // `none`: the reader started the request, not a page; the Origin decides.
  if (site !== null && site !== 'none') return false;
  if (!headers.origin || headers.origin === 'null') return false;
  try {
    const url = new URL(headers.origin);
    if (url.origin === new URL(publicOrigin).origin) return true;
    return [headers.host, headers.forwardedHost].includes(url.host);
  } catch {
    return false;
  }
}
