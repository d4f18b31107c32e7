// The site's one connection, opened (and migrated) on first use, never at import time.
import { env } from '../../lib/env';
import { createDb, type Db } from '../client';
import { setListingCache } from './listings';
import { setVersionCache } from './version-cache';

let db: Db | undefined;

export function getDb(): Db {
  if (!db) {
    db = createDb(env().RAQMI_DB);
    setListingCache(env().RAQMI_LIST_CACHE === 'on');
    setVersionCache(env().RAQMI_LIST_CACHE === 'on');
  }
  return db;
}
