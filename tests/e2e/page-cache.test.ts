// Pages as cacheable as static files: the body depends on the URL, the data version and the UTC
// hour alone; a repeat is served from the in-process cache without rendering; validators and
// 304s follow the data; a new data version is visible within a second; RSC requests never
// poison the cache; RAQMI_PAGE_CACHE=off renders every time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/upsert';
import { seededServers, type RunningServer, type SeededServers } from '../helpers/server';

let started: SeededServers;
let server: RunningServer;
let uncached: RunningServer;
let file: string;

beforeAll(async () => {
  started = await seededServers({}, { RAQMI_PAGE_CACHE: 'off' });
  [server, uncached] = started.servers as [RunningServer, RunningServer];
  file = started.file;
}, 300_000);

afterAll(() => started?.stop());

const get = (base: string, path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

describe('the page cache', () => {
  it('serves a repeat from the cache, with the same bytes whatever cookie or language the client sends', async () => {
    const first = await get(server.url, '/?workplace=remote');
    const body = await first.text();
    const again = await get(server.url, '/?workplace=remote', { cookie: 'raqmi_ui=ar', 'accept-language': 'ar' });
    expect(again.headers.get('x-cache')).toBe('HIT');
    expect(await again.text()).toBe(body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(again.headers.get('vary')).toBe('accept-encoding');
  });

  it('answers 304 to the page’s ETag (weak comparison, W/ and *), for gzip and identity alike', async () => {
    const res = await get(server.url, '/skills', { 'accept-encoding': 'gzip' });
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    for (const inm of [etag, etag.slice(2), '*', `"nope", ${etag}`]) {
      expect((await get(server.url, '/skills', { 'if-none-match': inm })).status).toBe(304);
      expect((await get(server.url, '/skills', { 'if-none-match': inm, 'accept-encoding': 'gzip' })).status).toBe(304);
    }
    expect((await get(server.url, '/ar/skills', { 'if-none-match': etag })).status).toBe(200);
  });

  it('shows a new data version within a second, with a new ETag', async () => {
    const before = await get(server.url, '/sources');
    const etag = before.headers.get('etag')!;
    const writer = createDb(file);
    bumpDataVersion(writer);
    writer.$client.close();
    await new Promise((r) => setTimeout(r, 1200));
    const after = await get(server.url, '/sources', { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('never stores what an RSC request gets in place of the page', async () => {
    await get(server.url, '/stats?rsc-probe=1', { rsc: '1' });
    const page = await get(server.url, '/stats?rsc-probe=1');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/^<!DOCTYPE html>/i);
  });

  it('renders every request when RAQMI_PAGE_CACHE=off, with the same validators', async () => {
    const a = await get(uncached.url, '/skills');
    const b = await get(uncached.url, '/skills');
    expect(a.headers.get('x-cache')).toBe('MISS');
    expect(b.headers.get('x-cache')).toBe('MISS');
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });

  it('answers a HEAD with the length and ETag its GET gets, also when nothing is cached yet', async () => {
    // A HEAD that missed the cache used to be rendered by Next as a HEAD: the captured body was
    // empty, so it said `content-length: 0` (and, for pages, the ETag of an empty body).
    const identity = { 'accept-encoding': 'identity' };
    for (const [base, path] of [
      [server.url, '/sources?head-probe=1'],
      [uncached.url, '/sources?head-probe=1'],
      [server.url, '/ar/stats?head-probe=1'],
      [server.url, '/feed.atom?q=headprobe'],
      [server.url, '/no-such-page-head-probe'],
    ] as const) {
      const head = await fetch(`${base}${path}`, { method: 'HEAD', headers: identity });
      const got = await get(base, path, identity);
      const body = Buffer.from(await got.arrayBuffer());
      expect(body.length, path).toBeGreaterThan(0);
      expect(head.status, path).toBe(got.status);
      expect(head.headers.get('content-length'), path).toBe(String(body.length));
      expect(head.headers.get('etag'), path).toBe(got.headers.get('etag'));
    }
  });

  it('keeps the 20-card listing page under 50 KB of HTML', async () => {
    const html = await (await get(server.url, '/')).text();
    expect((html.match(/<article class="card"/g) ?? []).length).toBe(20);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
  });
});
