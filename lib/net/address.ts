// Which addresses a scraper may reach and which links a posting may carry: never loopback,
// private, link-local, unique-local or otherwise non-public space, in IPv4 or IPv6 (including
// IPv4 written inside IPv6). Pure: the HTTP layer applies it to what its resolver answers, the
// normaliser to the host names written in links.
import { isIP } from 'node:net';

// [first address as a number, prefix length]; ranges a board must never make us reach.
const V4_BLOCKED: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata lives here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
];

function v4ToNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function isBlockedV4(ip: string): boolean {
  const n = v4ToNumber(ip);
  return V4_BLOCKED.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToNumber(base) / 2 ** (32 - bits)));
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part is folded in). */
function v6Groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const n = v4ToNumber(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

function embeddedV4(groups: number[]): string {
  const [a = 0, b = 0] = groups.slice(6);
  return [a >> 8, a & 0xff, b >> 8, b & 0xff].join('.');
}

function isBlockedV6(ip: string): boolean {
  const g = v6Groups(ip);
  const first = g[0]!;
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return true; // ::
  if (zeroTo(7) && g[7] === 1) return true; // ::1
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry
  // an IPv4 address that is what the packet really reaches.
  if (zeroTo(5) && (g[5] === 0xffff || g[5] === 0)) return isBlockedV4(embeddedV4(g));
  if (first === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isBlockedV4(embeddedV4(g));
  if (first === 0x2002) return isBlockedV4([g[1]! >> 8, g[1]! & 0xff, g[2]! >> 8, g[2]! & 0xff].join('.')); // 6to4
  if ((first & 0xffc0) === 0xfe80) return true; // link-local
  if ((first & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((first & 0xfe00) === 0xfc00) return true; // unique-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/** True for an IP address we may connect to; false for non-public space or anything not an IP. */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return !isBlockedV4(bare);
  if (family === 6) return !isBlockedV6(bare);
  return false;
}

/** localhost and names under it or under .local / .internal never name a public host. */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|localdomain|home\.arpa)\.?$/i;

/**
 * A host written in a link that plainly points inside: a literal non-public IP (in any of the
 * spellings WHATWG URL parsing normalises, e.g. `0x7f.1`, which arrive here as dotted quads) or
 * a local name. Names that merely resolve inside are caught by the HTTP layer's resolver check.
 */
export function isInternalHostLiteral(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return !isPublicAddress(bare);
  return LOCAL_NAME.test(bare) || !bare.includes('.');
}
