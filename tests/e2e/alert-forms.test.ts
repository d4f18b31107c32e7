// The alert forms as a reader uses them, in Chromium (no JavaScript: the pages have none) against
// the production server: sign-up from a listing and Save on the manage page, whatever
// Referrer-Policy the page reached the browser with; an Arabic reader kept in Arabic through
// every step; and the same forms posted from another site, which stay refused.
//
// Regressions: (1) Save on the manage page answered 403 "Sign-up refused" in Chromium. The alert pages
// asked for `Referrer-Policy: no-referrer`, under which a browser posts a page's own form with
// `Origin: null`, and the same-origin check refused a missing Origin. Through `npm start`
// next.config.js's site-wide policy replaced the route's, which hid it; a host or proxy that
// delivers no-referrer (the route's own wish, or a hardening rule) made every alert form fail.
// (2) An Arabic reader's manage and unsubscribe forms posted to the English address (/alerts/…):
// the reader left /ar, and after Unsubscribe got the English page.
// (3) Save and Unsubscribe answered their POST with the result page itself (200): reloading it
// posted the form again (after the browser's "Confirm Form Resubmission"). They now answer 303 See
// Other to a page that shows the result, and a reload only reads it again.
// (4) A Save that was refused (a form from another site, or a choice that is neither daily nor
// weekly) answered a page titled "Sign-up refused", though nobody was signing up; one that was
// neither daily nor weekly was even saved as daily. Both now answer "Changes not saved" and
// change nothing.
// (5) A form over 16 KB was refused as "That address does not look right" (sign-up) or "choose
// daily or weekly" (Save), though neither had been read; and one sent without Content-Length was
// read whatever its size, and stored. Both now answer 413, saying the form was too large.
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { signToken } from '../../lib/alerts/tokens';
import { launchBrowser } from '../helpers/browser';
import { seededDb } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';
import { confirmedSubscription } from '../helpers/subscriptions';

const SECRET = 'alert-forms-secret-alert-forms-secret-0123';
const NOW = Date.now();
let server: RunningServer;
let proxy: Server;
let browser: Browser;
let db: Db;
let cleanup: () => void;
let outbox: string;
/** Where the browser opens the site: straight, or through the proxy that adds no-referrer. */
const base = { direct: '', 'no-referrer': '' };

/** Answers every request from the server, with `Referrer-Policy: no-referrer` added, as a proxy in
 *  front may; the Host header is passed on, so the server sees the address the browser used. */
function noReferrerProxy(port: string): Server {
  return createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'referrer-policy': 'no-referrer' });
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
}

const listen = (s: Server) =>
  new Promise<string>((done) => s.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
const close = (s: Server | undefined) => new Promise<void>((done) => (s ? (s.closeAllConnections(), s.close(() => done())) : done()));

beforeAll(async () => {
  ensureBuilt();
  const seeded = await seededDb(NOW);
  db = seeded.db;
  cleanup = seeded.cleanup;
  outbox = mkdtempSync(join(tmpdir(), 'raqmi-outbox-'));
  // A public origin that is not the address the browser uses: the checks must hold behind a proxy.
  server = await startServer(seeded.file, { RAQMI_SECRET: SECRET, RAQMI_PUBLIC_URL: 'https://raqmi.example', RAQMI_OUTBOX: outbox });
  proxy = noReferrerProxy(new URL(server.url).port);
  base.direct = server.url;
  base['no-referrer'] = await listen(proxy);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await close(proxy);
  await server?.stop();
  cleanup?.();
  if (outbox) rmSync(outbox, { recursive: true, force: true });
});

let emails = 0;
/** A confirmed daily alert of its own for each test, and the paths of its mail's links. */
function subscriber(lang: 'en' | 'ar' = 'en') {
  const email = `reader${++emails}@example.org`;
  const id = confirmedSubscription(db, { email, lang, view: 'workplace=remote', at: NOW });
  const path = (purpose: 'manage' | 'unsubscribe') => `/alerts/${purpose}?token=${signToken(SECRET, purpose, id, NOW)}`;
  return { email, path: path('manage'), unsubscribePath: path('unsubscribe') };
}

const frequencyOf = (email: string) =>
  (db.$client.prepare('SELECT frequency FROM alert_subscriptions WHERE email_key = ?').get(email) as { frequency: string } | undefined)
    ?.frequency;
const isSubscribed = (email: string) =>
  (db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions WHERE email_key = ?').get(email) as { n: number }).n === 1;

async function openPage(): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

async function language(page: Page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** Reloads the page; the methods of the requests the reload made. */
async function reload(page: Page): Promise<string[]> {
  const methods: string[] = [];
  const record = (r: { method: () => string }) => methods.push(r.method());
  page.on('request', record);
  await page.reload();
  page.off('request', record);
  return methods;
}

/** Clicks a form's button and waits for the page its POST answers with. */
async function submit(page: Page, button: string) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await page.waitForLoadState();
  return { status: response.status(), sent: await response.request().allHeaders() };
}

describe('the alert forms in Chromium', () => {
  it.each(['direct', 'no-referrer'] as const)('saves a new frequency when Save is pressed (%s)', { timeout: 60_000 }, async (via) => {
    const { email, path } = subscriber();
    const page = await openPage();
    await page.goto(`${base[via]}${path}`);
    await page.getByLabel('Weekly').check();
    const { status, sent } = await submit(page, 'Save');
    // What the browser said: under no-referrer it hides the Origin but not Sec-Fetch-Site.
    expect([sent.origin, sent['sec-fetch-site']]).toEqual([via === 'direct' ? base.direct : 'null', 'same-origin']);
    expect(status).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/alerts/manage');
    expect(await page.locator('[role=status]').textContent()).toBe('From now on the mail is weekly.');
    expect(frequencyOf(email)).toBe('weekly');
    // A reload reads the result again; it does not post the form a second time.
    expect(await reload(page)).not.toContain('POST');
    expect(await page.locator('[role=status]').textContent()).toBe('From now on the mail is weekly.');
    // The reader sees it too: the manage link now shows the weekly choice.
    await page.goto(`${base[via]}${path}`);
    expect(await page.getByLabel('Weekly').isChecked()).toBe(true);
  });

  it.each([
    ['direct', '/', 'Send me new jobs', '/alerts/sent', 'Check your inbox'],
    ['no-referrer', '/', 'Send me new jobs', '/alerts/sent', 'Check your inbox'],
    ['direct', '/ar', 'أرسل لي الوظائف الجديدة', '/ar/alerts/sent', 'تفقّد بريدك'],
    ['no-referrer', '/ar', 'أرسل لي الوظائف الجديدة', '/ar/alerts/sent', 'تفقّد بريدك'],
  ] as const)('signs up from the listing (%s, %s)', { timeout: 60_000 }, async (via, listing, button, sent, title) => {
    const email = `signup${++emails}@example.org`;
    const page = await openPage();
    await page.goto(`${base[via]}${listing}`);
    await page.locator('#alert-email').fill(email);
    const { status } = await submit(page, button);
    expect(status).toBe(303);
    expect(page.url()).toBe(`${base[via]}${sent}`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await language(page)).toEqual(listing === '/ar' ? { lang: 'ar', dir: 'rtl' } : { lang: 'en', dir: 'ltr' });
    expect(isSubscribed(email)).toBe(true);
  });

  it('unsubscribes with the unsubscribe page’s button (no-referrer)', { timeout: 60_000 }, async () => {
    const { email, unsubscribePath } = subscriber();
    const page = await openPage();
    await page.goto(`${base['no-referrer']}${unsubscribePath}`);
    expect((await submit(page, 'Unsubscribe')).status).toBe(303);
    expect(await page.locator('h1').textContent()).toBe('Unsubscribed');
    expect(isSubscribed(email)).toBe(false);
    expect(await reload(page)).not.toContain('POST');
    expect(await page.locator('h1').textContent()).toBe('Unsubscribed');
  });
});

// Reviewer's report: Save redirected to the manage link with `&saved=1`, a page with only "Saved"
// and "Back to the jobs": the Unsubscribe button and the form were gone. And `&saved=1` typed by
// hand said "Saved" though nothing had been saved. After Save the manage page is shown again,
// whole, with a status line that says how often the mail now comes: true of the stored alert
// however the page was opened, so a hand-typed `saved=1` claims nothing that is not so.
describe.each([
  ['en', '', 'Weekly', 'Save', 'Unsubscribe', 'From now on the mail is weekly.', 'Unsubscribed'],
  ['ar', '/ar', 'أسبوعياً', 'حفظ', 'إلغاء الاشتراك', 'من الآن تصلك الرسالة أسبوعياً.', 'أُلغي الاشتراك'],
] as const)('the manage page after Save (%s)', (lang, prefix, weekly, save, unsubscribe, savedNote, unsubscribed) => {
  it('still offers the form and Unsubscribe, under a line saying what is saved', { timeout: 60_000 }, async () => {
    const { email, path } = subscriber(lang);
    const page = await openPage();
    await page.goto(`${base.direct}${prefix}${path}`);
    const title = await page.locator('h1').textContent();
    await page.getByLabel(weekly).check();
    expect((await submit(page, save)).status).toBe(303);
    expect(await page.locator('[role=status]').allTextContents()).toEqual([savedNote]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByLabel(weekly).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: save }).count()).toBe(1);
    expect((await submit(page, unsubscribe)).status).toBe(303);
    expect(await page.locator('h1').textContent()).toBe(unsubscribed);
    expect(isSubscribed(email)).toBe(false);
  });

  it('says nothing was saved when `saved=1` is typed by hand, only how often the mail comes', { timeout: 60_000 }, async () => {
    const { path } = subscriber(lang);
    const page = await openPage();
    await page.goto(`${base.direct}${prefix}${path}`);
    const manage = await page.locator('main').innerHTML();
    await page.goto(`${base.direct}${prefix}${path}&saved=1`);
    const daily = lang === 'en' ? 'From now on the mail is daily.' : 'من الآن تصلك الرسالة يومياً.';
    expect(await page.locator('[role=status]').allTextContents()).toEqual([daily]);
    // Otherwise the very page the link opens: no "Saved" title.
    expect((await page.locator('main').innerHTML()).replace(/<p role="status">[^<]*<\/p>/, '')).toBe(manage);
  });
});

// A digest links an Arabic reader to /ar/alerts/…; digests mailed before that carry /alerts/….
describe.each([
  ['a link to /ar', '/ar'],
  ['a link without /ar, from an older mail', ''],
])('an Arabic reader in Chromium, from %s', (_name, prefix) => {
  const ARABIC = { lang: 'ar', dir: 'rtl' };

  it('saves from the manage page and stays in Arabic', { timeout: 60_000 }, async () => {
    const { email, path } = subscriber('ar');
    const page = await openPage();
    await page.goto(`${base.direct}${prefix}${path}`);
    expect(await language(page)).toEqual(ARABIC);
    const actions = await page.locator('form').evaluateAll((forms) => forms.map((f) => f.getAttribute('action')?.split('?')[0]));
    expect(actions).toEqual(['/ar/alerts/manage', '/ar/alerts/unsubscribe']);
    await page.getByLabel('أسبوعياً').check();
    expect((await submit(page, 'حفظ')).status).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/ar/alerts/manage');
    expect(await language(page)).toEqual(ARABIC);
    expect(await page.locator('[role=status]').textContent()).toBe('من الآن تصلك الرسالة أسبوعياً.');
    expect(frequencyOf(email)).toBe('weekly');
    expect(await reload(page)).not.toContain('POST');
    expect(await language(page)).toEqual(ARABIC);
    expect(await page.locator('[role=status]').textContent()).toBe('من الآن تصلك الرسالة أسبوعياً.');
  });

  it('unsubscribes and says so in Arabic', { timeout: 60_000 }, async () => {
    const { email, unsubscribePath } = subscriber('ar');
    const page = await openPage();
    await page.goto(`${base.direct}${prefix}${unsubscribePath}`);
    expect(await language(page)).toEqual(ARABIC);
    expect((await submit(page, 'إلغاء الاشتراك')).status).toBe(303);
    expect(new URL(page.url()).pathname).toMatch(/^\/ar\/alerts\//);
    expect(await language(page)).toEqual(ARABIC);
    expect(await page.locator('h1').textContent()).toBe('أُلغي الاشتراك');
    expect(isSubscribed(email)).toBe(false);
    expect(await reload(page)).not.toContain('POST');
    expect(await language(page)).toEqual(ARABIC);
    expect(await page.locator('h1').textContent()).toBe('أُلغي الاشتراك');
  });

  it('saves fewer mails from the unsubscribe page and stays in Arabic', { timeout: 60_000 }, async () => {
    const { email, unsubscribePath } = subscriber('ar');
    const page = await openPage();
    await page.goto(`${base.direct}${prefix}${unsubscribePath}`);
    await page.getByLabel('أسبوعياً').check();
    expect((await submit(page, 'حفظ')).status).toBe(303);
    expect(new URL(page.url()).pathname).toBe('/ar/alerts/manage');
    expect(await language(page)).toEqual(ARABIC);
    expect(await page.locator('[role=status]').textContent()).toBe('من الآن تصلك الرسالة أسبوعياً.');
    expect(frequencyOf(email)).toBe('weekly');
  });
});

it('takes the one-click unsubscribe (RFC 8058) of an Arabic mail at its /ar address, without an Origin', async () => {
  const { email, unsubscribePath } = subscriber('ar');
  const res = await fetch(`${base.direct}/ar${unsubscribePath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(res.status).toBe(200);
  expect(isSubscribed(email)).toBe(false);
});

describe('a Save that cannot be taken', () => {
  it.each([
    ['en', '', 'Changes not saved'],
    ['ar', '/ar', 'لم تُحفظ التغييرات'],
  ] as const)('says the changes were not saved, and keeps them as they were (%s)', async (lang, prefix, title) => {
    const { email, path } = subscriber(lang);
    // Weekly, so that a refusal read as "daily" would show.
    db.$client.prepare("UPDATE alert_subscriptions SET frequency = 'weekly' WHERE email_key = ?").run(email);
    // A choice the form does not offer, no choice, an empty one.
    for (const body of ['frequency=hourly', '', 'frequency=']) {
      const res = await fetch(`${base.direct}${prefix}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: base.direct, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      const $ = cheerio.load(await res.text());
      expect([body, res.status, $('h1').text(), $('html').attr('lang')]).toEqual([body, 400, title, lang]);
      expect(frequencyOf(email)).toBe('weekly');
    }
  });
});

describe('alert forms posted from another site', () => {
  let evil: Server;
  let evilUrl = '';
  const target = { action: '', fields: '' };

  beforeAll(async () => {
    // Another site: `localhost` is not the same site as 127.0.0.1, so Chromium sends
    // Sec-Fetch-Site: cross-site. `?policy=no-referrer` makes it send `Origin: null` as well.
    evil = createServer((req, res) => {
      const policy = new URL(req.url ?? '/', 'http://x').searchParams.get('policy') ?? 'strict-origin-when-cross-origin';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'referrer-policy': policy });
      res.end(
        `<!doctype html><title>A prize</title><form method="post" action="${target.action}">${target.fields}<button>Win a prize</button></form>`,
      );
    });
    evilUrl = (await listen(evil)).replace('127.0.0.1', 'localhost');
  });
  afterAll(() => close(evil));

  it.each(['strict-origin-when-cross-origin', 'no-referrer'])(
    'refuses a manage form from another site (its policy: %s)',
    { timeout: 60_000 },
    async (policy) => {
      const { email, path } = subscriber();
      target.action = `${server.url}${path}`;
      target.fields = '<input type="hidden" name="frequency" value="weekly">';
      const page = await openPage();
      await page.goto(`${evilUrl}/?policy=${policy}`);
      const { status, sent } = await submit(page, 'Win a prize');
      expect(sent['sec-fetch-site']).toBe('cross-site');
      expect(status).toBe(403);
      expect(await page.locator('h1').textContent()).toBe('Changes not saved');
      expect(frequencyOf(email)).toBe('daily');
    },
  );

  it('refuses a manage form from another site in Arabic at an /ar address', { timeout: 60_000 }, async () => {
    const { email, path } = subscriber('ar');
    target.action = `${server.url}/ar${path}`;
    target.fields = '<input type="hidden" name="frequency" value="weekly">';
    const page = await openPage();
    await page.goto(evilUrl);
    expect((await submit(page, 'Win a prize')).status).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('لم تُحفظ التغييرات');
    expect(await language(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(frequencyOf(email)).toBe('daily');
  });

  it.each(['strict-origin-when-cross-origin', 'no-referrer'])(
    'refuses a sign-up from another site (its policy: %s)',
    { timeout: 60_000 },
    async (policy) => {
      const email = `victim${++emails}@example.org`;
      target.action = `${server.url}/alerts`;
      target.fields = `<input type="hidden" name="email" value="${email}">`;
      const page = await openPage();
      await page.goto(`${evilUrl}/?policy=${policy}`);
      expect((await submit(page, 'Win a prize')).status).toBe(403);
      expect(await page.locator('h1').textContent()).toBe('Sign-up refused');
      expect(isSubscribed(email)).toBe(false);
    },
  );
});

describe('a form too large to read (over 16 KB)', () => {
  /** Fields that would be taken if they were read, and padding that puts the body over 16 KB. */
  const bigBody = (fields: Record<string, string>) => new URLSearchParams({ ...fields, q: 'x'.repeat(20_000) }).toString();
  /** Posted with its Content-Length, or streamed without one (chunked), which no header gives away. */
  const postBig = (path: string, body: string, sent: 'with its length' | 'chunked') =>
    new Promise<{ status: number; html: string }>((done, fail) => {
      const length = sent === 'chunked' ? { 'transfer-encoding': 'chunked' } : { 'content-length': Buffer.byteLength(body) };
      const req = request(
        `${base.direct}${path}`,
        { method: 'POST', headers: { origin: base.direct, 'content-type': 'application/x-www-form-urlencoded', ...length } },
        (res) => {
          let html = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (html += c));
          res.on('end', () => done({ status: res.statusCode ?? 0, html }));
        },
      );
      req.on('error', fail);
      req.end(body);
    });
  const answer = ({ status, html }: { status: number; html: string }) => {
    const $ = cheerio.load(html);
    return { status, title: $('h1').text(), text: $('main p').first().text(), lang: $('html').attr('lang') };
  };
  const SENT = ['with its length', 'chunked'] as const;

  describe.each(SENT)('sent %s', (sent) => {
    it.each([
      ['en', '', 'Sign-up refused', /too large .*nothing was stored/],
      ['ar', '/ar', 'رُفض الاشتراك', /أكبر من أن يُقرأ.*لم يُحفظ شيء/],
    ] as const)('refuses a sign-up with 413 saying so, and stores nothing (%s)', async (lang, prefix, title, text) => {
      const email = `big${++emails}@example.org`;
      const res = await postBig(`${prefix}/alerts`, bigBody({ email, frequency: 'daily' }), sent);
      expect(answer(res)).toEqual({ status: 413, title, text: expect.stringMatching(text), lang });
      expect(isSubscribed(email)).toBe(false);
    });

    it.each([
      ['en', '', 'Changes not saved', /too large .*nothing was changed/],
      ['ar', '/ar', 'لم تُحفظ التغييرات', /أكبر من أن يُقرأ.*لم يتغيّر شيء/],
    ] as const)('refuses a Save with 413 saying so, and changes nothing (%s)', async (lang, prefix, title, text) => {
      const { email, path } = subscriber(lang);
      const res = await postBig(`${prefix}${path}`, bigBody({ frequency: 'weekly' }), sent);
      expect(answer(res)).toEqual({ status: 413, title, text: expect.stringMatching(text), lang });
      expect(frequencyOf(email)).toBe('daily');
    });
  });

  // Not refused: the signed token, not the body, is what unsubscribes (a mail provider's
  // one-click POST included); the body only chooses the answer, here the button's.
  it.each(SENT)('still unsubscribes when the body is sent %s', async (sent) => {
    const { email, unsubscribePath } = subscriber();
    const res = await postBig(unsubscribePath, bigBody({}), sent);
    expect(res.status).toBe(303);
    expect(isSubscribed(email)).toBe(false);
  });
});
