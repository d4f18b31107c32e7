// A card's lines of the posting's own text (title, company and place, search snippet) read in the
// posting's direction on either listing, in real Chromium on a phone and a desktop screen.
//
// Tester's report: on the English listing an Arabic posting's title sat at the right edge of its
// card and its company / place line at the left, the card torn between two sides; an English
// posting on the Arabic listing had the same fault the other way round. The line kept the page's
// direction while the title took the posting's.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite();

const SIZES = [
  [390, 844],
  [1280, 900],
] as const;

/** Listings holding cards in the other language than the page's: the first page (the demo's
 *  Mostaql and Wuzzuf cards sit among the English ones) and a search, whose cards show a snippet. */
const LISTINGS = {
  en: ['/', `/?q=${encodeURIComponent('تسويق')}`, '/skills/content'],
  ar: ['/ar', '/ar?q=marketing', '/ar/skills/content'],
} as const;

type Line = { card: string; line: string; lang: string; direction: string; startGap: number; endGap: number };

/**
 * Each line of the posting's text on the cards written in `lang`: its computed direction, and how
 * far its text stands from the card's left and right inner edges. A line at its start edge in
 * right-to-left text has no gap on the right.
 */
const postingLines = (page: Page, lang: string): Promise<Line[]> =>
  page.evaluate((lang) => {
    const out: Line[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('article.card')) {
      const title = card.querySelector('h2')!;
      if (title.getAttribute('lang') !== lang) continue;
      for (const el of [title, ...card.querySelectorAll<HTMLElement>('.meta, .snippet')]) {
        if (!el.textContent?.trim()) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const left = box.left + parseFloat(style.paddingLeft);
        const right = box.right - parseFloat(style.paddingRight);
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        const rtl = style.direction === 'rtl';
        out.push({
          card: title.textContent ?? '',
          line: el.className || el.tagName.toLowerCase(),
          lang,
          direction: style.direction,
          startGap: Math.round(rtl ? right - text.right : text.left - left),
          endGap: Math.round(rtl ? text.left - left : right - text.right),
        });
      }
    }
    return out;
  }, lang);

describe('a card in the other language than the listing’s', () => {
  for (const [width, height] of SIZES)
    it.each([
      ['en', 'ar', 'rtl'],
      ['ar', 'en', 'ltr'],
    ] as const)(
      `${width} px: on the %s listings, a card in %s reads %s in every line of its own text, each line starting at the title's edge`,
      { timeout: 60_000 },
      async (page, lang, direction) => {
        const tab = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
        const lines: Line[] = [];
        for (const path of LISTINGS[page]) {
          await tab.goto(`${site.url}${path}`);
          lines.push(...(await postingLines(tab, lang)));
        }
        await tab.context().close();
        // Cards of the other language with a company or place line and with a snippet were seen.
        expect(lines.filter((l) => l.line === 'meta').length).toBeGreaterThan(3);
        expect(lines.filter((l) => l.line === 'snippet').length).toBeGreaterThan(3);
        const wrong = lines.filter((l) => l.direction !== direction || l.startGap > 1);
        expect(wrong).toEqual([]);
      },
    );
});

describe('the page of a posting in the other language than the page’s', () => {
  it.each([
    ['/', 'ar', 'rtl'],
    ['/ar', 'en', 'ltr'],
  ] as const)(
    'from %s: a posting in %s has its title and company line both read %s',
    { timeout: 60_000 },
    async (listing, lang, direction) => {
      const tab = await newPage(site.browser, { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      await tab.goto(`${site.url}${listing}`);
      await tab.locator(`article.card h2[lang=${lang}] a`).first().click();
      await tab.waitForURL(/\/jobs\//);
      const sides = await tab.evaluate(() =>
        ['h1', '.posting .meta'].map((selector) => {
          const el = document.querySelector<HTMLElement>(selector)!;
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return {
            selector,
            direction: getComputedStyle(el).direction,
            left: Math.round(text.left - box.left),
            right: Math.round(box.right - text.right),
          };
        }),
      );
      await tab.context().close();
      for (const side of sides) {
        expect([side.selector, side.direction]).toEqual([side.selector, direction]);
        expect([side.selector, direction === 'rtl' ? side.right : side.left]).toEqual([side.selector, 0]);
      }
    },
  );
});
