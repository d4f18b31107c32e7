// The facets of lib/facets.ts as SQL: one condition per kind, so the feeds' WHERE clause means
// exactly what the facet index (facet-scan.ts) computes for pages, the API and the counts.
import { and, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { chosen, FACET_KEYS, FACETS, bitsOf, type FacetColumn, type FacetDef } from '../../lib/facets';
import type { Filters } from '../../lib/filters';
import { toFtsQuery } from '../../lib/search';
import { postings } from '../schema';
import { NOT_A_COPY } from './groups';
import { JOB_SOURCES } from './job-sources';
import { payPlaceCondition } from './pay-place-sql';

/** The column a facet reads: `jobSources` is computed (job-sources.ts); any other name fails to
 *  compile unless it is a column of `postings`. */
export function facetColumn(name: FacetColumn): SQL {
  if (name === 'jobSources') return JOB_SOURCES;
  return sql`${postings[name]}`;
}

/** What the listing ever shows: open digital-marketing postings, one per job group (its
 *  representative), so pages, feeds, counts and stats all count jobs, not copies. */
export const LISTED: SQL = and(eq(postings.digitalMarketing, true), isNull(postings.closedAt), NOT_A_COPY)!;

function facetCondition(def: FacetDef, selected: readonly (string | number)[], now: number): SQL | undefined {
  if (selected.length === 0) return undefined;
  const column = facetColumn(def.column as FacetColumn);
  switch (def.kind) {
    case 'oneOf':
      return inArray(column, selected as string[]);
    case 'anyOf':
      return sql`(${column} & ${bitsOf(def, selected)}) != 0`;
    case 'atLeast':
      return gte(column, def.threshold(selected[0] as number, now));
  }
}

/** FTS5 MATCH has no drizzle form: a `sql` subquery on the external-content index (migration 0001). */
export function searchCondition(q: string): SQL | undefined {
  const fts = toFtsQuery(q);
  return fts ? sql`${postings.id} IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH ${fts})` : undefined;
}

/** The listing's filters as one WHERE condition. */
export function listingWhere(f: Filters, now: number): SQL {
  const conditions = FACET_KEYS.map((k) => facetCondition(FACETS[k] as FacetDef, chosen(f, k), now));
  return and(LISTED, ...conditions, payPlaceCondition(f), searchCondition(f.q))!;
}
