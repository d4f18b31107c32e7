// Tester's report: the listing's "Can I take it from… / Country" picker offered only the 11
// countries already in the data, mostly Western, so a reader in Morocco, Kuwait or Qatar could
// not pick their country, though /?open_to=MA works. Here, in Chromium on a phone and a desktop in
// both languages, the picker offers every Arab League country (and the data's countries), named
// in the page's language and in alphabetical order, each with the number of jobs that choosing it
// then lists; and the open filters still fit a 360 px phone.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser';
import { tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';

/** The 22 members of the Arab League, written out here rather than taken from the site. */
const ARAB = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');
const NAMES = {
  en: { MA: 'Morocco', KW: 'Kuwait', QA: 'Qatar', EG: 'Egypt', US: 'United States' },
  ar: { MA: 'المغرب', KW: 'الكويت', QA: 'قطر', EG: 'مصر', US: 'الولايات المتحدة' },
} as const;

const site = setUpSeededSite();

const western = (text: string) => text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));

type Offered = { group: string; value: string; name: string; count: number };

/** The picker's options as a reader sees them: "Morocco (3)" under its group's label. */
async function offered(page: Page): Promise<Offered[]> {
  const options = await page.$$eval('select#open_to option', (els) =>
    (els as HTMLOptionElement[]).map((o) => ({
      group: o.parentElement?.getAttribute('label') ?? '',
      value: o.value,
      text: o.textContent!,
    })),
  );
  return options
    .filter((o) => o.value)
    .map((o) => {
      const m = /^(.*) \(([\d\u0660-\u0669٬,]+)\)$/.exec(o.text);
      expect(m, o.text).not.toBeNull();
      return { group: o.group, value: o.value, name: m![1]!, count: Number(western(m![2]!).replace(/\D/g, '')) };
    });
}

/** The heading's count of a listing: Arabic writes one and two jobs in words. */
const listed = (heading: string) =>
  /^وظيفة واحدة/.test(heading) ? 1 : /^وظيفتان/.test(heading) ? 2 : Number(western(heading).match(/\d+/)?.[0] ?? NaN);

describe.each(['en', 'ar'] as const)('the country picker (%s)', (locale) => {
  const path = locale === 'ar' ? '/ar' : '/';

  it.each([
    [360, 740],
    [1280, 900],
  ])('offers every Arab country, named in the page’s language, at %i × %i', { timeout: 60_000 }, async (width, height) => {
    const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
    await page.goto(`${site.url}${path}`);
    await page.$eval('details.filters-panel', (d) => d.setAttribute('open', ''));
    const options = await offered(page);
    const values = options.map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining([...ARAB, 'US', 'DE']));
    expect(new Set(values).size).toBe(values.length);
    // Arab countries first, then the others; each group in the alphabetical order of its names.
    const firstOther = options.findIndex((o) => !ARAB.includes(o.value));
    expect(options.slice(0, firstOther).map((o) => o.value)).toEqual(expect.arrayContaining(ARAB));
    expect(firstOther).toBe(ARAB.length);
    const collator = new Intl.Collator(locale);
    for (const part of [options.slice(0, firstOther), options.slice(firstOther)]) {
      const names = part.map((o) => o.name);
      expect(names).toEqual([...names].sort(collator.compare));
    }
    expect(new Set(options.slice(0, firstOther).map((o) => o.group)).size).toBe(1);
    expect(options[0]!.group).not.toBe(options.at(-1)!.group);
    for (const [code, name] of Object.entries(NAMES[locale])) expect(options.find((o) => o.value === code)?.name).toBe(name);
    // The open form still fits the phone, the picker within the screen.
    expect(await tooWide(page)).toEqual([]);
    const box = (await page.locator('select#open_to').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `test-results/screens/${locale}-country-picker-${width}x${height}.png`, fullPage: true });
    await page.context().close();
  });

  it('lists, for a country picked, as many jobs as the picker said', { timeout: 60_000 }, async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.goto(`${site.url}${path}`);
    const options = await offered(page);
    for (const code of ['MA', 'KW', 'QA', 'EG', 'US']) {
      const shown = options.find((o) => o.value === code);
      expect(shown, `${code} offered`).toBeDefined();
      await page.goto(`${site.url}${path}`);
      await page.$eval('details.filters-panel', (d) => d.setAttribute('open', ''));
      await page.selectOption('select#open_to', code);
      await page.locator('details.filters-panel .actions button[type=submit]').click();
      await page.waitForURL(new RegExp(`open_to=${code}`));
      const heading = await page.locator('#results-title').innerText();
      expect([code, listed(heading)]).toEqual([code, shown!.count]);
      // The picker keeps the chosen country.
      expect(await page.$eval('select#open_to', (s) => (s as HTMLSelectElement).value)).toBe(code);
    }
    await page.context().close();
  });
});
