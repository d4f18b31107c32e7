// Tester's report on /stats at 360 px: the weekly chart's legend split words ("Remo|te",
// "Hybri|d"); the "two ways of working" and "Skill demand" tables sat in 248 px frames whose
// captions were cut and whose columns were hidden until one scrolled sideways; and on /ar/stats,
// at every width, the longest skill labels of the skill chart were cut at its edge. Here, in
// Chromium on a phone and a desktop in both languages, nothing on the page is cut, torn mid-word
// or pushed sideways, and each legend item is on one line.
import { describe, expect, it } from 'vitest';
import { newPage } from '../helpers/browser';
import { cutText, tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite();

describe('/stats layout', () => {
  it.each([
    ['', 360, 740],
    ['', 1280, 900],
    ['/ar', 360, 740],
    ['/ar', 1280, 900],
  ])('cuts, tears and pushes sideways nothing (%s/stats at %i × %i)', { timeout: 60_000 }, async (prefix, width, height) => {
    const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
    await page.goto(`${site.url}${prefix}/stats`);
    await page.screenshot({ path: `test-results/screens/${prefix ? 'ar' : 'en'}-stats-layout-${width}x${height}.png`, fullPage: true });
    expect([...(await tooWide(page)), ...(await cutText(page))]).toEqual([]);
    // Each legend item's words on one line (its colour swatch left out).
    const legend = await page.$$eval('.legend li', (items) =>
      items.map((li) => {
        const tops: number[] = [];
        for (const node of li.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects())
            if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
        }
        return { text: li.textContent!.trim(), tops: tops.length };
      }),
    );
    expect(legend).toHaveLength(4);
    for (const item of legend) expect(item).toEqual({ text: item.text, tops: 1 });
    await page.context().close();
  });
});
