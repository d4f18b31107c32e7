// What may be fetched: an http(s) URL on one of the hosts the source declares, whose name resolves
// only to public addresses. The resolver is injected (default: the system's), so a test can say
// that its loopback board is "a public host", and the address it returns is what is checked.
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { Agent } from 'undici';
import { isPublicAddress } from '../lib/net/address';
import { HttpError, refused } from './http-errors';

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The URL parsed, or a refusal when its scheme or host is not one this source may fetch. */
export function checkTarget(raw: string, hosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('refused-scheme', raw, 'not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refused('refused-scheme', raw, `${url.protocol} is not http(s)`);
  if (url.username || url.password) throw refused('refused-host', raw, 'credentials in the URL');
  if (!hosts.includes(url.hostname.toLowerCase())) throw refused('refused-host', raw, `${url.hostname} is not a host this source declares`);
  return url;
}

/** Resolves the URL's host and refuses it when any address is not public (a public name may
 *  point at 127.0.0.1). */
export async function checkAddress(url: URL, resolve: Resolver): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host);
  } catch (error) {
    throw new HttpError(
      `cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? 'lookup failed'}`,
      'network',
      undefined,
      url.href,
    );
  }
  if (addresses.length === 0) throw new HttpError(`cannot resolve ${host}`, 'network', undefined, url.href);
  const inside = addresses.find((a) => !isPublicAddress(a.address));
  if (inside) throw refused('refused-private', url.href, `${host} resolves to ${inside.address}`);
  return addresses;
}

/** The addresses of a name, all public, or an error naming why not (for a socket's lookup). */
async function publicAddresses(hostname: string, resolve: Resolver): Promise<ResolvedAddress[]> {
  const addresses = await resolve(hostname);
  const inside = addresses.find((a) => !isPublicAddress(a.address));
  if (inside || addresses.length === 0)
    throw Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'ENOTPUBLIC' });
  return addresses;
}

type PlainFetch = (url: string, init: RequestInit & { dispatcher?: unknown }) => Promise<Response>;

/**
 * The global fetch, connecting only to addresses the resolver gave and the policy allowed, checked
 * again when the socket connects: a name that answered "public" to the HTTP layer's check cannot
 * answer 127.0.0.1 a moment later (DNS rebinding). close() ends its kept-alive sockets.
 */
export function createGuardedFetch(resolve: Resolver): {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
} {
  const pinnedLookup: LookupFunction = (hostname, _options, callback) => {
    publicAddresses(hostname, resolve).then(
      (addresses) => (callback as (e: null, a: ResolvedAddress[]) => void)(null, addresses),
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
  const agent = new Agent({ connect: { lookup: pinnedLookup } });
  return {
    fetch: (url, init) => (globalThis.fetch as PlainFetch)(url, { ...init, dispatcher: agent }),
    close: () => agent.close(),
  };
}
