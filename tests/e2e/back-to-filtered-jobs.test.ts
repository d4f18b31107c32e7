// From a filtered listing to a posting and back, in real Chromium with scripts off as the site
// serves them, at phone and desktop size in both languages: "Back to jobs" returns to the view the
// reader came from (its filters, search and page), not to every job. Regression: the link always
// went to "/", so a phone reader who filtered for remote freelance work lost the filter with every
// posting opened. A query on the posting page that is not a listing's is dropped, not echoed.
import { describe, expect, it } from 'vitest';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite();
const BACK = { en: 'Back to jobs', ar: 'العودة إلى الوظائف' } as const;
const SIZES = [
  [390, 844],
  [1280, 900],
] as const;

describe.each(['en', 'ar'] as const)('back from a posting (%s)', (locale) => {
  const prefix = locale === 'ar' ? '/ar' : '';

  it.each(SIZES)('%i × %i: returns to the filtered view the posting was opened from', { timeout: 60_000 }, async (width, height) => {
    const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
    const view = `${locale === 'ar' ? '/ar' : '/'}?workplace=remote&sort=first_seen`;
    await page.goto(`${site.url}${view}`);
    await page.locator('article.card h2 a').first().click();
    await page.waitForURL(/\/jobs\//);
    await page.getByRole('link', { name: new RegExp(BACK[locale]) }).click();
    await page.waitForURL((u) => !u.pathname.includes('/jobs/'));
    const back = new URL(page.url());
    expect([back.pathname, back.searchParams.get('workplace'), back.searchParams.get('sort')]).toEqual([
      locale === 'ar' ? '/ar' : '/',
      'remote',
      'first_seen',
    ]);
    await page.context().close();
  });

  it('keeps the search and the page number, and drops what is not a filter', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${prefix}/`);
    const href = await page.locator('article.card h2 a').first().getAttribute('href');
    // Straight from the unfiltered listing: the posting's own address, with no query at all.
    expect(href).toMatch(/^[^?]+$/);
    await page.goto(`${site.url}${href}?q=marketing&page=2&evil=%22%3E%3Cscript%3E&next=https://example.com/`);
    const backHref = await page.getByRole('link', { name: new RegExp(BACK[locale]) }).getAttribute('href');
    expect(backHref).toBe(`${locale === 'ar' ? '/ar' : '/'}?q=marketing&page=2`);
    await page.context().close();
  });

  // A newcomer's report: on a filtered view, a card's skill chip went to that skill alone,
  // dropping "remote", the country and the search the reader had chosen.
  it('a skill chip on a card adds its skill to the view, keeping the filters and search', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${locale === 'ar' ? '/ar' : '/'}?workplace=remote&q=marketing`);
    const chip = page.locator('article.card ul.tags a').first();
    const href = new URL((await chip.getAttribute('href'))!, site.url);
    await chip.click();
    await page.waitForURL((u) => u.searchParams.has('skills'));
    const landed = new URL(page.url());
    expect([landed.searchParams.get('workplace'), landed.searchParams.get('q'), landed.searchParams.get('skills')]).toEqual([
      'remote',
      'marketing',
      href.searchParams.get('skills'),
    ]);
    await page.context().close();
  });
});
