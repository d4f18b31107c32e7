// An alert's links (unsubscribe, manage, and the confirmation link of its first mail) opened again
// once the alert is gone, through the production server.
//
// Tester's report: opening an unsubscribe (or manage) link again after unsubscribing answered 400
// "This link does not work — it is invalid, has expired, or the alert no longer exists", and a
// reader may take that to mean they are still subscribed. A link we signed (its signature holds)
// whose alert is gone now answers 200 "You are unsubscribed", in the link's language; a forged or
// malformed token is still refused with 400.
// Regression, later: the confirmation link still answered that 400 after unsubscribing, both when
// opened and when its page's button (a tab left open) was pressed. It now says the same as the
// other links, and pressing the button subscribes nobody again.
// Regression, later still: a confirmation link more than 7 days old answered 400 "This link does
// not work — it is invalid, has expired, …" even when its alert was gone: the link's expiry was
// checked before the alert was looked up. Gone is gone, whatever the link's age: it now says the
// reader is unsubscribed, as a fresh link does; a link past its 7 days whose alert still exists
// still confirms nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb, type Db } from '../../db/client';
import { getSubscription, upsertSignUp } from '../../db/queries/alerts';
import { signToken, type TokenPurpose } from '../../lib/alerts/tokens';
import { tempDbPath } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';
import { confirmedSubscription } from '../helpers/subscriptions';

const SECRET = 'gone-links-secret-gone-links-secret-0123';
const NOW = Date.parse('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
let server: RunningServer;
let db: Db;
let removeDb: () => void;
let outbox: string;

beforeAll(async () => {
  ensureBuilt();
  const at = tempDbPath();
  removeDb = at.remove;
  db = createDb(at.file);
  outbox = mkdtempSync(join(process.env.RAQMI_TEST_TMP ?? tmpdir(), 'raqmi-outbox-'));
  server = await startServer(at.file, { RAQMI_NOW: '2026-11-20T12:00:00Z', RAQMI_SECRET: SECRET, RAQMI_OUTBOX: outbox });
}, 600_000);

afterAll(async () => {
  await server?.stop();
  closeDb(db);
  removeDb?.();
  rmSync(outbox, { recursive: true, force: true });
});

const prefixOf = (lang: 'en' | 'ar') => (lang === 'ar' ? '/ar' : '');
const count = (id: number) => (db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions WHERE id = ?').get(id) as { n: number }).n;

/** A confirmed alert, signed up for at `at`, unsubscribed with its page's button, as a reader does;
 *  its links as its mails had them. */
async function unsubscribed(lang: 'en' | 'ar', email: string, at = NOW) {
  const id = confirmedSubscription(db, { email, lang, view: 'workplace=remote', at });
  const link = (purpose: TokenPurpose) => `${prefixOf(lang)}/alerts/${purpose}?token=${signToken(SECRET, purpose, id, at)}`;
  const res = await fetch(`${server.url}${link('unsubscribe')}`, { method: 'POST', redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(count(id)).toBe(0);
  // The confirmation link as the first mail had it: signed when the reader signed up.
  return { id, unsubscribe: link('unsubscribe'), manage: link('manage'), confirm: link('confirm') };
}

async function open(path: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
  const $ = cheerio.load(await res.text());
  return { status: res.status, lang: $('html').attr('lang'), title: $('h1').text(), text: $('main p').first().text(), $ };
}

describe('an alert link opened after unsubscribing', () => {
  it.each([
    ['en', 'You are unsubscribed', 'No more mail will be sent to this address for this alert.'],
    ['ar', 'أُلغي اشتراكك', 'لن تُرسل بعد الآن أي رسالة إلى هذا العنوان عن هذا التنبيه.'],
  ] as const)('says the reader is unsubscribed, in the link’s language (%s)', async (lang, title, says) => {
    const links = await unsubscribed(lang, `gone-${lang}@example.org`);
    for (const path of [links.unsubscribe, links.manage]) {
      const page = await open(path);
      expect([path, page.status, page.lang, page.title]).toEqual([path, 200, lang, title]);
      expect(page.text).toContain(says);
      expect(page.$('form').length).toBe(0);
    }
  });

  it.each([
    ['en', 'You are unsubscribed', 'You can sign up again from any list of jobs.'],
    ['ar', 'أُلغي اشتراكك', 'يمكنك الاشتراك من جديد من أي قائمة وظائف.'],
  ] as const)('says so for the confirmation link of its first mail too, and offers to sign up again (%s)', async (lang, title, offer) => {
    const links = await unsubscribed(lang, `confirm-again-${lang}@example.org`);
    const page = await open(links.confirm);
    expect([page.status, page.lang, page.title]).toEqual([200, lang, title]);
    expect(page.text).toContain(offer);
    // Nothing to confirm: no button, and the way back to the jobs, where the sign-up form is.
    expect(page.$('main form').length).toBe(0);
    expect(page.$(`main a[href="${lang === 'ar' ? '/ar' : '/'}"]`).length).toBe(1);
  });

  it.each([
    ['en', 'You are unsubscribed'],
    ['ar', 'أُلغي اشتراكك'],
  ] as const)('says so for a confirmation link past its 7 days too, opened or its button pressed (%s)', async (lang, title) => {
    const links = await unsubscribed(lang, `old-confirm-${lang}@example.org`, NOW - 30 * DAY);
    for (const method of ['GET', 'POST'] as const) {
      const page = await open(links.confirm, { method });
      expect([method, page.status, page.lang, page.title]).toEqual([method, 200, lang, title]);
      expect(page.$('main form').length).toBe(0);
    }
    expect(count(links.id)).toBe(0);
  });

  it('still confirms nothing with a confirmation link past its 7 days whose alert exists', async () => {
    const { id } = upsertSignUp(db, {
      email: 'late@example.org',
      emailKey: 'late@example.org',
      lang: 'en',
      view: '',
      frequency: 'daily',
      now: NOW - 8 * DAY,
    });
    const link = `/alerts/confirm?token=${signToken(SECRET, 'confirm', id, NOW - 8 * DAY)}`;
    for (const method of ['GET', 'POST'] as const) expect([method, (await open(link, { method })).status]).toEqual([method, 400]);
    expect(getSubscription(db, id)?.confirmedAt).toBeNull();
  });

  it('does not subscribe again when a confirmation page left open is confirmed after unsubscribing', async () => {
    const links = await unsubscribed('en', 'confirm-tab@example.org');
    const pressed = await open(links.confirm, { method: 'POST' });
    expect([pressed.status, pressed.title]).toEqual([200, 'You are unsubscribed']);
    expect(count(links.id)).toBe(0);
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM alert_subscriptions WHERE email_key = 'confirm-tab@example.org'").get()).toEqual({
      n: 0,
    });
  });

  it('says so too when a manage page left open is saved after unsubscribing', async () => {
    const links = await unsubscribed('en', 'open-tab@example.org');
    const saved = await open(links.manage, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'frequency=weekly',
    });
    expect([saved.status, saved.title]).toEqual([200, 'You are unsubscribed']);
  });

  it('still refuses forged and malformed tokens with 400', async () => {
    const { id } = await unsubscribed('en', 'forged@example.org');
    const forged = signToken('not-our-secret-not-our-secret-not-our', 'unsubscribe', id, NOW);
    const forgedConfirm = signToken('not-our-secret-not-our-secret-not-our', 'confirm', id, NOW);
    const forgedOldConfirm = signToken('not-our-secret-not-our-secret-not-our', 'confirm', id, NOW - 30 * DAY);
    // A confirmation link is ours, but it is no unsubscribe link, and an unsubscribe link is no confirmation link.
    const confirm = signToken(SECRET, 'confirm', id, NOW);
    const unsubscribe = signToken(SECRET, 'unsubscribe', id, NOW);
    for (const [path, method] of [
      [`/alerts/unsubscribe?token=${forged}`, 'GET'],
      [`/ar/alerts/manage?token=${forged}`, 'GET'],
      [`/alerts/manage?token=${confirm}`, 'GET'],
      ['/alerts/unsubscribe?token=not-a-token', 'GET'],
      ['/alerts/manage', 'GET'],
      [`/alerts/confirm?token=${forgedConfirm}`, 'GET'],
      [`/ar/alerts/confirm?token=${forgedConfirm}`, 'POST'],
      [`/alerts/confirm?token=${forgedOldConfirm}`, 'GET'],
      [`/ar/alerts/confirm?token=${forgedOldConfirm}`, 'POST'],
      [`/alerts/confirm?token=${unsubscribe}`, 'GET'],
      [`/alerts/confirm?token=${unsubscribe}`, 'POST'],
      ['/alerts/confirm?token=not-a-token', 'GET'],
    ] as const) {
      const page = await open(path, { method });
      expect([path, method, page.status]).toEqual([path, method, 400]);
      expect(page.title).not.toMatch(/unsubscribed|اشتراكك/);
    }
  });
});
