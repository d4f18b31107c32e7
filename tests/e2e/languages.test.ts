// One URL per language against a production build: English at /…, Arabic at /ar/…, the language
// from the URL alone (never a cookie or header), hreflang alternates and the sitemap, and every
// absolute link from RAQMI_PUBLIC_URL whatever host the request names.
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSeededSite } from '../helpers/seeded-site';

const PUBLIC = 'https://raqmi.example';
const abs = (path: string) => new URL(path, PUBLIC).href;
const site = setUpSeededSite({ envs: [{ RAQMI_PUBLIC_URL: PUBLIC }], browser: false });
let jobId: string;

beforeAll(async () => {
  jobId = ((await (await fetch(`${site.url}/api/postings`)).json()) as { items: { id: string }[] }).items[0]!.id;
});

const page = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${site.url}${path}`, { headers, redirect: 'manual' });
  return { res, $: cheerio.load(await res.text()) };
};

describe('one URL per language', () => {
  it.each([
    ['/', '/ar'],
    ['/?workplace=remote&skills=content', '/ar?workplace=remote&skills=content'],
    ['/skills', '/ar/skills'],
    ['/skills/content', '/ar/skills/content'],
    ['/stats', '/ar/stats'],
    ['/sources', '/ar/sources'],
  ])('serves %s in English and %s in Arabic, each linking the other as hreflang and in the switch', async (en, ar) => {
    for (const [path, lang, other] of [
      [en, 'en', ar],
      [ar, 'ar', en],
    ] as const) {
      const { res, $ } = await page(path);
      expect(res.status).toBe(200);
      expect($('html').attr('lang')).toBe(lang);
      expect($('html').attr('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // Compared as URLs: the origin alone may be written with or without its "/".
      const href = (selector: string) => new URL($(selector).attr('href') ?? 'about:blank').href;
      expect(href('link[rel=alternate][hreflang=en]')).toBe(abs(en));
      expect(href('link[rel=alternate][hreflang=ar]')).toBe(abs(ar));
      expect(href('link[rel=alternate][hreflang=x-default]')).toBe(abs(en));
      expect(href('link[rel=canonical]')).toBe(abs(path));
      expect($('a.lang-switch').attr('href')).toBe(other);
      expect(res.headers.get('vary') ?? '').not.toMatch(/cookie|accept-language/i);
    }
  });

  // The work matrix is an HTML grid (its labels stayed 7 px in a scaled SVG): a picture all the
  // same, named and described, as the two SVG charts are.
  it.each(['/stats', '/ar/stats'])('draws %s as three charts, each titled, described and backed by a table', async (path) => {
    const { $ } = await page(path);
    const charts = $('figure [role=img]').toArray();
    expect(charts.map((c) => c.tagName)).toEqual(['div', 'svg', 'svg']);
    const titles = charts.map((c) => $(c).attr('aria-label') ?? $(c).find('title').text());
    for (const [i, c] of charts.entries()) {
      const described = $(c).attr('aria-describedby');
      expect(titles[i]!.length).toBeGreaterThan(5);
      expect((described ? $(`#${described}`) : $(c).find('desc')).text().length).toBeGreaterThan(5);
      expect($(c).closest('figure').find('table').length).toBe(1);
    }
    for (const title of titles) expect(title).toMatch(path.startsWith('/ar') ? /[\u0600-\u06FF]/ : /^[^\u0600-\u06FF]+$/);
  });

  // The Arabic UI writes its figures in Arabic-Indic digits; the pay note and the stats note had
  // Western ones ("12 شهرًا، 52 أسبوعًا", "حيث تذكر 5 وظائف").
  it.each(['/ar?pay_min=3000&pay_currency=EGP&pay_period=month', '/ar/stats'])(
    'writes the interface’s own figures on %s in Arabic-Indic digits',
    async (path) => {
      const { $ } = await page(path);
      $('article.card, .card, script, style, table, svg, .count').remove();
      const notes = $('main p, main small, main .note, main figcaption')
        .toArray()
        .map((el) => $(el).text())
        .filter((t) => /[\u0600-\u06FF]/.test(t));
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.filter((t) => /[0-9]/.test(t))).toEqual([]);
    },
  );

  it('gives a posting page an Arabic URL whose links stay in Arabic', async () => {
    const { $ } = await page(`/ar/jobs/${jobId}`);
    expect($('html').attr('lang')).toBe('ar');
    expect($('a.lang-switch').attr('href')).toBe(`/jobs/${jobId}`);
    const internal = $('main a[href^="/"]')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(href).toMatch(/^\/ar(\/|\?|$)/);
  });

  // Next answers a doubled or trailing slash with a redirect to the tidy path, which lost the /ar.
  it.each(['/ar//jobs/JOB', '/ar/jobs/JOB/', '/ar//stats', '/ar/feed.xml/'])('keeps Arabic for an untidy path (%s)', async (path) => {
    let at = path.replace('JOB', jobId);
    for (let hop = 0; hop < 3; hop++) {
      const { res } = await page(at);
      if (res.status < 300 || res.status >= 400) break;
      at = new URL(res.headers.get('location')!, site.url).pathname;
    }
    const { res, $ } = await page(at);
    expect([at, res.status]).toEqual([expect.stringMatching(/^\/ar\//), 200]);
    if (path.includes('feed')) expect($('channel > language').text()).toBe('ar');
    else expect($('html').attr('lang')).toBe('ar');
  });

  // Tester's report: `/ar/%ZZ` was refused with 400 in an English line; an Arabic address is
  // answered in Arabic, with the same status.
  it.each([
    ['/%ZZ', 'en'],
    ['/jobs/%E0%A4%A', 'en'],
    ['/ar/%ZZ', 'ar'],
    ['/ar/jobs/%E0%A4%A', 'ar'],
  ] as const)('refuses the malformed address %s with 400 in its language', async (path, lang) => {
    const res = await fetch(`${site.url}${path}`, { redirect: 'manual' });
    const text = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'text/plain; charset=utf-8']);
    if (lang === 'ar') expect(text).toMatch(/^[^A-Za-z]*[\u0600-\u06FF][^A-Za-z]*$/);
    else expect(text).toBe('Bad request: the path is not valid percent-encoding.\n');
  });

  it('ignores the old language cookie, Accept-Language and a forged internal header', async () => {
    const { $ } = await page('/', {
      cookie: 'raqmi_ui=ar',
      'accept-language': 'ar',
      'x-raqmi-locale': 'ar',
      'x-raqmi-path': '//evil.example/',
    });
    expect($('html').attr('lang')).toBe('en');
    expect($('a.lang-switch').attr('href')).toBe('/ar');
    const ar = await page('/ar/stats', { cookie: 'raqmi_ui=en', 'x-raqmi-locale': 'en' });
    expect(ar.$('html').attr('lang')).toBe('ar');
  });

  it('redirects old /lang links to the same page in the asked language, local paths only', async () => {
    const to = async (query: string, headers: Record<string, string> = {}) =>
      (await fetch(`${site.url}/lang?${query}`, { headers, redirect: 'manual' })).headers.get('location');
    expect(await to(`to=ar&back=${encodeURIComponent(`/jobs/${jobId}`)}`)).toBe(`/ar/jobs/${jobId}`);
    expect(await to(`to=en&back=${encodeURIComponent('/ar/stats')}`)).toBe('/stats');
    expect(await to(`to=ar&back=${encodeURIComponent('/?workplace=remote')}`)).toBe('/ar?workplace=remote');
    expect(await to('to=ar&back=//evil.example/')).toBe('/ar');
  });
});

// Reviewer's report: /ar/nonexistent answered 404 with noindex but named itself as canonical and
// its hreflang alternates, and the header's language switch led to /nonexistent, another 404. A
// page that does not exist names no address of its own: no canonical, no alternates, and the
// switch leads to the other language's jobs. The same for a job that does not exist (notFound()).
describe('a page that does not exist', () => {
  it.each([
    ['/nonexistent', 'en', '/ar'],
    ['/ar/nonexistent', 'ar', '/'],
    ['/jobs/remotive-nosuchjob', 'en', '/ar'],
    ['/ar/jobs/remotive-nosuchjob', 'ar', '/'],
    ['/ar/skills/nope?workplace=remote', 'ar', '/'],
  ] as const)('%s names no canonical or alternate, and switches language to the jobs', async (path, lang, other) => {
    const { res, $ } = await page(path);
    expect([res.status, $('html').attr('lang')]).toEqual([404, lang]);
    expect($('meta[name=robots]').attr('content')).toMatch(/noindex/);
    expect($('link[rel=canonical]').length).toBe(0);
    expect($('link[rel=alternate][hreflang]').length).toBe(0);
    expect($('a.lang-switch').attr('href')).toBe(other);
  });
});

describe('absolute links come from RAQMI_PUBLIC_URL', () => {
  it('in the API, whatever Host or X-Forwarded-Host the request names', async () => {
    const res = await fetch(`${site.url}/api/postings`, { headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } });
    const body = (await res.json()) as { next: string; items: { url: string }[] };
    expect(body.next.startsWith(`${PUBLIC}/api/postings?`)).toBe(true);
    expect(body.items[0]!.url).toBe(`${PUBLIC}/jobs/${body.items[0]!.url.split('/jobs/')[1]}`);
  });

  it('in the feeds: item ids are the English URL in both languages, links go to the feed’s language', async () => {
    const en = cheerio.load(await (await fetch(`${site.url}/feed.atom`, { headers: { 'x-forwarded-host': 'evil.example' } })).text(), {
      xml: true,
    });
    const ar = cheerio.load(await (await fetch(`${site.url}/ar/feed.atom`)).text(), { xml: true });
    const ids = (x: cheerio.CheerioAPI) =>
      x('entry > id')
        .toArray()
        .map((e) => x(e).text());
    expect(ids(en).length).toBeGreaterThan(3);
    expect(ids(ar)).toEqual(ids(en));
    for (const id of ids(en)) expect(id).toMatch(new RegExp(`^${PUBLIC}/groups/g-[^/]+$`));
    expect(ar('entry > link').first().attr('href')).toMatch(new RegExp(`^${PUBLIC}/ar/jobs/`));
    expect(en('entry > link').first().attr('href')).toMatch(new RegExp(`^${PUBLIC}/jobs/`));
    const rss = cheerio.load(await (await fetch(`${site.url}/ar/feed.xml`)).text(), { xml: true });
    expect(rss('channel > language').text()).toBe('ar');
    const json = (await (await fetch(`${site.url}/ar/feed.json?workplace=remote`)).json()) as {
      language: string;
      title: string;
      feed_url: string;
    };
    expect(json.language).toBe('ar');
    expect(json.feed_url).toBe(`${PUBLIC}/ar/feed.json?workplace=remote`);
    expect(json.title).toContain('عن بعد');
  });

  it('in robots.txt, which points crawlers at the sitemap and keeps them off the alert forms', async () => {
    const res = await fetch(`${site.url}/robots.txt`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
    expect(text).toMatch(/^Disallow: \/alerts$/m);
  });

  it('in the sitemap, which lists both languages with alternates', async () => {
    const res = await fetch(`${site.url}/sitemap.xml`);
    expect(res.status).toBe(200);
    const $ = cheerio.load(await res.text(), { xml: true });
    const locs = $('url > loc')
      .toArray()
      .map((l) => $(l).text());
    expect(locs).toContain(`${PUBLIC}/`);
    expect(locs).toContain(`${PUBLIC}/ar`);
    expect(locs).toContain(`${PUBLIC}/ar/jobs/${jobId}`);
    expect(locs).toContain(`${PUBLIC}/jobs/${jobId}`);
    expect(locs.every((l) => l.startsWith(PUBLIC))).toBe(true);
  });
});
