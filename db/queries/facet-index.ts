// The listing's in-memory facet index: the open digital-marketing postings, newest first, with
// one typed array per facet of lib/facets.ts, loaded once per data version (every scrape bumps
// it). Counting every option of every facet is then one pass over a few small arrays instead of
// one SQL scan per option: milliseconds at 100,000 postings.
import { desc } from 'drizzle-orm';
import { FACET_KEYS, FACETS, type FacetColumn, type FacetDef, type FacetKey } from '../../lib/facets';
import type { Db } from '../client';
import { postings } from '../schema';
import { readDataVersion } from './data-version';
import { facetColumn, LISTED } from './facet-sql';
import { GROUP_FIRST_SEEN } from './groups';

/** Per facet: value codes (oneOf, 255 = a value no option selects), bitmasks (anyOf) or numbers (atLeast, NaN for NULL). */
export type FacetColumnData = Uint8Array | Uint32Array | Float64Array;

export type FacetIndex = {
  version: string;
  size: number;
  ids: Int32Array;
  columns: Record<FacetKey, FacetColumnData>;
  /** Per position: when its job group was first seen (sort=first_seen). */
  groupFirstSeen: Float64Array;
  /** Position of a posting id in the arrays, or -1. */
  positionOf: (id: number) => number;
};

function emptyColumn(def: FacetDef, n: number): FacetColumnData {
  if (def.kind === 'oneOf') return new Uint8Array(n);
  if (def.kind === 'anyOf') return new Uint32Array(n);
  return new Float64Array(n);
}

function encoder(def: FacetDef): (v: unknown) => number {
  if (def.kind === 'oneOf') {
    const codes = new Map<unknown, number>(def.values.map((v, i) => [v, i]));
    return (v) => codes.get(v) ?? 255;
  }
  if (def.kind === 'anyOf') return (v) => Number(v) >>> 0;
  return (v) => (v === null ? NaN : Number(v));
}

/** The bulk load: drizzle builds the query, better-sqlite3 runs it in raw (array) mode, because
 *  mapping 100,000 rows to objects would double the load time. Rows are [id, ...facet columns,
 *  group first seen]. */
function readRows(db: Db): unknown[][] {
  const selection = Object.fromEntries(FACET_KEYS.map((k) => [k, facetColumn(FACETS[k].column as FacetColumn)]));
  const query = db
    .select({ id: postings.id, ...selection, groupFirstSeen: GROUP_FIRST_SEEN })
    .from(postings)
    .where(LISTED)
    .orderBy(desc(postings.postedAt), desc(postings.id))
    .toSQL();
  return db.$client
    .prepare(query.sql)
    .raw()
    .all(...query.params) as unknown[][];
}

function load(db: Db, version: string): FacetIndex {
  const rows = readRows(db);
  const n = rows.length;
  const ids = new Int32Array(n);
  const defs = FACET_KEYS.map((k) => FACETS[k] as FacetDef);
  const columns = defs.map((def) => emptyColumn(def, n));
  const encoders = defs.map(encoder);
  const groupFirstSeen = new Float64Array(n);
  let maxId = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    const id = row[0] as number;
    ids[i] = id;
    if (id > maxId) maxId = id;
    for (let k = 0; k < defs.length; k++) columns[k]![i] = encoders[k]!(row[k + 1]);
    groupFirstSeen[i] = row[defs.length + 1] as number;
  }
  const positions = new Int32Array(maxId + 1).fill(-1);
  for (let i = 0; i < n; i++) positions[ids[i]!] = i;
  return {
    version,
    size: n,
    ids,
    groupFirstSeen,
    columns: Object.fromEntries(FACET_KEYS.map((k, i) => [k, columns[i]!])) as Record<FacetKey, FacetColumnData>,
    positionOf: (id) => (id >= 0 && id < positions.length ? positions[id]! : -1),
  };
}

const loaded = new WeakMap<object, FacetIndex>();

/** The index for the database's current data version, loaded on first use after each write.
 *  A caller that has just read the version passes it in. */
export function facetIndex(db: Db, version: string = readDataVersion(db)): FacetIndex {
  let index = loaded.get(db.$client);
  if (!index || index.version !== version) {
    index = load(db, version);
    loaded.set(db.$client, index);
  }
  return index;
}
