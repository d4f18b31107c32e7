// Who is asking: the address limits count per client. The socket's peer, unless a proxy we trust
// stands in front (RAQMI_TRUST_PROXY=1): then the peer is the proxy and the client is the LAST hop
// of X-Forwarded-For, the one that proxy appended. Earlier hops are whatever the client sent, so
// taking the first would let anyone pick their own address.
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean): string {
  const own = normaliseAddress(peer ?? '') || 'unknown';
  if (!trustProxy || forwardedFor === undefined) return own;
  // Several X-Forwarded-For headers are one list, in order (RFC 9110 §5.3).
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return normaliseAddress(hops.at(-1) ?? '') || own;
}

/** One spelling per address: an IPv4 client seen on a dual-stack socket is the same client. */
function normaliseAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}
