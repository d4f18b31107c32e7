// One filter definition, two evaluations: for a few hundred generated views, the SQL the feeds run
// (facet-sql.ts) and the facet index the pages, the API and the counts use (facet-scan.ts) pick
// the same postings in the same order, and every count beside an option equals the size of the
// view with that option applied, counted in SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedPostingIds, listPostings, queriedPostingIds, setListingCache } from '../../db/queries/listings';
import { FACET_KEYS, FACETS, chosen, type FacetKey } from '../../lib/facets';
import { EMPTY_FILTERS, type Filters } from '../../lib/filters';
import { generatePostings, prng } from '../../bench/generate';
import { tempDb } from '../helpers/db';
import { ingestGenerated } from '../helpers/ingest';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const t = tempDb();
afterAll(() => t.cleanup());

beforeAll(() => {
  ingestGenerated(t.db, generatePostings(700, 11, NOW), NOW);
  // Some closed postings, which neither path may show.
  t.db.$client.prepare('UPDATE postings SET closed_at = ? WHERE id % 9 = 0').run(NOW);
});

const SEARCHES = ['', '', '', 'seo', 'marketing', 'تسويق', 'محتوى', 'manager'];

function randomView(rand: () => number): Filters {
  const f: Filters = { ...EMPTY_FILTERS };
  for (const key of FACET_KEYS) {
    if (rand() < 0.55) continue;
    const values = FACETS[key].values as readonly (string | number)[];
    const picked = values.filter(() => rand() < 0.35);
    const one = values[Math.floor(rand() * values.length)]!;
    (f as Record<string, unknown>)[key] = FACETS[key].kind === 'atLeast' ? one : picked.length ? picked : [one];
  }
  return { ...f, q: SEARCHES[Math.floor(rand() * SEARCHES.length)]! };
}

/** The view with one option applied: added to a multi-choice facet, instead of the chosen one otherwise. */
function withOption(f: Filters, key: FacetKey, value: string | number): Filters {
  if (FACETS[key].kind === 'atLeast') return { ...f, [key]: value };
  const now = chosen(f, key);
  return { ...f, [key]: now.includes(value) ? now : [...now, value] };
}

const rand = prng(2026);
const VIEWS = Array.from({ length: 300 }, () => randomView(rand));

describe('the SQL path and the facet index', () => {
  it('hold a varied set of open postings to compare', () => {
    const all = queriedPostingIds(t.db, EMPTY_FILTERS, NOW);
    expect(all.length).toBeGreaterThan(100);
    expect(VIEWS.filter((f) => queriedPostingIds(t.db, f, NOW).length === 0).length).toBeLessThan(VIEWS.length / 2);
  });

  it('select the same postings in the same order for 300 generated views', () => {
    for (const f of VIEWS) expect(indexedPostingIds(t.db, f, NOW).ids, JSON.stringify(f)).toEqual(queriedPostingIds(t.db, f, NOW));
  });

  it('agree on every option count of 60 of those views', () => {
    for (const f of VIEWS.slice(0, 60)) {
      const { counts } = indexedPostingIds(t.db, f, NOW);
      for (const key of FACET_KEYS) {
        for (const v of FACETS[key].values) {
          expect([key, v, counts[key][String(v)]]).toEqual([key, v, queriedPostingIds(t.db, withOption(f, key, v), NOW).length]);
        }
      }
    }
  });

  it('count in the country picker what the view with that country holds, counted in SQL', () => {
    setListingCache(false);
    let compared = 0;
    for (const f of VIEWS.slice(0, 40)) {
      for (const openToUnknown of [false, true]) {
        const view = { ...f, openToUnknown };
        const { openToCounts } = listPostings(t.db, view, NOW);
        for (const [country, n] of Object.entries(openToCounts)) {
          expect([country, n]).toEqual([country, queriedPostingIds(t.db, { ...view, openTo: country }, NOW).length]);
          compared++;
        }
      }
    }
    setListingCache(true);
    expect(compared).toBeGreaterThan(200);
  });
});
