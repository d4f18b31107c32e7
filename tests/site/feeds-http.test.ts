// The feed routes on the demo data: every format in both languages is well-formed and parses;
// conditional GET follows the data (an edited posting is never answered 304) and understands
// W/ and *.
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpDataVersion } from '../../db/queries/upsert';
import type { Db } from '../../db/client';
import { strictXmlErrors } from '../helpers/strict-xml';
import { seededDb, tempDbPath } from '../helpers/seeded';

type Route = (r: Request) => Response;
let cleanup: () => void;
let db: Db;
const routes: Record<string, Route> = {};

beforeAll(async () => {
  const at = tempDbPath();
  process.env.RAQMI_DB = at.file;
  process.env.RAQMI_SCHEDULER = 'off';
  const seeded = await seededDb(Date.now(), at);
  db = seeded.db;
  cleanup = seeded.cleanup;
  for (const [name, mod] of Object.entries({
    'feed.xml': await import('../../app/feed.xml/route'),
    'feed.atom': await import('../../app/feed.atom/route'),
    'feed.json': await import('../../app/feed.json/route'),
    'ar/feed.xml': await import('../../app/ar/feed.xml/route'),
    'ar/feed.atom': await import('../../app/ar/feed.atom/route'),
    'ar/feed.json': await import('../../app/ar/feed.json/route'),
  }))
    routes[name] = mod.GET;
});
afterAll(() => cleanup());

const get = (path: string, headers: Record<string, string> = {}) =>
  routes[path.split('?')[0]!]!(new Request(`http://localhost/${path}`, { headers }));

describe('feeds on the demo data', () => {
  it.each(['feed.xml', 'feed.atom', 'feed.json', 'ar/feed.xml', 'ar/feed.atom', 'ar/feed.json'])(
    '%s is valid for every view',
    async (path) => {
      for (const query of ['', '?workplace=remote', '?engagement=freelance&skills=content', '?q=%26%3C%22', '?lang=ar']) {
        const text = await get(`${path}${query}`).text();
        if (!path.endsWith('json')) expect(strictXmlErrors(text)).toEqual([]);
        const parsed = parseFeed(text);
        expect(parsed.format).toBe(path.endsWith('json') ? 'json' : path.endsWith('atom') ? 'atom' : 'rss');
      }
    },
  );
});

describe('feed titles', () => {
  // Tester's report: a feed of the last day read "آخر ١ أيام" in a feed reader's list.
  it.each([
    ['ar/feed.xml?days=1', 'آخر يوم — رقمي'],
    ['ar/feed.atom?days=7', 'آخر ٧ أيام — رقمي'],
    ['ar/feed.json?days=30', 'آخر ٣٠ يومًا — رقمي'],
    ['feed.xml?days=1', 'last day — Raqmi'],
  ])('name the posted-within view with a count that agrees: %s', async (path, title) => {
    const feedTitle: unknown = parseFeed(await get(path).text()).feed.title;
    // Atom's title is a text construct ({ type, value }), RSS's and JSON Feed's a string.
    expect(typeof feedTitle === 'object' && feedTitle && 'value' in feedTitle ? feedTitle.value : feedTitle).toBe(title);
  });
});

describe('feed items', () => {
  // A posting whose workplace and engagement are both unknown was summed up "Not stated · Not stated".
  it.each([
    ['feed.json', 'Workplace not stated · Contract not stated'],
    ['ar/feed.json', 'مكان العمل غير محدد، نوع التعاقد غير محدد'],
  ])('say what is not stated in %s', async (path, start) => {
    const feed = (await get(`${path}?workplace=unknown&engagement=unknown`).json()) as { items: { summary: string }[] };
    expect(feed.items.length).toBeGreaterThan(0);
    for (const item of feed.items) expect(item.summary.startsWith(start)).toBe(true);
  });
});

describe('conditional GET on feeds', () => {
  it('answers 304 to the ETag, weak or not, and to *', () => {
    const etag = get('feed.xml?engagement=freelance').headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    for (const inm of [etag, etag.slice(2), `"x", ${etag}`, '*'])
      expect(get('feed.xml?engagement=freelance', { 'if-none-match': inm }).status).toBe(304);
    expect(get('feed.xml?engagement=employee', { 'if-none-match': etag }).status).toBe(200);
    expect(get('ar/feed.xml?engagement=freelance', { 'if-none-match': etag }).status).toBe(200);
  });

  it('stops answering 304 once a posting is edited (Last-Modified is the data’s change time)', async () => {
    const first = get('feed.atom');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    await new Promise((r) => setTimeout(r, 1100)); // past the once-a-second version read and Last-Modified's second
    db.$client.prepare("UPDATE postings SET title = title || ' (edited)' WHERE id = (SELECT MIN(id) FROM postings)").run();
    bumpDataVersion(db);
    await new Promise((r) => setTimeout(r, 1100));
    expect(get('feed.atom', { 'if-none-match': etag }).status).toBe(200);
    expect(get('feed.atom', { 'if-modified-since': lastModified }).status).toBe(200);
    const again = get('feed.atom');
    expect(Date.parse(again.headers.get('last-modified')!)).toBeGreaterThan(Date.parse(lastModified));
  });
});
