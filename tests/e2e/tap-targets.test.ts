// Every link, button and form control a reader can tap is at least 24 × 24 px (WCAG 2.2 SC 2.5.8),
// measured in real Chromium at 360 × 740 and 1280 × 900, English and Arabic, on every kind of
// page: the listing (filters open, a second page, an empty result), an open posting with copies on
// other boards, a closed posting, the skills, a skill, the stats, the sources, a missing page and
// the alert pages. Regression: on a phone the stats matrix numbers were 10 × 19 px links, the
// /ar/sources counts 9 × 34, and card titles, feed links and "Back to jobs" 19–20 px high.
//
// Exempt, as WCAG allows ("inline": the target is in a sentence or its size is set by the
// line-height of the text around it): links inside the board's own description (its text as the
// board wrote it), and a link in a paragraph whose other text holds a sentence — three words or
// more and a full stop, question or exclamation mark (the "Clear all" after "Try removing a
// filter, …, or searching for a shorter word."). A line of links with a label ("Subscribe to this
// view: RSS · Atom") or a list item is not a sentence: those are measured.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmedSubscription } from '../helpers/subscriptions';
import type { Db } from '../../db/client';
import { closeUnseenPostings } from '../../db/queries/sweep';
import { upsertPosting } from '../../db/queries/upsert';
import { signToken } from '../../lib/alerts/tokens';
import { preparePosting } from '../../lib/postings/pipeline';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const SECRET = 'tap-targets-secret-tap-targets-secret-0123';
const NOW = Date.now();
const DAY = 86_400_000;
const SIZES = [
  [360, 740],
  [1280, 900],
] as const;

/** The pages that answer an error, with the site's page all the same. */
const STATUS: Record<string, number> = { '/no-such-page': 404, '/alerts/confirm?token=bad': 400 };
let paths: string[];
const site = setUpSeededSite({ now: NOW, seed: addPages, envs: [{ RAQMI_SECRET: SECRET }] });

/** A posting with a copy, a closed posting and a subscription, for every kind of page, in `paths`. */
function addPages(db: Db): void {
  const one = <T>(query: string) => db.$client.prepare(query).get() as T;
  // The same job on a second board, so a posting page lists its copies.
  const job = one<{ public_id: string; title: string; company: string; location: string | null; description_html: string }>(
    "SELECT public_id, title, company, location, description_html FROM postings WHERE source = 'remotive' AND digital_marketing = 1 AND closed_at IS NULL ORDER BY id LIMIT 1",
  );
  const copy = preparePosting(
    {
      externalId: 'tap-copy-1',
      url: 'https://jobicy.com/jobs/tap-copy-1',
      title: job.title,
      company: job.company,
      location: job.location ?? undefined,
      descriptionHtml: job.description_html,
      postedAt: new Date(NOW - DAY),
      hints: { remote: true },
    },
    { source: 'jobicy', sourceKey: 'jobicy' },
  );
  db.transaction(() => upsertPosting(db, copy, NOW));
  const closed = one<{ public_id: string }>(
    "SELECT public_id FROM postings WHERE source = 'wuzzuf' AND digital_marketing = 1 AND closed_at IS NULL ORDER BY id LIMIT 1",
  );
  db.$client.prepare('UPDATE postings SET last_seen_at = ? WHERE public_id = ?').run(NOW - 20 * DAY, closed.public_id);
  closeUnseenPostings(db, NOW, 14 * DAY);
  const subscription = confirmedSubscription(db, { at: NOW });
  paths = [
    '/',
    '/?page=2',
    '/?q=zzqqxxnothing',
    `/jobs/${job.public_id}`,
    `/jobs/${closed.public_id}`,
    '/skills',
    '/skills/content',
    '/stats',
    '/sources',
    '/no-such-page',
    '/alerts/sent',
    '/alerts/confirm?token=bad',
    `/alerts/manage?token=${signToken(SECRET, 'manage', subscription, NOW)}`,
    `/alerts/unsubscribe?token=${signToken(SECRET, 'unsubscribe', subscription, NOW)}`,
  ];
}

/** Visible targets smaller than 24 × 24 px, less the exempt ones (the header comment says which). */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const TARGETS = 'a[href], button, summary, input:not([type=hidden]), select, textarea';
    const docWidth = document.documentElement.scrollWidth;
    const isBlock = (el: Element) => !getComputedStyle(el).display.startsWith('inline');
    /** Whether the link sits in a paragraph whose text outside any target holds a sentence. */
    const inSentence = (el: Element) => {
      let block = el.parentElement;
      while (block && !isBlock(block)) block = block.parentElement;
      if (block?.tagName !== 'P') return false;
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll(TARGETS).forEach((t) => t.remove());
      const text = copy.textContent ?? '';
      return (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 && /[.!?؟]/.test(text);
    };
    return (
      [...document.querySelectorAll<HTMLElement>(TARGETS)]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        // The skip link waits off screen until it has the focus.
        .filter(({ box }) => box.right + window.scrollX > 0 && box.left + window.scrollX < docWidth)
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .filter(({ el }) => !el.closest('.description') && !(el.tagName === 'A' && inSentence(el)))
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    );
  });

describe.each(['en', 'ar'] as const)('tap targets (%s)', (locale) => {
  const at = (path: string) =>
    `${site.url}${locale === 'ar' ? (path === '/' ? '/ar' : path.startsWith('/?') ? `/ar${path.slice(1)}` : `/ar${path}`) : path}`;

  it.each(SIZES)('%i × %i: every link, button and control is at least 24 × 24 px', { timeout: 120_000 }, async (width, height) => {
    const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
    const found: string[][] = [];
    for (const path of paths) {
      const res = await page.goto(at(path));
      expect([path, res?.status()]).toEqual([path, STATUS[path] ?? 200]);
      // Folded filters open, as a reader opens them on a phone.
      await page.$$eval('details', (all) => all.forEach((d) => d.setAttribute('open', '')));
      const small = await smallTargets(page);
      if (small.length) found.push([path, ...small]);
    }
    // As text, so a failure lists every target, page by page, untruncated.
    expect(found.map((lines) => lines.join('\n  ')).join('\n')).toBe('');
    // What the page set up is there to be measured.
    await page.goto(at(paths[3]!));
    expect(await page.locator('.copies li').count()).toBe(2);
    await page.context().close();
  });
});
