// Tester's report: a job posted on Remotive and on We Work Remotely has one card, Remotive's, which
// says "Also on We Work Remotely"; but filtering the listing by We Work Remotely did not find it,
// and the count beside We Work Remotely left it out, because the filter read the board of the
// card's posting only. And a card named a board whose copy of the job had closed, where the filter
// rightly finds it no more. Here, in Chromium, on the demo plus two jobs on both boards (one of
// them closed on We Work Remotely): filtering by either board finds a job that is open on it, once,
// its card names the other board, and the counts beside the boards are what their filters list.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type UiLocale } from '../../lib/i18n';
import { sourceName } from '../../lib/sources';
import { newPage } from '../helpers/browser';
import { figureIn } from '../helpers/figures';
import { setUpSeededSite } from '../helpers/seeded-site';
import { CLOSED_ON_COPY_BOARD, demoWithJobsOnTwoBoards, OPEN_ON_BOTH } from '../helpers/two-boards-demo';

const site = setUpSeededSite({ fixtures: demoWithJobsOnTwoBoards });

type Card = { title: string; company: string; foot: string };
type Listing = { total: number; cards: Card[]; sourceCounts: Record<string, number> };

/** What a reader sees on a listing page: the heading's figure, the cards, and the figure beside each board among the filters. */
async function readListing(page: Page, path: string): Promise<Listing> {
  await page.goto(`${site.url}${path}`);
  const total = figureIn(await page.locator('#results-title').innerText());
  const cards = await page.$$eval('article.card', (articles) =>
    articles.map((a) => ({
      title: a.querySelector('h2')!.textContent!.trim(),
      company: a.querySelector('h2 + *')?.textContent?.trim() ?? '',
      foot: a.querySelector('.foot')!.textContent!.trim(),
    })),
  );
  const counts = await page.$$eval('label.option > input[name=source]', (inputs) =>
    inputs.map((i) => [(i as HTMLInputElement).value, i.closest('label')!.querySelector('.count')!.textContent!] as const),
  );
  return { total, cards, sourceCounts: Object.fromEntries(counts.map(([v, text]) => [v, figureIn(text)])) };
}

const isJob = (job: { title: string; company: string }) => (c: Card) => c.title === job.title && c.company.includes(job.company);

describe('a job on two boards', () => {
  it.each(['en', 'ar'] as const)(
    'is found under either board it is open on, once, its card naming the other (%s)',
    { timeout: 60_000 },
    async (locale: UiLocale) => {
      const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      const at = (qs: string) => `${locale === 'ar' ? '/ar' : '/'}${qs}`;
      const wwr = sourceName('weworkremotely', locale);
      const remotive = sourceName('remotive', locale);

      const all = await readListing(page, at(''));
      expect(all.cards.filter(isJob(OPEN_ON_BOTH))).toHaveLength(1);

      // Filtered by the board of the copy: the job is there, and its card says it is on that board too.
      const onWwr = await readListing(page, at('?source=weworkremotely'));
      const found = onWwr.cards.filter(isJob(OPEN_ON_BOTH));
      expect(found).toHaveLength(1);
      expect(found[0]!.foot).toContain(wwr);
      expect(found[0]!.foot).toContain(remotive);
      // ...but not a job whose copy there has closed.
      expect(onWwr.cards.filter(isJob(CLOSED_ON_COPY_BOARD))).toEqual([]);
      expect(onWwr.cards).toHaveLength(onWwr.total);
      // The figure beside the board, on the unfiltered page and on its own, is what its filter lists.
      expect([all.sourceCounts.weworkremotely, onWwr.sourceCounts.weworkremotely]).toEqual([onWwr.total, onWwr.total]);

      // Filtered by the board of the card: both jobs; only the one still open on We Work Remotely names it.
      const onRemotive = await readListing(page, at('?source=remotive'));
      expect(onRemotive.cards.filter(isJob(OPEN_ON_BOTH)).map((c) => c.foot.includes(wwr))).toEqual([true]);
      expect(onRemotive.cards.filter(isJob(CLOSED_ON_COPY_BOARD)).map((c) => c.foot.includes(wwr))).toEqual([false]);
      expect(all.sourceCounts.remotive).toBe(onRemotive.total);

      // Both boards at once: one card for the job, and as many jobs as the two boards hold between them.
      const both = await readListing(page, at('?source=remotive&source=weworkremotely'));
      expect(both.cards.filter(isJob(OPEN_ON_BOTH))).toHaveLength(1);
      expect(both.total).toBe(onRemotive.total + onWwr.total - 1);
      await page.context().close();
    },
  );
});
