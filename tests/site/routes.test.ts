// Route handlers (feeds, JSON API) on a seeded temporary database, called as Next calls them.
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, tempDbPath } from '../helpers/seeded';

let cleanup: () => void;
let routes: {
  rss: (r: Request) => Response;
  atom: (r: Request) => Response;
  json: (r: Request) => Response;
  api: (r: Request) => Response;
};

beforeAll(async () => {
  // The environment is read once, so it is set before anything reads it.
  const at = tempDbPath();
  process.env.RAQMI_DB = at.file;
  process.env.RAQMI_SCHEDULER = 'off';
  const seeded = await seededDb(Date.now(), at);
  cleanup = seeded.cleanup;
  routes = {
    rss: (await import('../../app/feed.xml/route')).GET,
    atom: (await import('../../app/feed.atom/route')).GET,
    json: (await import('../../app/feed.json/route')).GET,
    api: (await import('../../app/api/postings/route')).GET,
  };
});
afterAll(() => cleanup());

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

describe('feeds', () => {
  it('RSS: the same postings as the listing view, with skill categories and attribution', async () => {
    const api = (await routes.api(get('/api/postings?workplace=remote&skills=content')).json()) as {
      total: number;
      items: { id: string; groupId: string }[];
    };
    const res = routes.rss(get('/feed.xml?workplace=remote&skills=content'));
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const $ = cheerio.load(await res.text(), { xml: true });
    // One item per job group, named by the group: a copy on another board is not a new item.
    const guids = $('item > guid')
      .toArray()
      .map((g) => $(g).text().split('/groups/')[1]);
    expect(guids).toEqual(api.items.map((i) => i.groupId).slice(0, guids.length));
    expect(guids.length).toBe(Math.min(api.total, 50));
    $('item').each((_, item) => {
      expect(
        $(item)
          .find('category')
          .toArray()
          .map((c) => $(c).text()),
      ).toContain('Content planning & creation');
      expect($(item).find('description').text()).toMatch(/via /);
    });
  });

  it('Atom and JSON Feed carry the same ids, which name the job group', async () => {
    const $ = cheerio.load(await routes.atom(get('/feed.atom?lang=ar')).text(), { xml: true });
    const atomIds = $('entry > id')
      .toArray()
      .map((e) => $(e).text());
    const json = JSON.parse(await routes.json(get('/feed.json?lang=ar')).text()) as {
      version: string;
      items: { id: string; content_html: string; tags: string[] }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.id)).toEqual(atomIds);
    expect(atomIds.length).toBeGreaterThan(3);
    expect(atomIds.every((id) => /\/groups\/g-[a-z]+-[A-Za-z0-9_-]+$/.test(id))).toBe(true);
  });

  // Tester's report: both feeds were titled "Open to Egypt — Raqmi", though one carries jobs that do
  // not say where they are open to.
  it('titles a place view that includes not-stated eligibility apart from one that does not', async () => {
    const rssTitle = async (qs: string) =>
      cheerio
        .load(await routes.rss(get(`/feed.xml?${qs}`)).text(), { xml: true })('channel > title')
        .text();
    const atomTitle = async (qs: string) =>
      cheerio
        .load(await routes.atom(get(`/feed.atom?${qs}`)).text(), { xml: true })('feed > title')
        .text();
    const jsonTitle = async (qs: string) => (JSON.parse(await routes.json(get(`/feed.json?${qs}`)).text()) as { title: string }).title;
    for (const read of [rssTitle, atomTitle, jsonTitle]) {
      expect(await read('open_to=EG')).toBe('Open to Egypt — Raqmi');
      expect(await read('open_to=EG&open_to_unknown=1')).toBe('Open to Egypt or not stated — Raqmi');
    }
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = routes.rss(get('/feed.xml?engagement=freelance'));
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect(first.headers.get('last-modified')).toBeTruthy();
    const again = routes.rss(get('/feed.xml?engagement=freelance', { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    expect(routes.rss(get('/feed.xml?engagement=employee', { 'if-none-match': etag })).status).toBe(200);
  });
});

describe('GET /api/postings', () => {
  it('takes the listing filters and ignores nonsense', async () => {
    const res = routes.api(get('/api/postings?workplace=remote&workplace=moon&page=-4&q=%22x%20AND'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string; page: number };
    expect(body.query).toBe('workplace=remote&q=%22x%20AND');
    expect(body.page).toBe(1);
  });
});
