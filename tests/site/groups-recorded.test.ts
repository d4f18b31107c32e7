// A held-out check through /api/postings: real recorded postings stored with copies of one in
// three re-listed on another board (skipped without ../shared/recordings). Every re-listed job
// must come back once, carrying both copies; every other job once, alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/data-version';
import { upsertPosting } from '../../db/queries/upsert';
import { recorded, relisted } from '../helpers/grouping-recordings';
import { hasShared } from '../helpers/recordings';
import { tempDbPath } from '../helpers/seeded';

type Item = { id: string; groupId: string; copies: { source: string; url: string }[] };
const items: Item[] = [];
let total = 0;
const relistedIds = new Set<string>();
let remove = () => {};

describe.skipIf(!hasShared)('real postings re-listed across boards, through /api/postings', () => {
  beforeAll(async () => {
    const at = tempDbPath();
    remove = at.remove;
    process.env.RAQMI_DB = at.file;
    process.env.RAQMI_SCHEDULER = 'off';
    const db = createDb(at.file);
    const now = Date.now();
    const postings = recorded();
    db.$client.transaction(() => {
      postings.forEach((p, i) => upsertPosting(db, p, now - 3_600_000 + i));
      postings.forEach((p, i) => {
        // The copies arrive later from a board that re-lists: every third posting with a company and text.
        if (i % 3 !== 0 || !p.company || p.descriptionText.split(/\s+/).length < 60) return;
        upsertPosting(db, relisted(p, i % 4, 'himalayas'), now - 60_000 + i);
        relistedIds.add(p.publicId);
      });
      bumpDataVersion(db);
    })();
    closeDb(db);
    const { GET } = await import('../../app/api/postings/route');
    for (let page = 1; ; page++) {
      const body = (await GET(new Request(`http://localhost/api/postings?page=${page}`)).json()) as {
        total: number;
        pages: number;
        items: Item[];
      };
      items.push(...body.items);
      total = body.total;
      if (page >= body.pages) break;
    }
  });
  afterAll(() => remove());

  it('lists each re-listed job once, with its two copies, and every other job alone', () => {
    expect(items).toHaveLength(total);
    expect(new Set(items.map((i) => i.groupId)).size).toBe(items.length);
    const listedRelisted = items.filter((i) => relistedIds.has(i.groupId.slice(2)));
    expect(listedRelisted.length).toBeGreaterThan(10);
    for (const item of listedRelisted)
      expect(item.copies.map((c) => c.source).sort()).toEqual(['himalayas', item.groupId.slice(2).split('-')[0]].sort());
    expect(items.filter((i) => !relistedIds.has(i.groupId.slice(2))).every((i) => i.copies.length === 1)).toBe(true);
    expect(items.some((i) => i.copies.some((c) => c.source === 'himalayas') && !relistedIds.has(i.groupId.slice(2)))).toBe(false);
  });
});
