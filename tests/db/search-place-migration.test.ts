// A database stored before the place had its own search column (migration 0008): the upgrade
// keeps every posting findable by its words, makes the board's location searchable at once, and
// after `npm run reclassify` finds it by the country's name in the other language too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/data-version';
import { listPostings, setListingCache } from '../../db/queries/listings';
import { upsertPosting } from '../../db/queries/upsert';
import { EMPTY_FILTERS } from '../../lib/filters';
import { preparePosting } from '../../lib/postings/pipeline';
import { reclassifyPostings } from '../../db/queries/reclassify';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'raqmi-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('upgrades a stored database: old postings stay searchable and become findable by place', () => {
  // The migrations as they stood before 0008.
  const before = join(dir, 'migrations');
  cpSync('db/migrations', before, { recursive: true });
  const journalFile = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0008');
  writeFileSync(journalFile, JSON.stringify(journal));
  const file = join(dir, 'old.db');
  const old = new Database(file);
  migrate(drizzle(old), { migrationsFolder: before });
  // A posting as the old code stored it: its title and body indexed, no place column.
  old
    .prepare(
      `INSERT INTO postings (public_id, source, source_key, external_id, url, title, company, location, description_text,
         first_seen_at, last_seen_at, posted_at, content_hash, digital_marketing, search_title, search_body)
       VALUES ('remotive-1', 'remotive', 'remotive', '1', 'https://remotive.com/1', 'SEO Specialist', 'Acme', 'Cairo, Egypt',
         'Grow our organic traffic.', ?, ?, ?, 'h', 1, 'seo specialist', 'acme grow our organic traffic')`,
    )
    .run(NOW, NOW, NOW);
  old.close();

  const db = createDb(file);
  setListingCache(false);
  const total = (q: string) => listPostings(db, { ...EMPTY_FILTERS, q }, NOW).total;
  expect([total('seo'), total('organic'), total('cairo'), total('egypt')]).toEqual([1, 1, 1, 1]);
  // Written by the rules of today: "مصر" (Egypt in Arabic) finds it.
  expect(total('مصر')).toBe(0);
  expect(reclassifyPostings(db).changed).toBe(1);
  expect([total('مصر'), total('القاهرة'), total('seo')]).toEqual([1, 1, 1]);
  // And a posting stored from now on is found by place from the start.
  const posting = preparePosting(
    {
      externalId: '2',
      url: 'https://remotive.com/2',
      title: 'Social Media Manager',
      location: 'Dubai',
      descriptionHtml: '<p>Run our Instagram and TikTok accounts.</p>',
      hints: {},
    },
    { source: 'remotive', sourceKey: 'remotive' },
  );
  db.transaction(() => {
    upsertPosting(db, posting, NOW);
    bumpDataVersion(db);
  });
  expect([total('dubai'), total('دبي')]).toEqual([1, 1]);
  db.$client.close();
});
