// At most N uncached searches per client at once. A search that misses the listing cache costs
// real CPU (an FTS5 query and a scan of the facet index), and the event loop runs one at a time:
// a client firing many distinct queries at once would make every other reader wait behind them.
// The server (scripts/serve.ts) admits or refuses each request before Next sees it, and releases
// the slot when the response ends; cached searches pass without a slot, as they cost nothing.
import { queryTerms } from './search';

export type SearchGate = {
  /** A release function when the client may start one more search, else null. */
  tryEnter(client: string): (() => void) | null;
};

export function createSearchGate(limit: number): SearchGate {
  const inFlight = new Map<string, number>();
  return {
    tryEnter(client) {
      if (limit <= 0) return () => {};
      const held = inFlight.get(client) ?? 0;
      if (held >= limit) return null;
      inFlight.set(client, held + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (inFlight.get(client) ?? 1) - 1;
        if (left > 0) inFlight.set(client, left);
        else inFlight.delete(client);
      };
    },
  };
}

/** A request that searches: any page, feed or API call with a `q` holding at least one term. */
export function searchParamsOf(method: string | undefined, url: string | undefined): URLSearchParams | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url || url.startsWith('/_next/')) return null;
  const at = url.indexOf('?');
  if (at === -1) return null;
  const params = new URLSearchParams(url.slice(at + 1));
  return params.getAll('q').some((q) => queryTerms(q).length > 0) ? params : null;
}

// The listing cache lives in Next's server bundles (pages and route handlers are bundled apart,
// each with its own copy of the cache); the server script imports its own copies of our
// modules. Functions on globalThis, one published by each bundle, are what all of them see.
const PROBES = Symbol.for('raqmi.searchCacheProbes');
type Probe = (params: URLSearchParams) => boolean;

function probes(): Set<Probe> {
  const g = globalThis as Record<symbol, Set<Probe> | undefined>;
  return (g[PROBES] ??= new Set());
}

export function publishSearchCacheProbe(probe: Probe): () => void {
  probes().add(probe);
  return () => probes().delete(probe);
}

/** Whether some bundle holds this search in its cache; false before anything was read. */
export function isSearchCached(params: URLSearchParams): boolean {
  for (const probe of probes()) {
    try {
      if (probe(params)) return true;
    } catch {
      // a probe that cannot answer says nothing
    }
  }
  return false;
}

export const TOO_MANY_SEARCHES =
  'Too many searches at once from your address: please wait a moment and try again.\n' +
  'عمليات بحث كثيرة في الوقت نفسه من عنوانك: انتظر قليلًا ثم حاول مرة أخرى.\n';
