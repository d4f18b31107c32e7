// Tester's report: with a job posted on Remotive and on We Work Remotely, /stats said 55 where the
// listing behind the figure showed 54: the work matrix and the weekly chart counted every copy of a
// job, while the listing shows one card per job (its group). Here, in Chromium, on the demo plus
// two jobs on both boards (tests/helpers/two-boards-demo.ts), every figure on /stats that links to
// a listing is the number of cards that listing shows, and the figures without a link (the total,
// the open remote jobs, the weekly chart's columns) are those of the listing they stand for.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser';
import { figureIn } from '../helpers/figures';
import { setUpSeededSite } from '../helpers/seeded-site';
import { demoWithJobsOnTwoBoards } from '../helpers/two-boards-demo';

const site = setUpSeededSite({ fixtures: demoWithJobsOnTwoBoards });

/** The cards a reader finds behind a listing address, on every page of it, and its heading's figure. */
async function cardsAt(page: Page, href: string): Promise<{ heading: number; cards: number }> {
  await page.goto(`${site.url}${href}`);
  const heading = figureIn(await page.locator('#results-title').innerText());
  let cards = await page.locator('article.card').count();
  const joiner = href.includes('?') ? '&' : '?';
  for (let at = 2; cards < heading && at < 10; at++) {
    await page.goto(`${site.url}${href}${joiner}page=${at}`);
    cards += await page.locator('article.card').count();
  }
  return { heading, cards };
}

type LinkedFigure = { label: string; figure: number; href: string };

/** Every figure of a /stats table that goes with a link: the row's first cell when the link names
 *  the row (workplace, engagement, skill), the link's own text when the link is the figure (the
 *  work matrix). */
async function linkedFigures(page: Page): Promise<LinkedFigure[]> {
  const rows = await page.$$eval('main table tbody tr', (trs) =>
    trs.flatMap((tr) => {
      const head = tr.querySelector('th');
      const named = head?.querySelector('a');
      if (named)
        return [{ label: head!.textContent!.trim(), text: tr.querySelector('td')!.textContent!, href: named.getAttribute('href')! }];
      return [...tr.querySelectorAll('td a')].map((a) => ({
        label: `${head?.textContent?.trim()} × ${a.closest('td')!.getAttribute('data-label')}`,
        text: a.textContent!,
        href: a.getAttribute('href')!,
      }));
    }),
  );
  return rows.map(({ text, ...r }) => ({ ...r, figure: figureIn(text) }));
}

/** A skill's page says how many open jobs ask for it and links to their listing: where a skill's figure leads. */
async function skillListing(page: Page, href: string): Promise<string> {
  await page.goto(`${site.url}${href}`);
  return page.locator('main a[href*="?skills="]').first().getAttribute('href') as Promise<string>;
}

/** The weekly chart's table (hidden for screen readers) added up per workplace column, in the columns' order. */
async function weeklyTotals(page: Page): Promise<number[]> {
  const rows = await page.$$eval('.sr-table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!)),
  );
  return rows.reduce((sums, row) => row.map((cell, i) => (sums[i] ?? 0) + figureIn(cell)), [] as number[]);
}

describe('/stats counts jobs as the listing does, a job on two boards once', () => {
  it.each(['', '/ar'])('every linked figure is the number of cards its listing shows (%s)', { timeout: 180_000 }, async (prefix) => {
    const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${prefix}/stats`);
    const figures = await linkedFigures(page);
    // 4 workplaces, 3 engagements, the 3 × 4 work matrix and the 11 skills.
    expect(figures).toHaveLength(30);
    const found = [];
    for (const f of figures) {
      const href = f.href.includes('/skills/') ? await skillListing(page, f.href) : f.href;
      const listed = await cardsAt(page, href);
      found.push({ label: f.label, heading: listed.heading, cards: listed.cards });
    }
    expect(found).toEqual(figures.map((f) => ({ label: f.label, heading: f.figure, cards: f.figure })));
    await page.context().close();
  });

  it.each(['', '/ar'])(
    'the total, the open remote jobs and the weekly chart count the jobs the listing shows (%s)',
    { timeout: 120_000 },
    async (prefix) => {
      const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      await page.goto(`${site.url}${prefix}/stats`);
      const total = figureIn(
        await page
          .locator('main p', { has: page.locator('strong') })
          .first()
          .innerText(),
      );
      const remote = figureIn(
        await page
          .locator('main p', { has: page.locator('strong') })
          .nth(1)
          .innerText(),
      );
      // Every demo job was first seen within the chart's twelve weeks, so each column holds them all.
      const weekly = await weeklyTotals(page);
      const at = (qs: string) => (prefix ? `${prefix}${qs}` : `/${qs}`);
      const listed = {
        total: (await cardsAt(page, at(''))).cards,
        remote: (await cardsAt(page, at('?workplace=remote'))).cards,
        weekly: [
          (await cardsAt(page, at('?workplace=remote'))).cards,
          (await cardsAt(page, at('?workplace=hybrid'))).cards,
          (await cardsAt(page, at('?workplace=onsite'))).cards,
          (await cardsAt(page, at('?workplace=unknown'))).cards,
        ],
      };
      expect({ total, remote, weekly }).toEqual(listed);
      await page.context().close();
    },
  );
});
