// The data version: one counter in `meta`, bumped by every write that changes what readers see,
// so caches keyed on it (listing results, the facet index, feed ETags) go stale at the right time.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { meta } from '../schema';
import { preparedOnce } from './prepared';

const KEY = 'data_version';
/** When the data last changed, in real time: HTTP's Last-Modified (not the newest posting's date). */
const CHANGED_KEY = 'data_changed_at';

export function bumpDataVersion(db: Db): void {
  db.insert(meta)
    .values({ key: KEY, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run();
  const now = String(Date.now());
  db.insert(meta)
    .values({ key: CHANGED_KEY, value: now })
    .onConflictDoUpdate({ target: meta.key, set: { value: now } })
    .run();
}

export type DataState = { version: string; changedAt: number | null };

/** The data version and when it last changed, in one small read. */
export function readDataState(db: Db): DataState {
  const rows = db
    .select({ key: meta.key, value: meta.value })
    .from(meta)
    .where(inArray(meta.key, [KEY, CHANGED_KEY]))
    .all();
  const get = (key: string) => rows.find((r) => r.key === key)?.value;
  const changedAt = Number(get(CHANGED_KEY));
  return { version: get(KEY) ?? '0', changedAt: Number.isFinite(changedAt) && changedAt > 0 ? changedAt : null };
}

const readVersion = (db: Db) => db.select({ value: meta.value }).from(meta).where(eq(meta.key, KEY)).prepare();

/** Read on every listing request: a prepared statement. */
export function readDataVersion(db: Db): string {
  return preparedOnce(db, 'readDataVersion', readVersion).get()?.value ?? '0';
}
