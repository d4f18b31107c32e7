// Hostile searches: what a crawler or an attacker can ask for cheaply. Single letters (every
// word starts with one), many terms, every prefix of a common word, FTS5 operator syntax.
// Measured uncached (the listing cache off, RAQMI_SEARCH_CONCURRENCY=0 over HTTP): the worst
// of these is what one request can cost the server.
import { performance } from 'node:perf_hooks';
import type { Db } from '../db/client';
import { listPostings, setListingCache } from '../db/queries/listings';
import { EMPTY_FILTERS } from '../lib/filters';
import { startServer } from '../scripts/server-harness';

const prefixes = (word: string) => Array.from(word, (_, i) => word.slice(0, i + 1));

export const HOSTILE_QUERIES: readonly string[] = [
  'a',
  'e',
  's',
  'm',
  't',
  'م',
  'ا',
  'a e i o u m n t',
  'a b c d e f g h i j k l m n o p',
  'م ا ل ت ب ن ي و',
  'marketing digital content seo social media ads manager remote senior',
  ...prefixes('marketing'),
  ...prefixes('تسويق'),
  'a OR b',
  'NEAR(a e, 2)',
  '"a',
  '* OR *',
  'a AND NOT e',
  '^a',
  'title:a',
  '(a OR e) AND (i OR o)',
  'a* e* i* o*',
  'm"a"r',
];

export type HostileFigures = { worstMs: number; worstQuery: string; p50Ms: number; queries: number };

/** Each query three times through the listing data function, cache off; the slowest run counts. */
export function timeHostile(db: Db, now: number): HostileFigures {
  setListingCache(false);
  // The first listing of a data version loads the facet index: that is not the search's cost.
  listPostings(db, EMPTY_FILTERS, now);
  const worst: { q: string; ms: number }[] = [];
  for (const q of HOSTILE_QUERIES) {
    let max = 0;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      listPostings(db, { ...EMPTY_FILTERS, q }, now);
      max = Math.max(max, performance.now() - t);
    }
    worst.push({ q, ms: max });
  }
  setListingCache(true);
  worst.sort((a, b) => b.ms - a.ms);
  const sorted = worst.map((w) => w.ms).sort((a, b) => a - b);
  return {
    worstMs: Math.round(worst[0]!.ms * 100) / 100,
    worstQuery: worst[0]!.q,
    p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100,
    queries: worst.length,
  };
}

/** The same queries over HTTP (JSON API and the listing page), uncached and unthrottled: the slowest response. */
export async function hostileHttp(file: string, now: number): Promise<{ worstMs: number; worstPath: string }> {
  const server = await startServer(file, {
    RAQMI_LIST_CACHE: 'off',
    RAQMI_SEARCH_CONCURRENCY: '0',
    RAQMI_NOW: new Date(now).toISOString(),
  });
  try {
    // Warm up: the facet index loads on each bundle's first listing, and Next's first render compiles.
    for (const path of ['/', '/api/postings', '/?q=warm', '/api/postings?q=warm'])
      await (await fetch(`${server.url}${path}`)).arrayBuffer();
    let worst = { worstMs: 0, worstPath: '' };
    for (const q of HOSTILE_QUERIES) {
      for (const path of [`/api/postings?q=${encodeURIComponent(q)}`, `/?q=${encodeURIComponent(q)}`]) {
        for (let r = 0; r < 2; r++) {
          const t = performance.now();
          const res = await fetch(`${server.url}${path}`);
          await res.arrayBuffer();
          const ms = performance.now() - t;
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          if (ms > worst.worstMs) worst = { worstMs: Math.round(ms * 100) / 100, worstPath: path };
        }
      }
    }
    return worst;
  } finally {
    await server.stop();
  }
}
