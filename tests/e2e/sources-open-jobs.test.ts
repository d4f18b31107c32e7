// Tester's report: /sources said Remotive 8, Arbeitnow 8, Wuzzuf 10 open jobs, but clicking the
// number opened a listing of 7, 7 and 8 jobs: the count took postings that are not digital
// marketing and copies of a job whose card is another board's. And two company boards of one
// source ("Ashby (lumen) 4", "Ashby (notion) 3") each linked their own number to the same
// /?source=ashby listing of 7. Then a reviewer's: We Work Remotely said 4 where its listing showed
// 5, the fifth a job also on Remotive, whose card is Remotive's: the listing finds a job under
// every board it is open on, the count took only the board of its card. Here, in Chromium, every
// number on /sources that is a link is the number of jobs its listing shows, a job on two boards
// counts under both, and a source's boards add up to that source's listing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser';
import { figureIn, firstFigureIn } from '../helpers/figures';
import { tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';
import { demoWithJobsOnTwoBoards } from '../helpers/two-boards-demo';

/** The demo's recordings with two Remotive jobs also on We Work Remotely, one of them expired
 *  there (tests/helpers/two-boards-demo.ts), plus a second Ashby board, "notion": the lumen jobs
 *  under another company, and one engineering job that is not digital marketing. */
function demoWithTwoAshbyBoards(into: string): string {
  const fixtures = demoWithJobsOnTwoBoards(into);
  const lumen = JSON.parse(readFileSync(join(fixtures, 'ashby/lumen.json'), 'utf8')) as { jobs: Record<string, unknown>[] };
  const jobs = lumen.jobs
    .slice(0, 3)
    .map((j) => JSON.parse(JSON.stringify(j).replaceAll('lumen', 'notion').replaceAll('a0000000-', 'b0000000-')));
  jobs.push({
    ...jobs[0],
    id: 'b0000000-0000-4000-8000-000000000099',
    title: 'Senior Backend Engineer (Go)',
    jobUrl: 'https://jobs.ashbyhq.com/notion/b0000000-0000-4000-8000-000000000099',
    applyUrl: 'https://jobs.ashbyhq.com/notion/b0000000-0000-4000-8000-000000000099/application',
    descriptionHtml:
      '<p>Build and run the services behind our editor.</p><h3>Responsibilities</h3><ul><li>Design APIs in Go and PostgreSQL.</li><li>Own on-call for the sync service.</li></ul><h3>Requirements</h3><ul><li>Five years of backend engineering.</li></ul>',
  });
  writeFileSync(join(fixtures, 'ashby/notion.json'), JSON.stringify({ apiVersion: '1', jobs }));
  const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as {
    atsBoards: string;
    entries: Record<string, unknown>[];
  };
  const entry = manifest.entries.find((e) => e.file === 'ashby/lumen.json')!;
  const url = (entry.url as string).replace('lumen', 'notion');
  manifest.entries.push({ ...entry, url, recordedFrom: url, file: 'ashby/notion.json' });
  manifest.atsBoards += ',ashby:notion';
  writeFileSync(join(fixtures, 'manifest.json'), JSON.stringify(manifest));
  return fixtures;
}

const site = setUpSeededSite({ fixtures: demoWithTwoAshbyBoards });

type Row = { name: string; shown: number; links: { href: string; text: string }[] };

/** Per row of the table: the source's name, the first figure of its "Open jobs" cell (the row's
 *  own jobs) and the links in that cell. */
async function readRows(page: Page): Promise<Row[]> {
  const rows = await page.$$eval('table.sources tbody tr', (trs) =>
    trs.map((tr) => {
      const cell = tr.querySelectorAll('td')[4]!;
      return {
        name: tr.querySelector('th')!.textContent!.trim(),
        text: cell.textContent!,
        links: [...cell.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent! })),
      };
    }),
  );
  return rows.map(({ text, ...r }) => ({ ...r, shown: firstFigureIn(text) }));
}

/** What a reader finds behind a link: the heading's count, and the cards on every page of it. */
async function listingCount(page: Page, href: string): Promise<{ heading: number; cards: number }> {
  await page.goto(`${site.url}${href}`);
  const heading = figureIn(await page.locator('#results-title').innerText());
  let cards = await page.locator('article.card').count();
  for (let at = 2; cards < heading && at < 10; at++) {
    await page.goto(`${site.url}${href}&page=${at}`);
    cards += await page.locator('article.card').count();
  }
  return { heading, cards };
}

describe('/sources open jobs', () => {
  it.each([
    ['', 360],
    ['', 1280],
    ['/ar', 360],
    ['/ar', 1280],
  ])('every linked number is the number of jobs its listing shows (%s, %i px)', { timeout: 120_000 }, async (prefix, width) => {
    const page = await newPage(site.browser, { viewport: { width, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${prefix}/sources`);
    const rows = await readRows(page);
    expect(rows.length).toBe(12);
    // The longer cell of a board that shares its source still fits a phone.
    expect(await tooWide(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screens/${prefix ? 'ar' : 'en'}-sources-boards-${width}.png`, fullPage: true });
    const checked: string[] = [];
    for (const row of rows) {
      expect(row.links.length, row.name).toBeGreaterThan(0);
      for (const link of row.links) {
        const found = await listingCount(page, link.href);
        expect({ row: row.name, link: link.text, shows: found.heading, cards: found.cards }).toEqual({
          row: row.name,
          link: link.text,
          shows: figureIn(link.text),
          cards: figureIn(link.text),
        });
        checked.push(link.href);
      }
    }
    // A source's listing holds its boards' jobs: the boards' own figures add up to it.
    const bySource = new Map<string, number>();
    for (const row of rows) {
      const href = row.links.at(-1)!.href;
      bySource.set(href, (bySource.get(href) ?? 0) + row.shown);
    }
    for (const [href, sum] of bySource) expect([href, sum]).toEqual([href, (await listingCount(page, href)).heading]);
    expect(new Set(checked).size).toBe(11);
    await page.context().close();
  });

  it('counts a job on two boards under both', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/sources`);
    const shown = Object.fromEntries((await readRows(page)).map((r) => [r.name, r.shown]));
    // The demo's four open marketing jobs of We Work Remotely and the one also on Remotive (the
    // other copied job expired there); Remotive's seven include both copied jobs.
    expect([shown['We Work Remotely'], shown.Remotive]).toEqual([5, 7]);
    await page.context().close();
  });

  it('shows each Ashby board its own jobs, and both the jobs of every Ashby board behind one link', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.url}/sources`);
    const ashby = (await readRows(page)).filter((r) => r.name.startsWith('Ashby'));
    expect(ashby.map((r) => [r.name, r.shown])).toEqual([
      ['Ashby (lumen)', 4],
      ['Ashby (notion)', 3],
    ]);
    for (const row of ashby) expect(row.links.map((l) => [l.href, figureIn(l.text)])).toEqual([['/?source=ashby', 7]]);
    await page.context().close();
  });
});
