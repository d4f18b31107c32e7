// The site's one connection, opened on first use, never at import time. It never migrates (the
// writers do: `npm run db:migrate`, prestart, scrapes, the scheduler) and is read-only when the
// file or its folder is (a replica, a read-only mount).
import { siteNow } from '../../lib/clock';
import { env } from '../../lib/env';
import { parseFilters } from '../../lib/filters';
import { publishSearchCacheProbe } from '../../lib/search-gate';
import { hasSchema, isReadOnlyDb, openSiteDb, type Db } from '../client';
import { isListingCached, setListingCache } from './listings';
import { setVersionCache } from './version-cache';

let db: Db | undefined;

export function getDb(): Db {
  if (!db) {
    db = openSiteDb(env().RAQMI_DB);
    setListingCache(env().RAQMI_LIST_CACHE === 'on');
    setVersionCache(env().RAQMI_LIST_CACHE === 'on');
    const site = db;
    publishSearchCacheProbe((params) => isListingCached(site, parseFilters(params), siteNow()));
  }
  return db;
}

let migrated = false;

/** Whether the site's database has its tables. The site never migrates, so a file no writer has
 *  migrated yet is answered with a 503 that says so; checked per request until it has them. */
export function isSiteSchemaReady(): boolean {
  if (!migrated) migrated = hasSchema(getDb());
  return migrated;
}

/** True when the site serves a database it cannot write: writes answer 503 (app/_lib/writable.ts). */
export function isSiteReadOnly(): boolean {
  return isReadOnlyDb(getDb());
}

/** SQLite's refusals to write: a read-only file, folder or connection. */
export function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}
