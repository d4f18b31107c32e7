// createDb(file): one SQLite file in WAL mode, migrated on open: what writers (migrate command,
// scrapes, the scheduler) use. openSiteDb(file): the site's reading connection, which never
// migrates and falls back to read-only when this process cannot write. Nothing happens at
// import time.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { accessSync, constants, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function createDb(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Scrapes write while the site reads: wait for a lock rather than fail with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  if (options.migrate !== false) migrateDb(db);
  return db;
}

export function migrateDb(db: Db): void {
  refuseNewerDatabase(db);
  migrate(db, { migrationsFolder: MIGRATIONS });
}

/** A database this build cannot use: what is wrong with it, said to the operator in one line. */
export class DatabaseProblem extends Error {}

/** The newest migration this build has (drizzle stores its journal time as created_at). */
function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(resolve(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** Drizzle applies only migrations newer than the newest recorded one, so on a database a newer
 *  build migrated it applies nothing and says nothing; this build would then write rows the newer
 *  schema does not expect. */
function refuseNewerDatabase(db: Db): void {
  const recorded = db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!recorded) return;
  const newest = db.$client.prepare('SELECT max(created_at) FROM __drizzle_migrations').pluck().get() as number | null;
  if (newest !== null && Number(newest) > newestKnownMigration())
    throw new DatabaseProblem(
      `written by a newer version of Raqmi (a migration of ${new Date(Number(newest)).toISOString().slice(0, 10)} this build does not have): upgrade Raqmi or use another RAQMI_DB`,
    );
}

/** Whether this process may write the file and the journal files SQLite creates beside it. */
export function canWriteDb(file: string): boolean {
  if (file === ':memory:') return true;
  const path = resolve(file);
  const writable = (p: string) => {
    try {
      accessSync(p, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  };
  // A file not made yet is the writer's to create (prestart migrates it before the site serves).
  if (!existsSync(path)) return true;
  return writable(path) && writable(dirname(path));
}

/**
 * The site's connection. Read-write when it can write (WAL, so scrapes write while it reads),
 * else read-only: a replica or a read-only mount is served, never migrated. A WAL file in a
 * folder nobody may write cannot be opened at all (SQLite needs its -shm beside it and
 * better-sqlite3 has no `immutable` URI), so it is read into memory, as the file stood at start.
 */
export function openSiteDb(file: string, canWrite: (file: string) => boolean = canWriteDb): Db {
  if (canWrite(file)) return createDb(file, { migrate: false });
  let sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (
      !String((error as { code?: unknown }).code).startsWith('SQLITE_READONLY') &&
      (error as { code?: unknown }).code !== 'SQLITE_CANTOPEN'
    )
      throw error;
    sqlite.close();
    sqlite = new Database(asRollbackImage(readFileSync(file)), { readonly: true });
    console.warn(`[db] ${file}: a WAL database in a read-only folder; serving a copy in memory (restart to see changes)`);
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema }) as Db;
}

/** Whether the migrations have run on this database (the first migration's `meta` table is
 *  there). Raw SQL: sqlite_master is not in the schema. */
export function hasSchema(db: Db): boolean {
  return db.$client.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
}

/** The file's bytes with the header's WAL flag cleared: an in-memory image cannot use a WAL. */
function asRollbackImage(bytes: Buffer): Buffer {
  // Bytes 18 and 19 of the header: file format write / read version, 2 = WAL, 1 = rollback.
  if (bytes.length >= 20 && bytes[18] === 2) bytes[18] = bytes[19] = 1;
  return bytes;
}

export function isReadOnlyDb(db: Db): boolean {
  return db.$client.readonly;
}

export function closeDb(db: Db): void {
  db.$client.close();
}
