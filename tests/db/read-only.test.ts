// A database the site cannot write (a replica, a read-only mount) is opened read-only and read
// like any other; it is never migrated by the site. Regression (issue 9, item 9): opening set WAL
// mode and ran migrations, so every route answered 500. The real server on a chmod'ed file is in
// tests/e2e/read-only.test.ts; here the writability check is stood in for, as tests run as root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, isReadOnlyDb, openSiteDb, type Db } from '../../db/client';
import { listPostings, setListingCache } from '../../db/queries/listings';
import { cachedSourceStatus, cachedStats } from '../../db/queries/stats';
import { EMPTY_FILTERS } from '../../lib/filters';
import { seededDb, tempDbPath } from '../helpers/seeded';

const NOW = Date.parse('2026-11-27T12:00:00Z');
let file: string;
let cleanup: () => void;
let db: Db;

beforeAll(async () => {
  const seeded = await seededDb(NOW, tempDbPath());
  file = seeded.file;
  // A copy made for reading (VACUUM INTO, .backup) is in rollback-journal mode: setting WAL is a write.
  seeded.db.$client.pragma('journal_mode = DELETE');
  seeded.db.$client.close();
  cleanup = seeded.cleanup;
  setListingCache(false);
  db = openSiteDb(file, () => false);
});
afterAll(() => {
  db.$client.close();
  cleanup();
});

describe('openSiteDb on a database it cannot write', () => {
  it('opens it read-only, keeps its journal mode and serves listings, search, stats and sources', () => {
    expect(isReadOnlyDb(db)).toBe(true);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(listPostings(db, EMPTY_FILTERS, NOW).total).toBeGreaterThan(30);
    expect(listPostings(db, { ...EMPTY_FILTERS, q: 'تسويق' }, NOW).total).toBeGreaterThan(0);
    expect(cachedStats(db, NOW).total).toBeGreaterThan(30);
    expect(cachedSourceStatus(db, NOW).length).toBeGreaterThan(0);
  });

  it('refuses writes at the SQLite level', () => {
    expect(() => db.$client.prepare("UPDATE meta SET value = 'x'").run()).toThrow(/readonly/);
  });
});

describe('openSiteDb on a database it can write', () => {
  it('does not migrate: only the writers do', () => {
    const at = tempDbPath();
    try {
      const site = openSiteDb(at.file, () => true);
      expect(isReadOnlyDb(site)).toBe(false);
      expect(site.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'postings'").get()).toEqual({ n: 0 });
      closeDb(site);
      closeDb(createDb(at.file));
      const migrated = openSiteDb(at.file, () => true);
      expect(migrated.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'postings'").get()).toEqual({ n: 1 });
      closeDb(migrated);
    } finally {
      at.remove();
    }
  });
});
