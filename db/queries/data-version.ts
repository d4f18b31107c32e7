// The data version: one counter in `meta`, bumped by every write that changes what readers see,
// so caches keyed on it (listing results, the facet index, feed ETags) go stale at the right time.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { meta } from '../schema';
import { preparedOnce } from './prepared';

const KEY = 'data_version';

export function bumpDataVersion(db: Db): void {
  db.insert(meta)
    .values({ key: KEY, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + 1` } })
    .run();
}

const readVersion = (db: Db) => db.select({ value: meta.value }).from(meta).where(eq(meta.key, KEY)).prepare();

/** Read on every listing request: a prepared statement. */
export function readDataVersion(db: Db): string {
  return preparedOnce(db, 'readDataVersion', readVersion).get()?.value ?? '0';
}
