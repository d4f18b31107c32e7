// Figures that change only when the data does (the stats, skills and sources pages), computed once
// per data version like the listing cache: every scrape bumps the version in `meta`. The key also
// holds the minute, as the listing cache's holds the hour, because the sources page reads rows a
// scrape writes without bumping the version (a run's status, its next run).
import type { Db } from '../client';
import { readDataVersion } from './upsert';

type Slot = { key: string; value: unknown };
const slots = new WeakMap<Db, Map<string, Slot>>();
let enabled = true;

export function setVersionCache(on: boolean): void {
  enabled = on;
}

/** `compute()` once per database, name, data version and minute; the last answer otherwise. */
export function cachedPerVersion<T>(db: Db, name: string, now: number, compute: () => T): T {
  if (!enabled) return compute();
  const key = `${readDataVersion(db)}|${Math.floor(now / 60_000)}`;
  let byName = slots.get(db);
  if (!byName) slots.set(db, (byName = new Map()));
  const slot = byName.get(name);
  if (slot?.key === key) return slot.value as T;
  const value = compute();
  byName.set(name, { key, value });
  return value;
}
