// Two findings of a tester's pass on phones, in real Chromium: the sources table scrolled sideways
// inside the page at 360 px (572 px of table in a 328 px box, "التشغيل التالي" cut mid-word), and on
// Arabic pages the middle dot "·" beside Arabic-Indic digits read as the zero "٠" ("الفلاتر · ٤").
import { describe, expect, it } from 'vitest';
import { newPage } from '../helpers/browser';
import { tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite();

describe('/sources on a 360 × 740 phone', () => {
  it.each(['', '/ar'])('fits the screen without scrolling sideways (%s)', { timeout: 60_000 }, async (prefix) => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${prefix}/sources`);
    expect(await page.locator('main table.sources').count()).toBe(1);
    expect(await tooWide(page)).toEqual([]);
    // Each value is shown under its column's name, the next run's whole.
    const labels = await page.$$eval('main table.sources td', (cells) => [
      ...new Set(cells.map((c) => getComputedStyle(c, '::before').content.replace(/^"|"$/g, ''))),
    ]);
    expect(labels).toContain(prefix ? 'التشغيل التالي' : 'Next run');
    await page.screenshot({ path: `test-results/screens/${prefix ? 'ar' : 'en'}-sources-cards-360x740.png`, fullPage: true });
    await page.context().close();
  });
});

const DOT_BY_ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]\s*\u00B7|\u00B7\s*[\u0660-\u0669\u06F0-\u06F9]/;

describe('Arabic pages and feeds', () => {
  it('put no middle dot beside an Arabic digit', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const view = '?workplace=remote,hybrid&days=30&pay_min=1000&pay_currency=USD&pay_period=month&open_to=EG&open_to_unknown=1';
    await page.goto(`${site.url}/ar/${view}`);
    await page.$eval('details.filters-panel', (d) => d.setAttribute('open', ''));
    const summary = await page.locator('.filters-panel > summary').innerText();
    expect(summary).toBe('الفلاتر — ٥ مفعّلة');
    const texts = [await page.title(), await page.locator('body').innerText()];
    await page.goto(`${site.url}/ar/`);
    texts.push(await page.locator('body').innerText());
    const jobHref = await page.locator('main article a[href*="/jobs/"]').first().getAttribute('href');
    await page.goto(`${site.url}${jobHref}`);
    texts.push(await page.title(), await page.locator('body').innerText());
    for (const feed of ['feed.xml', 'feed.atom', 'feed.json']) texts.push(await (await fetch(`${site.url}/ar/${feed}${view}`)).text());
    for (const text of texts) expect(text.match(DOT_BY_ARABIC_DIGIT)?.[0] ?? null).toBeNull();
    await page.context().close();
  });
});
