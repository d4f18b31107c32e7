// Regression: feed item ids looked like links and led nowhere. RSS guid, Atom id and JSON Feed id
// are `<public origin>/groups/<group id>` and never change as copies join (subscribers' readers key
// on them), but /groups/<id> answered 404. It now sends a permanent redirect to the page of the job
// the group stands for (its representative copy), /ar/groups/<id> to the Arabic page, and answers
// the site's not-found page for an unknown group. Against a production server: the ids are read
// from its feeds and followed as a reader would.
import { request } from 'node:http';
import { parseFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/data-version';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import { buildPairs, type BoardPosting } from '../fixtures/grouping/pairs';
import { tempDbPath } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';

const PUBLIC = 'https://raqmi.example';
const DAY = 86_400_000;
const NOW = Date.now();
let server: RunningServer;
let remove: () => void;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ensureBuilt();
  const at = tempDbPath();
  remove = at.remove;
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
  // An aggregator's excerpt seen first names the group; the company's full ad, seen a day later,
  // becomes the copy the group stands for.
  const excerpt = pairs.find((p) => p.kind === 'aggregator excerpt')!;
  put('excerpt', excerpt.b, NOW - 10 * DAY);
  put('full', excerpt.a, NOW - 9 * DAY);
  // A posting stored before grouping existed has no group row: feeds name it g-<its own id>.
  const other = pairs.find((p) => p.kind === 'reformatted html' && p.a.posting.company !== excerpt.a.posting.company)!;
  put('ungrouped', other.a, NOW - 5 * DAY);
  db.$client.prepare('DELETE FROM job_groups WHERE public_id = ?').run(`g-${ids.ungrouped}`);
  closeDb(db);
  server = await startServer(at.file, { RAQMI_PUBLIC_URL: PUBLIC });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  remove?.();
});

type Answer = { status: number; location: string | undefined; body: string };

/** One GET, redirects not followed. */
function get(path: string): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

type Item = { id: string; link: string };

/** Each item's id and link, as a feed reader reads them. */
async function itemsOf(feed: string): Promise<Item[]> {
  const parsed = parseFeed((await get(feed)).body);
  if (parsed.format === 'rss') return (parsed.feed.items ?? []).map((i) => ({ id: i.guid?.value ?? '', link: i.link ?? '' }));
  if (parsed.format === 'atom')
    return (parsed.feed.entries ?? []).map((e) => ({ id: e.id ?? '', link: e.links?.find((l) => l.rel === 'alternate')?.href ?? '' }));
  if (parsed.format === 'json') return (parsed.feed.items ?? []).map((i) => ({ id: String(i.id), link: i.url ?? '' }));
  throw new Error(`${feed} is not a feed`);
}

const path = (url: string) => new URL(url).pathname;
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('feed item ids', () => {
  it('are the group ids the README promises, unchanged', async () => {
    const items = await itemsOf('/feed.xml');
    expect(items.map((i) => i.id).sort()).toEqual([`${PUBLIC}/groups/g-${ids.excerpt}`, `${PUBLIC}/groups/g-${ids.ungrouped}`].sort());
  });

  it.each(['/feed.xml', '/feed.atom', '/feed.json', '/ar/feed.xml', '/ar/feed.atom', '/ar/feed.json'])(
    'in %s lead, with one permanent redirect, to the page of the job the item links to',
    async (feed) => {
      const items = await itemsOf(feed);
      expect(items).toHaveLength(2);
      for (const item of items) {
        expect(item.id.startsWith(`${PUBLIC}/groups/`)).toBe(true);
        const job = path(item.link).replace(/^\/ar\//, '/');
        const answer = await get(path(item.id));
        expect([answer.status, answer.location]).toEqual([308, job]);
        const page = await get(answer.location!);
        expect(page.status).toBe(200);
        expect(titleOf(page.body)).toBe(titleOf((await get(job)).body));
      }
    },
  );

  it('redirect with a bare answer, not a page with scripts', async () => {
    const answer = await get(`/groups/g-${ids.excerpt}`);
    expect(answer.body).toBe(`/jobs/${ids.full}\n`);
  });

  it('lead to the copy the group stands for, not the one that named it', async () => {
    expect(await get(`/groups/g-${ids.excerpt}`)).toMatchObject({ status: 308, location: `/jobs/${ids.full}` });
  });

  it('under /ar lead to the Arabic page', async () => {
    expect(await get(`/ar/groups/g-${ids.excerpt}`)).toMatchObject({ status: 308, location: `/ar/jobs/${ids.full}` });
    expect(await get(`/ar/groups/g-${ids.ungrouped}`)).toMatchObject({ status: 308, location: `/ar/jobs/${ids.ungrouped}` });
  });
});

describe('an unknown group', () => {
  it.each([
    ['/groups/g-remotive-nosuchjob', '/jobs/remotive-nosuchjob'],
    ['/groups/remotive-123', '/jobs/remotive-nosuchjob'],
    ['/groups/g-', '/jobs/remotive-nosuchjob'],
    ['/ar/groups/g-remotive-nosuchjob', '/ar/jobs/remotive-nosuchjob'],
  ])('%s answers 404 with the site’s not-found page', async (missing, unknownJob) => {
    const [answer, notFound] = [await get(missing), await get(unknownJob)];
    expect(answer.status).toBe(404);
    expect(answer.location).toBeUndefined();
    expect(notFound.status).toBe(404);
    expect(titleOf(answer.body)).toBe(titleOf(notFound.body));
    expect(answer.body).toContain('<h1>');
  });
});
