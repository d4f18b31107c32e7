// A closed posting in real Chromium, English and Arabic, on a phone and a desktop: the page says
// why it closed (the board's expiry passed, the board marks it closed, or it is no longer seen on
// the board) with the date that says so, and the board's link is a plain link to the original,
// never an "Apply via …" button. Regression: a We Work Remotely posting closed by its expires_at
// said "the board no longer lists it" beside "Last seen: today", under a big Apply button.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../db/client';
import { closeUnseenPostings } from '../../db/queries/sweep';
import { upsertPosting } from '../../db/queries/upsert';
import { formatDate } from '../../lib/i18n';
import { preparePosting } from '../../lib/postings/pipeline';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const DAY = 86_400_000;
const NOW = Date.now();
const SIZES = [
  [360, 740],
  [1280, 900],
] as const;

/** `boardAr`: the board's Arabic name, when it has one (Mostaql is مستقل on Arabic pages). */
type Case = { id: string; url: string; board: string; boardAr?: string; date: number };
let expired: Case, unlisted: Case, marked: Case, open: { id: string };
const site = setUpSeededSite({ now: NOW, seed: addCases });

/** A posting closed each way, and one open. */
function addCases(db: Db): void {
  const sql = db.$client;
  const one = <T>(query: string, ...args: unknown[]) => sql.prepare(query).get(...args) as T;
  // The demo's We Work Remotely posting whose expires_at passed: the scrape closed it as it saw it.
  const e = one<{ public_id: string; url: string; expires_at: number }>(
    "SELECT public_id, url, expires_at FROM postings WHERE source = 'weworkremotely' AND closed_at IS NOT NULL AND expires_at <= closed_at",
  );
  expired = { id: e.public_id, url: e.url, board: 'We Work Remotely', date: e.expires_at };
  // A Remotive posting the board stopped listing: last seen 20 days ago, closed by the daily sweep.
  const u = one<{ public_id: string; url: string }>(
    "SELECT public_id, url FROM postings WHERE source = 'remotive' AND closed_at IS NULL AND digital_marketing = 1 ORDER BY id LIMIT 1",
  );
  const lastSeen = NOW - 20 * DAY;
  sql.prepare('UPDATE postings SET last_seen_at = ? WHERE public_id = ?').run(lastSeen, u.public_id);
  closeUnseenPostings(db, NOW, 14 * DAY);
  unlisted = { id: u.public_id, url: u.url, board: 'Remotive', date: lastSeen };
  // A Mostaql project the board marks closed, seen so two days ago and again today.
  const project = preparePosting(
    {
      externalId: 'closed-project-1',
      url: 'https://mostaql.com/project/1000001',
      title: 'مصمم منشورات سوشيال ميديا',
      descriptionHtml: '<p>نحتاج مصمماً لمنشورات إنستغرام وفيسبوك لمتجر إلكتروني.</p>',
      closed: true,
      hints: {},
    },
    { source: 'mostaql', sourceKey: 'mostaql' },
  );
  db.transaction(() => upsertPosting(db, project, NOW - 2 * DAY));
  db.transaction(() => upsertPosting(db, project, NOW));
  const m = one<{ url: string }>('SELECT url FROM postings WHERE public_id = ?', project.publicId);
  marked = { id: project.publicId, url: m.url, board: 'Mostaql', boardAr: 'مستقل', date: NOW - 2 * DAY };
  open = { id: one<{ public_id: string }>('SELECT public_id FROM postings WHERE closed_at IS NULL ORDER BY id LIMIT 1').public_id };
}

const REASONS = {
  en: {
    expired: (c: Case) => `This posting is closed: it expired on ${formatDate(c.date, 'en')}.`,
    unlisted: (c: Case) => `This posting is closed: it has not been seen on ${c.board} since ${formatDate(c.date, 'en')}.`,
    marked: (c: Case) => `This posting is closed: ${c.board} marks it as closed (since ${formatDate(c.date, 'en')} at the latest).`,
    original: (c: Case) => `View the original posting via ${c.board}`,
    apply: /^Apply\b/,
  },
  ar: {
    expired: (c: Case) => `هذا الإعلان مغلق: انتهت صلاحيته في ${formatDate(c.date, 'ar')}.`,
    unlisted: (c: Case) => `هذا الإعلان مغلق: لم نجده على ${c.boardAr ?? c.board} منذ ${formatDate(c.date, 'ar')}.`,
    marked: (c: Case) => `هذا الإعلان مغلق: يعرضه ${c.boardAr ?? c.board} مغلقًا (منذ ${formatDate(c.date, 'ar')} على الأقل).`,
    original: (c: Case) => `عرض الإعلان الأصلي عبر ${c.boardAr ?? c.board}`,
    apply: /^تقدّم /,
  },
} as const;

/** What a reader sees of a link: painted as a filled button, or as plain text in the link colour. */
const looksLikeButton = (page: Page, name: string | RegExp) =>
  page
    .getByRole('link', { name })
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)');

describe.each(['en', 'ar'] as const)('a closed posting (%s)', (locale) => {
  const at = (id: string) => `${site.url}${locale === 'ar' ? '/ar' : ''}/jobs/${id}`;
  const say = REASONS[locale];

  it.each(SIZES)(
    '%i × %i: says why it closed, with its date, and links the original without an Apply button',
    { timeout: 60_000 },
    async (width, height) => {
      const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
      for (const [kind, c] of [
        ['expired', expired],
        ['unlisted', unlisted],
        ['marked', marked],
      ] as const) {
        await page.goto(at(c.id));
        expect([kind, await page.locator('.banner.closed').innerText()]).toEqual([kind, say[kind](c)]);
        expect([kind, await page.getByRole('link', { name: say.apply }).count()]).toEqual([kind, 0]);
        const original = page.getByRole('link', { name: say.original(c) });
        expect([kind, await original.count()]).toEqual([kind, 1]);
        expect(await original.getAttribute('href')).toBe(c.url);
        expect([kind, await looksLikeButton(page, say.original(c))]).toEqual([kind, false]);
      }
      // An open posting keeps its Apply button.
      await page.goto(at(open.id));
      expect(await page.locator('.banner.closed').count()).toBe(0);
      expect(await looksLikeButton(page, say.apply)).toBe(true);
      await page.context().close();
    },
  );
});
