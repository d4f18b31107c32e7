// Replays the real recordings in ../shared/recordings through the whole pipeline (when that
// folder exists, as in CI): every source stores its postings, and a second identical run changes
// nothing but last-seen times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTargets } from '../../scrapers/registry';
import { scrapeTargets } from '../../scrapers/scrape';
import type { RunResult } from '../../scrapers/types';
import { tempDb } from '../helpers/db';
import { SHARED_RECORDINGS, hasShared } from '../helpers/recordings';

const BOARDS = 'greenhouse:gitlab,lever:idealistconsulting,ashby:notion';

describe.skipIf(!hasShared)('replaying ../shared/recordings', () => {
  const t = tempDb();
  let first: RunResult[] = [];
  let second: RunResult[] = [];
  const byKey = (runs: RunResult[], key: string) => runs.find((r) => r.key === key)!;

  beforeAll(async () => {
    first = await scrapeTargets(allTargets(BOARDS), { db: t.db, replayDir: SHARED_RECORDINGS });
    second = await scrapeTargets(allTargets(BOARDS), { db: t.db, replayDir: SHARED_RECORDINGS });
  });
  afterAll(() => t.cleanup());

  it.each([
    ['remotive', 42],
    ['remoteok', 96],
    ['weworkremotely', 79],
    ['arbeitnow', 100],
    ['jobicy', 5],
    ['himalayas', 3],
    ['wuzzuf', 14],
    ['mostaql', 25],
    ['greenhouse:gitlab', 3],
    ['lever:idealistconsulting', 2],
    ['ashby:notion', 3],
  ])('stores the postings of %s (%i)', (key, count) => {
    expect(byKey(first, key).inserted).toBe(count);
  });

  it('counts the one RemoteOK job without a title as invalid instead of failing the run', () => {
    expect(byKey(first, 'remoteok')).toMatchObject({ status: 'ok', invalid: 1 });
  });

  it('marks Mostaql partial: detail pages that were not recorded fail, the listing data stays', () => {
    const run = byKey(first, 'mostaql');
    expect(run.status).toBe('partial');
    expect(run.detailFailed).toBe(24);
    const row = t.db.$client
      .prepare("SELECT description_text FROM postings WHERE source = 'mostaql' AND external_id = '1252460'")
      .get() as { description_text: string };
    expect(row.description_text).toMatch(/توضيحات/);
  });

  it('a second identical run reports 0 inserted and 0 updated', () => {
    for (const run of second) {
      expect(run.status === 'ok' || run.status === 'partial', run.key).toBe(true);
      expect([run.key, run.inserted, run.updated]).toEqual([run.key, 0, 0]);
    }
  });

  it('closes postings past the board’s expiry (We Work Remotely 2022, Himalayas)', () => {
    const open = t.db.$client
      .prepare("SELECT count(*) AS n FROM postings WHERE source IN ('weworkremotely', 'himalayas') AND closed_at IS NULL")
      .get() as { n: number };
    expect(open.n).toBe(0);
  });

  it('keeps Himalayas company names from the slug, not the placeholder', () => {
    const names = (t.db.$client.prepare("SELECT company FROM postings WHERE source = 'himalayas'").all() as { company: string }[]).map(
      (r) => r.company,
    );
    expect(names).not.toContain('name');
    expect(names).toContain('Alignment Health');
  });

  it('decodes Greenhouse content and leaves no raw entities or scripts', () => {
    const rows = t.db.$client.prepare("SELECT description_html FROM postings WHERE source = 'greenhouse'").all() as {
      description_html: string;
    }[];
    for (const r of rows) {
      expect(r.description_html).not.toMatch(/&lt;div|<script/);
      expect(r.description_html).toMatch(/<p>/);
    }
  });

  it('stores no double-encoded UTF-8 (RemoteOK serves its emoji headings as Latin-1 bytes)', () => {
    const rows = t.db.$client.prepare('SELECT public_id, title, description_html FROM postings').all() as {
      public_id: string;
      title: string;
      description_html: string;
    }[];
    // A Latin-1 lead byte followed by a C1 control is UTF-8 read as Latin-1 ("ð\x9f\x9a\x80").
    const garbled = rows.filter((r) => /[\u00C2-\u00F4][\u0080-\u009F]/.test(`${r.title} ${r.description_html}`));
    expect(garbled.map((r) => r.public_id)).toEqual([]);
  });

  it('strips Remotive tracking pixels', () => {
    const n = t.db.$client.prepare("SELECT count(*) AS n FROM postings WHERE description_html LIKE '%blank.gif%'").get() as { n: number };
    expect(n.n).toBe(0);
  });
});
