// A feed address typed or pasted a little off (a trailing slash, a doubled slash, a dot segment,
// a backslash) still reaches the feed in its own language, at its one canonical address: a feed
// reader keeps the address it ends on, and an Arabic reader must not end up subscribed to the
// English feed, nor to an HTML page. Requests go out raw: fetch() would tidy the path itself.
import { request } from 'node:http';
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite({ browser: false });

type Answer = { status: number; type: string; location: string | undefined; body: string };

function getRaw(path: string): Promise<Answer> {
  const { hostname, port } = new URL(site.url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET', headers: { accept: 'text/html,*/*' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', location: res.headers.location, body }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

/** Every answer on the way, following redirects as a feed reader does (at most 3). */
async function follow(path: string): Promise<{ hops: { path: string; status: number }[]; last: Answer; at: string }> {
  const hops: { path: string; status: number }[] = [];
  let at = path;
  for (;;) {
    const answer = await getRaw(at);
    hops.push({ path: at, status: answer.status });
    if (answer.status < 300 || answer.status >= 400 || !answer.location || hops.length > 3) return { hops, last: answer, at };
    const next = new URL(answer.location, `${site.url}${at.replace(/\\/g, '%5C')}`);
    at = `${next.pathname}${next.search}`;
  }
}

const FEED_TYPE = /^application\/(rss\+xml|atom\+xml|feed\+json)/;

describe('feed addresses a little off', () => {
  it.each([
    ['/feed.xml/', '/feed.xml'],
    ['/feed.atom//', '/feed.atom'],
    ['/feed.json/?workplace=remote', '/feed.json?workplace=remote'],
    ['/ar/feed.xml/', '/ar/feed.xml'],
    ['/ar/feed.atom//', '/ar/feed.atom'],
    ['/ar//feed.json/', '/ar/feed.json'],
    ['/ar/feed.xml/?days=1', '/ar/feed.xml?days=1'],
    ['/ar/feed.xml/.', '/ar/feed.xml'],
    ['/ar/feed.xml/%2e/', '/ar/feed.xml'],
    ['/ar/feed.xml\\', '/ar/feed.xml'],
  ])('%s ends at %s, the feed in its language, never on a page or an error', async (path, canonical) => {
    const { hops, last, at } = await follow(path);
    for (const hop of hops.slice(0, -1)) expect(hop.status).toBe(308);
    expect([at, last.status]).toEqual([canonical, 200]);
    expect(last.type).toMatch(FEED_TYPE);
    const feed = parseFeed(last.body).feed as { title?: unknown };
    const title = typeof feed.title === 'object' && feed.title && 'value' in feed.title ? feed.title.value : feed.title;
    expect(title).toMatch(canonical.startsWith('/ar/') ? /رقمي/ : /Raqmi/);
  });

  it('sends an untidy Arabic page address to its canonical one too, in Arabic', async () => {
    const { hops, at, last } = await follow('/ar/stats/');
    expect(hops[0]).toEqual({ path: '/ar/stats/', status: 308 });
    expect([at, last.status]).toEqual(['/ar/stats', 200]);
    expect(last.body).toMatch(/<html[^>]* lang="ar"/);
  });

  // Tester's report: /ar/ar/feed.xml answered 200 with the Arabic feed while /ar/ar is 404, and
  // /ar/api/postings, /ar/sitemap.xml and /ar/robots.txt answered as copies of the English ones.
  it.each(['/ar/ar/feed.xml', '/ar/ar/feed.atom', '/ar/ar/feed.json?days=7', '/ar/ar', '/ar/ar/stats'])(
    'a doubled language prefix is not found: %s',
    async (path) => {
      const { hops, last } = await follow(path);
      expect(hops.map((h) => h.status)).toEqual([404]);
      expect(last.type).not.toMatch(FEED_TYPE);
    },
  );

  it.each([
    ['/ar/api/postings?workplace=remote', '/api/postings?workplace=remote'],
    ['/ar/sitemap.xml', '/sitemap.xml'],
    ['/ar/robots.txt', '/robots.txt'],
  ])('an address with one language only is not copied under /ar: %s goes to %s', async (path, canonical) => {
    const { hops, at, last } = await follow(path);
    expect(hops[0]).toEqual({ path, status: 308 });
    expect([at, last.status]).toEqual([canonical, 200]);
  });
});
