// Phones first, in real Chromium at 360 × 740, 390 × 844 and 1280 × 900, English and Arabic: the
// first job card starts inside the first screen on phones, nothing scrolls sideways, tap targets
// are at least 24 × 24 px, the folded filters open without JavaScript, and a screenshot of each
// is written to test-results/screens/ for review.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const SCREENS = 'test-results/screens';
const SIZES = [
  [360, 740],
  [390, 844],
  [1280, 900],
] as const;
const site = setUpSeededSite();
let jobId: string;

beforeAll(async () => {
  mkdirSync(SCREENS, { recursive: true });
  jobId = ((await (await fetch(`${site.url}/api/postings`)).json()) as { items: { id: string }[] }).items[0]!.id;
});

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Words of table cells that the layout broke across lines ("Sou/rce", "نا/ج/ح"): a table too
 *  narrow for its words must scroll, not cut them. */
const brokenWords = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
      if (cell.offsetParent === null || cell.closest('.sr-table')) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A line may end after a hyphen ("On-/site"), as in print: the parts are the words.
        for (const m of text.matchAll(/[^\s\-‐–]{2,}/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
    }
    return broken;
  });

const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const sel =
      '.site-header a, nav a, .tags a, .pagination a, .presets a, .actions a, summary, button, input[type=checkbox], input[type=radio]';
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });

describe.each(['en', 'ar'] as const)('the site on screens of every size (%s)', (locale) => {
  const at = (path: string) => `${site.url}${locale === 'ar' ? (path === '/' ? '/ar' : `/ar${path}`) : path}`;

  it.each(SIZES)(
    '%i × %i: first card on the first screen, no sideways scroll, big enough targets',
    { timeout: 60_000 },
    async (width, height) => {
      const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
      await page.goto(at('/'));
      const top = await page
        .locator('article.card')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      if (width < 768) expect(top).toBeLessThan(height);
      // The alert form comes after the jobs on a phone, beside them under the filters when wide.
      const alertBox = await page.locator('.alert-form').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const filtersBox = await page.locator('.sidebar').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      if (width < 768) expect(alertBox.top).toBeGreaterThan(top);
      else
        expect([Math.round(alertBox.left), Math.round(alertBox.top) >= Math.round(filtersBox.bottom)]).toEqual([
          Math.round(filtersBox.left),
          true,
        ]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      // A filter's count is one unit: "(23)" broke as "(2" / "3)" beside a label that wraps
      // ("Understanding the audience"), with the filters open on a phone as on a desktop.
      await page.$eval('details.filters-panel', (d) => d.setAttribute('open', ''));
      // The count is a flex item: broken, it is one box two lines high.
      const brokenCounts = await page.$$eval('.filters-panel .count', (els) =>
        els
          .filter((el) => el.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(el).lineHeight))
          .map((el) => el.textContent),
      );
      expect(brokenCounts).toEqual([]);
      await page.$eval('details.filters-panel', (d) => d.removeAttribute('open'));
      await page.screenshot({ path: `${SCREENS}/${locale}-listing-${width}x${height}.png` });
      for (const path of [`/jobs/${jobId}`, '/stats', '/sources', '/skills']) {
        await page.goto(at(path));
        expect([path, Math.max(0, await horizontalOverflow(page))]).toEqual([path, 0]);
        expect([path, await brokenWords(page)]).toEqual([path, []]);
      }
      await page.goto(at('/stats'));
      await page.screenshot({ path: `${SCREENS}/${locale}-stats-${width}x${height}.png`, fullPage: true });
      await page.context().close();
    },
  );

  // Tester's report: on a phone the search box was inside the folded filters, so a reader saw no
  // way to search until they opened "Filters".
  it('shows the search box on a phone with the filters folded, and a search keeps the filters', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(at('/?workplace=remote'));
    expect(await page.locator('details.filters-panel').getAttribute('open')).toBeNull();
    const box = page.getByRole('searchbox', { name: locale === 'en' ? 'Search jobs' : 'ابحث في الوظائف' });
    expect(await box.isVisible()).toBe(true);
    const at360 = await box.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(at360.bottom).toBeLessThanOrEqual(740);
    expect(at360.width).toBeGreaterThanOrEqual(200);
    expect(await page.getByRole('button', { name: locale === 'en' ? 'Search' : 'بحث', exact: true }).isVisible()).toBe(true);
    await box.fill('seo');
    await box.press('Enter');
    await page.waitForURL(/q=seo/);
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.getAll('workplace')]).toEqual(['seo', ['remote']]);
    expect(await page.locator('details.filters-panel').getAttribute('open')).toBeNull();
    await page.screenshot({ path: `${SCREENS}/${locale}-search-360x740.png` });
    await page.context().close();
  });

  // Tester's report: the search box's hint was cut ("e.g. SEO, \"content marke") and, in Arabic,
  // laid out left to right: an empty box with dir="auto" is left-to-right, so the « » swapped and
  // "SEO" sat at the wrong end. The hint fits, and reads in the page's direction until one types.
  it.each(SIZES)('%i × %i: the search hint fits its box and reads in the page direction', { timeout: 60_000 }, async (width, height) => {
    const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
    await page.goto(at('/'));
    const box = page.locator('input#q');
    const fit = await box.evaluate((el: HTMLInputElement) => {
      const style = getComputedStyle(el);
      const ctx2d = document.createElement('canvas').getContext('2d')!;
      ctx2d.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { hint: Math.ceil(ctx2d.measureText(el.placeholder).width), room: Math.floor(room), direction: style.direction };
    });
    expect(fit.hint).toBeLessThanOrEqual(fit.room);
    expect(fit.direction).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    // What one types still takes its own direction: Latin letters in the Arabic page run left to right.
    await box.fill('seo');
    expect(await box.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await page.context().close();
  });

  // Tester's report: a very long path on the not-found page broke a phone's layout. The page does
  // not echo the path (only its links' addresses carry it), and this pins that it stays so: the
  // page fits a 360 px screen whatever the path.
  it('fits a phone on the not-found page of a very long path', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    for (const path of [`/${'x'.repeat(600)}`, `/jobs/${'a'.repeat(600)}`, `/skills/${'%D8%A8'.repeat(300)}`]) {
      const res = await page.goto(at(path));
      expect(res?.status()).toBe(404);
      expect(await page.locator('main h1').innerText()).toBe(locale === 'en' ? 'This page does not exist.' : 'هذه الصفحة غير موجودة.');
      // Tester's report: a 404 carried the home page's title, so a tab or a bookmark of it read as
      // the job listing.
      expect(await page.title()).toBe(locale === 'en' ? 'Page not found · Raqmi' : 'الصفحة غير موجودة، رقمي');
      expect([path.slice(0, 12), Math.max(0, await horizontalOverflow(page))]).toEqual([path.slice(0, 12), 0]);
    }
    await page.context().close();
  });

  it('opens the folded filters on a phone without JavaScript and applies them', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(at('/'));
    const summary = page.locator('.filters-panel > summary');
    expect(await summary.innerText()).toBe(locale === 'en' ? 'Filters' : 'الفلاتر');
    expect(await page.locator('.filters-panel input[name=workplace]').first().isVisible()).toBe(false);
    await summary.click();
    await page.locator('.filters-panel input[name=workplace][value=remote]').check();
    await page.locator('.filters-panel input[name=engagement][value=freelance]').check();
    await page.locator('.filters-panel .actions button').click();
    await page.waitForURL(/workplace=remote/);
    expect(await page.locator('.filters-panel > summary').innerText()).toMatch(
      locale === 'en' ? /^Filters · 2 active$/ : /^الفلاتر — ٢ مفعّلة$/,
    );
    await page.screenshot({ path: `${SCREENS}/${locale}-filters-open-360x740.png` });
    await page.context().close();
  });
});
