// The site's one connection, opened (and migrated) on first use, never at import time.
import { env } from '../../lib/env';
import { createDb, type Db } from '../client';

let db: Db | undefined;

export function getDb(): Db {
  db ??= createDb(env().RAQMI_DB);
  return db;
}
