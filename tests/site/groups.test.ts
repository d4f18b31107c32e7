// One card per job: copies of one job on several boards and its reposts, through the API, the
// feeds and the listing, on a real temporary database.
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/data-version';
import { closeStalePostings, upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import { buildPairs, type BoardPosting } from '../fixtures/grouping/pairs';
import { tempDbPath } from '../helpers/seeded';

const DAY = 86_400_000;
const NOW = Date.now();
type ApiItem = { id: string; groupId: string; source: string; title: string; copies: { source: string; url: string; firstSeen: string }[] };
let routes: { api: (r: Request) => Response; rss: (r: Request) => Response };
let remove: () => void;
const ids: Record<string, string> = {};
/** Per job, the boards it is open on. */
const openOn: Record<string, string[]> = {};

beforeAll(async () => {
  const at = tempDbPath();
  remove = at.remove;
  process.env.RAQMI_DB = at.file;
  process.env.RAQMI_SCHEDULER = 'off';
  const db = createDb(at.file);
  const put = (name: string, b: BoardPosting, when: number) => {
    const p = preparePosting({ ...b.posting, postedAt: new Date(when).toISOString() }, { source: b.source, sourceKey: b.source });
    db.$client.transaction(() => {
      upsertPosting(db, p, when);
      bumpDataVersion(db);
    })();
    ids[name] = p.publicId;
  };
  const pairs = buildPairs();
  const pick = (kind: string, title: string) => pairs.find((p) => p.kind === kind && p.a.posting.title === title)!;
  // An old job, on its company board 90 days ago and on an aggregator since; closed on the company
  // board and reposted there 2 days ago.
  const old = pick('aggregator excerpt', 'Content Marketing Manager');
  put('old', old.a, NOW - 90 * DAY);
  put('oldCopy', old.b, NOW - 80 * DAY);
  closeStalePostings(db, 'greenhouse', NOW - 60 * DAY, 14 * DAY);
  const repost: BoardPosting = {
    source: 'greenhouse',
    posting: { ...old.a.posting, externalId: 'repost-1', url: 'https://greenhouse.example/jobs/repost-1' },
  };
  put('repost', repost, NOW - 2 * DAY);
  // A genuinely new job, first seen 5 days ago.
  const fresh = pairs.find((p) => p.kind === 'reformatted html' && p.a.posting.company !== old.a.posting.company)!;
  put('fresh', fresh.a, NOW - 5 * DAY);
  put('freshCopy', fresh.b, NOW - 4 * DAY);
  openOn.old = ['remotive', 'greenhouse'];
  openOn.fresh = [...new Set([fresh.a.source, fresh.b.source])];
  closeDb(db);
  routes = { api: (await import('../../app/api/postings/route')).GET, rss: (await import('../../app/feed.xml/route')).GET };
});
afterAll(() => remove());

const api = async (qs = '') =>
  (await routes.api(new Request(`http://localhost/api/postings?${qs}`)).json()) as {
    total: number;
    items: ApiItem[];
    counts: Record<string, Record<string, number>>;
  };

describe('job groups through /api/postings', () => {
  it('lists each job once, with every copy, its board, URL and first sighting', async () => {
    const { total, items, counts } = await api();
    expect(total).toBe(2);
    // Beside each board, the jobs open on it: a job on two boards counts under both, as the
    // source filter finds it under both (the old job's first Greenhouse posting is closed, its
    // repost there open).
    const perBoard: Record<string, number> = {};
    for (const board of [...openOn.old!, ...openOn.fresh!]) perBoard[board] = (perBoard[board] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(counts.source!).filter(([, n]) => n > 0))).toEqual(perBoard);
    const old = items.find((i) => i.groupId === `g-${ids.old}`)!;
    expect(old.copies.map((c) => c.source)).toEqual(['greenhouse', 'remotive', 'greenhouse']);
    expect(old.copies[0]!.firstSeen).toBe(new Date(NOW - 90 * DAY).toISOString());
    expect(old.copies.every((c) => /^https:\/\//.test(c.url))).toBe(true);
    expect(items.find((i) => i.groupId === `g-${ids.fresh}`)!.copies).toHaveLength(2);
  });

  it('orders by posting date by default, and by the group’s first sighting with sort=first_seen', async () => {
    expect((await api()).items.map((i) => i.groupId)).toEqual([`g-${ids.old}`, `g-${ids.fresh}`]);
    expect((await api('sort=first_seen')).items.map((i) => i.groupId)).toEqual([`g-${ids.fresh}`, `g-${ids.old}`]);
  });

  // The old job's card is its Greenhouse repost; filtering by Remotive missed it, though the card
  // said "Also on Remotive". The feeds filter in SQL, the API through the facet index: both find it.
  it('finds a job under every board it is open on, in the API and the feeds', async () => {
    const feedGroups = async (qs: string) => {
      const $ = cheerio.load(await routes.rss(new Request(`http://localhost/feed.xml?${qs}`)).text(), { xml: true });
      return $('item > guid')
        .toArray()
        .map((g) => $(g).text().split('/groups/')[1]);
    };
    for (const board of ['remotive', 'greenhouse']) {
      expect((await api(`source=${board}`)).items.map((i) => i.groupId)).toContain(`g-${ids.old}`);
      expect(await feedGroups(`source=${board}`)).toContain(`g-${ids.old}`);
    }
    expect((await api('source=remotive&source=greenhouse')).items.filter((i) => i.groupId === `g-${ids.old}`)).toHaveLength(1);
  });

  it('sends one feed item per job, named by the group', async () => {
    const $ = cheerio.load(await routes.rss(new Request('http://localhost/feed.xml')).text(), { xml: true });
    expect(
      $('item > guid')
        .toArray()
        .map((g) => $(g).text().split('/groups/')[1])
        .sort(),
    ).toEqual([`g-${ids.fresh}`, `g-${ids.old}`].sort());
  });
});

describe('the page and the card of a grouped job', () => {
  it('lists every copy with its board, attribution and own apply link, and how long the job has been around', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { GroupCopies } = await import('../../app/_components/group-copies');
    const { getGroupOfPosting } = await import('../../db/queries/groups-read');
    const { getDb } = await import('../../db/queries/connection');
    const group = getGroupOfPosting(getDb(), ids.oldCopy!)!;
    const $ = cheerio.load(renderToStaticMarkup(createElement(GroupCopies, { group, locale: 'en', now: NOW })));
    expect($('.group-history').text()).toBe('First seen 3 months ago, reposted once');
    expect($('.copies li')).toHaveLength(3);
    expect(
      $('.copies li a[target=_blank]')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(group.copies.map((c) => c.applyUrl ?? c.url));
    // A closed copy leads to its original, not to applying (it said "Apply on Greenhouse · closed").
    expect($('.copies li').first().text()).toMatch(/^View the original posting via the company’s Greenhouse board\b.*closed$/);
    // The board is named once, in its attribution's words, in the link to the copy (it said
    // "Apply on Remotive via Remotive"; tests/site/apply-link.test.ts).
    const remotive = $('.copies li').filter((_, li) => $(li).text().includes('Remotive'));
    expect(remotive.text()).toMatch(/^Apply via Remotive · First seen\b/);
    const ar = cheerio.load(renderToStaticMarkup(createElement(GroupCopies, { group, locale: 'ar', now: NOW })));
    expect(ar('.group-history').text()).toMatch(/أعيد نشرها مرة واحدة/);
  });

  it('says on the card where else the job is posted', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { PostingCard } = await import('../../app/_components/posting-card');
    const { listPostings } = await import('../../db/queries/listings');
    const { getDb } = await import('../../db/queries/connection');
    const { EMPTY_FILTERS } = await import('../../lib/filters');
    const card = listPostings(getDb(), EMPTY_FILTERS, NOW).items.find((c) => c.group?.id === `g-${ids.old}`)!;
    const $ = cheerio.load(renderToStaticMarkup(createElement(PostingCard, { posting: card, locale: 'en', now: NOW, terms: [] })));
    expect($('.also-on').text()).toBe('Also on Remotive');
  });
});
