// The data version as the site sees it: read from SQLite at most once a second (the scraper bumps
// it from its own process), so a cached page costs one tiny read now and then, not one per hit.
import type { Db } from '../client';
import { readDataState, type DataState } from './data-version';

const TTL_MS = 1000;
let last: { at: number; db: Db; state: DataState } | undefined;

export function currentDataState(db: Db, now = Date.now()): DataState {
  if (!last || last.db !== db || now - last.at >= TTL_MS) last = { at: now, db, state: readDataState(db) };
  return last.state;
}
