// Reviewer's report on the listing's filter form, in real Chromium without JavaScript (the site
// runs none), English and Arabic: what a reader sees in the form and the address they land on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { seededServers, type RunningServer, type SeededServers } from '../helpers/server';

let server: RunningServer;
let browser: Browser;
let started: SeededServers;

beforeAll(async () => {
  started = await seededServers({});
  server = started.servers[0]!;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await started?.stop();
});

const HOME = { en: '/', ar: '/ar' } as const;
const at = (locale: 'en' | 'ar', query = '') => `${server.url}${HOME[locale]}${query}`;

/** A desktop page, where the filters stand open beside the results. */
async function open(url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(url);
  return page;
}

describe.each(['en', 'ar'] as const)('the filter form (%s)', (locale) => {
  // Names written out here, not taken from the site: ISO codes on an Arabic page ("USD", "SAR")
  // were the bug.
  const NAMES = {
    en: { EGP: 'Egyptian Pound', SAR: 'Saudi Riyal', USD: 'US Dollar', EUR: 'Euro', GBP: 'British Pound' },
    ar: { EGP: 'جنيه مصري', SAR: 'ريال سعودي', USD: 'دولار أمريكي', EUR: 'يورو', GBP: 'جنيه إسترليني' },
  }[locale];

  it('names the pay filter’s currencies in the page’s language, their ISO codes kept as values', { timeout: 60_000 }, async () => {
    const page = await open(at(locale));
    const options = await page
      .locator('select[name=pay_currency] option')
      .evaluateAll((els) => (els as HTMLOptionElement[]).map((o) => ({ value: o.value, label: o.textContent ?? '' })));
    expect(options.map((o) => o.value)).toEqual(['EGP', 'SAR', 'AED', 'KWD', 'QAR', 'JOD', 'USD', 'EUR', 'GBP']);
    for (const [code, name] of Object.entries(NAMES)) expect([code, options.find((o) => o.value === code)?.label]).toEqual([code, name]);
    for (const o of options) expect(o.label).not.toMatch(/^[A-Z]{3}$/);
    if (locale === 'ar') for (const o of options) expect(o.label).toMatch(/^[\u0600-\u06FF\s]+$/);
    await page.context().close();
  });

  it('names a currency from the address that is not in the short list too', { timeout: 60_000 }, async () => {
    const page = await open(at(locale, '?pay_min=5000&pay_currency=CHF&pay_period=month'));
    const chosen = page.locator('select[name=pay_currency] option:checked');
    expect([await chosen.getAttribute('value'), await chosen.innerText()]).toEqual([
      'CHF',
      locale === 'en' ? 'Swiss Franc' : 'فرنك سويسري',
    ]);
    await page.context().close();
  });
});
