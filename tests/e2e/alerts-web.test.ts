// Email alerts through the production server: the form on the listing, sign-up (CSRF, same
// answer whatever the address, rate limit by the socket peer), the confirmation link (a page whose
// button confirms, also in Chromium without JavaScript), a digest, the unsubscribe page and RFC
// 8058 one-click POST, the manage page. Mails go to a real SMTP server in this process.
import { request } from 'node:http';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { signUp } from '../../alerts/signup';
import { closeDb, createDb, type Db } from '../../db/client';
import { scrapeTargets } from '../../scrapers/scrape';
import { launchBrowser } from '../helpers/browser';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { tempDbPath } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';
import { linkIn, startSmtp, type TestSmtp } from '../helpers/smtp';

const PUBLIC = 'https://raqmi.example';
const SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e-secret';
let server: RunningServer;
let smtp: TestSmtp;
let db: Db;
let removeDb: () => void;
const local = (link: string) => link.replace(PUBLIC, server.url);
/** Path and query of a link: what a form on the site's page posts to. */
const pathOf = (link: string) => new URL(link).pathname + new URL(link).search;
const isConfirmed = (email: string) =>
  (db.$client.prepare('SELECT confirmed_at FROM alert_subscriptions WHERE email_key = ?').get(email) as { confirmed_at: number | null })
    .confirmed_at !== null;
const scrape = (now: string, ids: number[]) =>
  scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
    db,
    now,
    replayDir: writeRecordings([
      { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(ids.map((i) => remotiveJob(i, `SEO Specialist ${i}`))) },
    ]),
  });
const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = { origin: server.url }) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });

/** A form POST sent from a given local address, to check that limits follow the socket peer. */
function postFrom(localAddress: string, path: string, body: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(
      `${server.url}${path}`,
      {
        method: 'POST',
        localAddress,
        headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

beforeAll(async () => {
  ensureBuilt();
  smtp = await startSmtp();
  const at = tempDbPath();
  removeDb = at.remove;
  db = createDb(at.file);
  await scrape('2026-11-20T09:00:00Z', [1, 2]);
  server = await startServer(at.file, {
    RAQMI_NOW: '2026-11-20T12:00:00Z',
    RAQMI_SMTP_URL: smtp.url,
    RAQMI_PUBLIC_URL: PUBLIC,
    RAQMI_SECRET: SECRET,
  });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
  closeDb(db);
  removeDb?.();
});

describe('email alerts on the site', () => {
  let sameAnswer = '';
  it('puts a working form on every listing view, with the view as hidden fields', async () => {
    const $ = cheerio.load(await (await fetch(`${server.url}/?workplace=remote&page=2`)).text());
    const form = $('.alert-form form');
    expect(form.attr('method')).toBe('post');
    expect(form.attr('action')).toBe('/alerts');
    expect(
      form
        .find('input[type=hidden]')
        .toArray()
        .map((i) => [$(i).attr('name'), $(i).attr('value')]),
    ).toEqual([['workplace', 'remote']]);
    expect($('.alert-note').length).toBe(0);
    const ar = cheerio.load(await (await fetch(`${server.url}/ar?workplace=remote`)).text());
    expect(ar('.alert-form form').attr('action')).toBe('/ar/alerts');
  });

  it('refuses a sign-up posted from another site', async () => {
    expect((await post('/alerts', { email: 'x@example.org' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('/alerts', { email: 'x@example.org' }, {})).status).toBe(403);
    expect(smtp.mails).toHaveLength(0);
  });

  it('answers "check your inbox" and mails a confirmation link', async () => {
    const res = await post('/alerts', { email: 'reader@example.org', frequency: 'daily', workplace: 'remote', page: '9', skills: 'nope' });
    // Post, then redirect to a page: reloading "check your inbox" no longer posts (and mails) again.
    expect(res.status).toBe(303);
    // With the view signed up for, as the listing reads it (page and the unknown skill dropped).
    expect(res.headers.get('location')).toBe('/alerts/sent?workplace=remote');
    const sent = await fetch(`${server.url}/alerts/sent`);
    expect(sent.status).toBe(200);
    expect(sent.headers.get('cache-control')).toBe('no-store');
    sameAnswer = await sent.text();
    expect(sameAnswer).toContain('Check your inbox');
    expect(sameAnswer).not.toContain('reader@example.org');
    expect(smtp.mails).toHaveLength(1);
    expect(linkIn(smtp.mails[0]!, `${PUBLIC}/alerts/confirm?token=`)).toBeTruthy();
  });

  // Regression: a GET of the link confirmed at once, so a mail scanner that opens every link
  // (Outlook Safe Links, a corporate gateway) confirmed alerts nobody asked for.
  it('confirms nothing when the confirmation link is only opened, as a mail scanner does', async () => {
    const link = local(linkIn(smtp.mails[0]!, `${PUBLIC}/alerts/confirm?token=`));
    expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const $ = cheerio.load(await page.text());
    expect($('h1').text()).toBe('Confirm your job alert');
    expect($('main').text()).toContain('a daily mail of new jobs for “Remote”');
    const form = $('main form');
    expect([form.attr('method'), form.attr('action')]).toEqual(['post', pathOf(link)]);
    expect(form.find('button[type=submit]').text()).toBe('Confirm the alert');
    expect(isConfirmed('reader@example.org')).toBe(false);
  });

  it('confirms when the page’s button posts, then redirects to the link, which now says so', async () => {
    const action = pathOf(linkIn(smtp.mails[0]!, `${PUBLIC}/alerts/confirm?token=`));
    const res = await post(action, {});
    // Post, then redirect: a reload of the confirmed page does not post again.
    expect([res.status, res.headers.get('location')]).toEqual([303, action]);
    expect(isConfirmed('reader@example.org')).toBe(true);
    const confirmed = await fetch(`${server.url}${action}`);
    expect(confirmed.headers.get('cache-control')).toBe('no-store');
    const html = await confirmed.text();
    expect(html).toContain('You will get new jobs for “Remote” by email.');
    expect(html).not.toContain('<form');
    const put = await fetch(`${server.url}${action}`, { method: 'PUT' });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, HEAD, POST']);
  });

  it('gives the same answer for an address already subscribed, and mails it nothing', async () => {
    const again = await post('/alerts', { email: 'Reader@Example.org', frequency: 'daily', workplace: 'remote' });
    expect([again.status, again.headers.get('location')]).toEqual([303, '/alerts/sent?workplace=remote']);
    expect(smtp.mails).toHaveLength(1);
  });

  it('subscribes Arabic pages to an Arabic digest', async () => {
    const res = await post('/ar/alerts', { email: 'qari@example.org', frequency: 'weekly' });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/ar/alerts/sent']);
    const sent = await (await fetch(`${server.url}/ar/alerts/sent`)).text();
    expect(sent).toMatch(/<html lang="ar" dir="rtl">/);
    expect(sent).toContain('— رقمي</title>');
    const mail = smtp.mails[1]!;
    expect(mail.subject).toBe('أكّد تنبيه الوظائف من رقمي');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    // The confirmation link is the Arabic address, so even an expired link answers in Arabic.
    expect(linkIn(mail, `${PUBLIC}/ar/alerts/confirm?token=`)).toBeTruthy();
  });

  it('confirms an Arabic alert in Chromium without JavaScript, in Arabic', { timeout: 60_000 }, async () => {
    const link = local(
      linkIn(
        smtp.mails.find((m) => m.subject?.startsWith('أكّد'))!,
        `${PUBLIC}/ar/alerts/confirm?token=`,
      ),
    );
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(link);
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      expect(isConfirmed('qari@example.org')).toBe(false);
      await Promise.all([page.waitForURL(link), page.getByRole('button', { name: 'تأكيد التنبيه' }).click()]);
      expect(await page.locator('h1').textContent()).toBe('تم تأكيد التنبيه');
      expect(isConfirmed('qari@example.org')).toBe(true);
    } finally {
      await browser.close();
    }
  });

  it('answers a broken alert link in the language of its address', async () => {
    for (const path of ['/ar/alerts/confirm?token=bad', '/ar/alerts/manage?token=bad', '/ar/alerts/unsubscribe?token=bad']) {
      const res = await fetch(`${server.url}${path}`);
      const html = await res.text();
      expect([path, res.status]).toEqual([path, 400]);
      expect(html).toMatch(/<html lang="ar" dir="rtl">/);
      expect(html).not.toContain('This link does not work');
    }
  });

  it('leads a plain visit of the sign-up address to the form, in its language', async () => {
    for (const [path, target] of [
      ['/alerts', '/#alert-form-title'],
      ['/ar/alerts', '/ar#alert-form-title'],
    ]) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect([path, res.status, res.headers.get('location')]).toEqual([path, 303, target]);
    }
  });

  it('rejects a bad address with a clear 400 and rate-limits by the socket peer, whatever X-Forwarded-For says', async () => {
    expect((await post('/alerts', { email: 'not-an-address' })).status).toBe(400);
    // Three sign-ups so far from 127.0.0.1: two more pass, the sixth is refused.
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await post(
            '/alerts',
            { email: `r${i}@example.org`, frequency: 'daily' },
            { origin: server.url, 'x-forwarded-for': `10.0.0.${i}` },
          )
        ).status,
      );
    expect(statuses).toEqual([303, 303, 429]);
    // Another peer (loopback has all of 127/8) is counted apart: the limit follows the socket.
    expect(await postFrom('127.0.0.2', '/alerts', 'email=other%40example.org&frequency=daily')).toBe(303);
  });

  it('sends a digest whose one-click POST unsubscribes, without an Origin', async () => {
    await scrape('2026-11-20T13:00:00Z', [1, 2, 3]);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <a@raqmi.example>', outbox: '/nonexistent' });
    const summary = await runDigests({ db, mailer, secret: SECRET, origin: PUBLIC, now: Date.parse('2026-11-21T07:00:00Z') });
    mailer.close();
    expect(summary).toMatchObject({ mails: 1, jobs: 1 });
    const digest = smtp.mails.at(-1)!;
    expect(digest.subject).toBe('1 new job · Remote — Raqmi');

    const unsubscribe = local(linkIn(digest, `${PUBLIC}/alerts/unsubscribe?token=`));
    const page = await fetch(unsubscribe);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const $ = cheerio.load(await page.text());
    expect($('form[action^="/alerts/unsubscribe"] button').text()).toBe('Unsubscribe');
    expect($('input[name=frequency][value=weekly]').length).toBe(1);
    // Opening the page changed nothing.
    expect(isConfirmed('reader@example.org')).toBe(true);

    const manage = local(linkIn(digest, `${PUBLIC}/alerts/manage?token=`));
    const saved = await post(pathOf(manage), { frequency: 'weekly' });
    // Post/Redirect/Get: the answer is a redirect to a page that says what is saved.
    expect([saved.status, saved.headers.get('location')]).toEqual([303, `${pathOf(manage)}&saved=1`]);
    expect(await (await fetch(`${server.url}${saved.headers.get('location')}`)).text()).toContain('From now on the mail is weekly.');
    expect(db.$client.prepare("SELECT frequency FROM alert_subscriptions WHERE email_key = 'reader@example.org'").get()).toEqual({
      frequency: 'weekly',
    });

    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM alert_subscriptions WHERE email_key = 'reader@example.org'").get()).toEqual({
      n: 0,
    });
    // The link still opens, and says so (tests/e2e/alert-links-after-unsubscribe.test.ts).
    expect((await fetch(unsubscribe)).status).toBe(200);
  });

  it('answers hostile requests to the alert routes with 4xx, never 5xx', async () => {
    const origin = { origin: server.url };
    const cases: [string, RequestInit][] = [
      ['/alerts', { method: 'POST', headers: { ...origin, 'content-type': 'application/json' }, body: '{"email":"a@b.org"}' }],
      [
        '/alerts',
        {
          method: 'POST',
          headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
          body: `email=${'a'.repeat(20_000)}%40b.org`,
        },
      ],
      ['/alerts', { method: 'POST', headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=%ZZ&&&=' }],
      ['/alerts', { method: 'POST', headers: { ...origin, 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' }],
      ['/alerts', { method: 'PUT' }],
      ['/alerts/confirm?token=', { method: 'GET' }],
      ['/alerts/confirm?token=a.b', { method: 'GET' }],
      ['/alerts/confirm?token=' + 'x'.repeat(5000), { method: 'GET' }],
      ['/alerts/confirm?token=a.b', { method: 'POST' }],
      ['/ar/alerts/confirm', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }],
      ['/alerts/unsubscribe?token=%00', { method: 'POST' }],
      ['/alerts/unsubscribe?token[]=1&token=2', { method: 'GET' }],
      ['/alerts/manage?token=..', { method: 'POST', headers: { ...origin, 'content-type': 'text/plain' }, body: 'frequency=weekly' }],
      ['/alerts/manage', { method: 'GET' }],
    ];
    for (const [path, init] of cases) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
      expect([path, res.status >= 400 && res.status < 500]).toEqual([path, true]);
    }
  });

  it('names a search on the confirm page without its text', async () => {
    // Signed up in this process on the server's database, so the sign-up limits of the HTTP tests stay as they are.
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <a@raqmi.example>', outbox: '/nonexistent' });
    const deps = { db, mailer, secret: SECRET, origin: PUBLIC, now: Date.parse('2026-11-20T12:00:00Z') };
    await signUp(deps, {
      email: 'searcher@example.org',
      frequency: 'daily',
      lang: 'en',
      params: { q: 'Call +44 7911 824360' },
      client: 'x',
    });
    mailer.close();
    const html = await (await fetch(local(linkIn(smtp.mails.at(-1)!, `${PUBLIC}/alerts/confirm?token=`)))).text();
    expect(html).toContain('a word search');
    expect(html).not.toMatch(/Call|7911|824360/);
  });
});

// Tester's report: the sign-up stored any frequency it was sent (`frequency=hourly`) as daily,
// while a Save of the same choice on the manage page is refused. The form always sends one of
// its two radios (daily is checked to start with), so a missing frequency is refused too.
describe('a sign-up whose frequency the form does not offer', () => {
  const stored = (email: string) =>
    (db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions WHERE email_key = ?').get(email) as { n: number }).n;
  it.each([
    ['en', '', 'Sign-up refused'],
    ['ar', '/ar', 'رُفض الاشتراك'],
  ] as const)('is refused with 400 in the reader’s language, and nothing is stored or mailed (%s)', async (lang, prefix, title) => {
    const mailed = smtp.mails.length;
    for (const [i, frequency] of ['hourly', '', undefined].entries()) {
      const email = `often${i}-${lang}@example.org`;
      const res = await post(`${prefix}/alerts`, { email, workplace: 'remote', ...(frequency === undefined ? {} : { frequency }) });
      const $ = cheerio.load(await res.text());
      expect([frequency, res.status, $('h1').text(), $('html').attr('lang')]).toEqual([frequency, 400, title, lang]);
      expect($('main').text()).toMatch(lang === 'en' ? /choose daily or weekly/ : /يومياً/);
      expect(stored(email)).toBe(0);
    }
    expect(smtp.mails).toHaveLength(mailed);
  });
});
