// Tester's report on /stats at 390 px: the weekly chart's and the work matrix's labels and figures
// were about 7 px high, unreadable, because each SVG drawing (640 and 610 units wide) was shrunk to
// the phone's width and its text with it. Here, in Chromium on a phone and a desktop in both
// languages, every text of the two charts is drawn at 12 CSS px or more (its font size times the
// scale of the drawing it is in), no two of them overlap, and nothing is cut or scrolls sideways.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dict, type UiLocale } from '../../lib/i18n';
import { newPage } from '../helpers/browser';
import { cutText, tooWide } from '../helpers/layout';
import { setUpSeededSite } from '../helpers/seeded-site';

const MIN_PX = 12;
const site = setUpSeededSite();

type Piece = { text: string; px: number; boxes: { left: number; top: number; right: number; bottom: number }[] };

/**
 * Every piece of text a reader sees in the figure that follows the heading `heading`: its rendered
 * size in CSS px (the computed font size times the scale the drawing or any transform applies) and
 * its boxes on screen. SVG titles and descriptions, and tables kept for screen readers, are not seen.
 */
const chartText = (page: Page, heading: string): Promise<Piece[] | null> =>
  page.evaluate((heading) => {
    const h2 = [...document.querySelectorAll('main h2')].find((h) => h.textContent!.trim() === heading);
    const figure = h2?.nextElementSibling;
    if (!figure || figure.tagName !== 'FIGURE') return null;
    const pieces: Piece[] = [];
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || el.closest('.sr-table, title, desc')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      let scale: number;
      if (el instanceof SVGGraphicsElement) {
        // The drawing's user units to CSS px, per axis: text is as small as its smaller scale.
        const m = el.getScreenCTM()!;
        scale = Math.min(Math.hypot(m.a, m.b), Math.hypot(m.c, m.d));
      } else {
        // An HTML box's layout height against its drawn height: 1 unless something scales it.
        scale = el.offsetHeight > 0 ? el.getBoundingClientRect().height / el.offsetHeight : 1;
      }
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      pieces.push({
        text: node.textContent!.trim(),
        px: Math.round(px * 10) / 10,
        // Vertically the em box around the line's middle: a range's box is the font's whole
        // ascent and descent, which for Noto Sans Arabic reaches into the lines above and below.
        boxes: rects.map((r) => ({ left: r.left, right: r.right, top: (r.top + r.bottom - px) / 2, bottom: (r.top + r.bottom + px) / 2 })),
      });
    }
    return pieces;
  }, heading);

/** Pairs of pieces whose boxes cross by more than half a pixel each way. */
function overlaps(pieces: Piece[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++)
      for (const a of pieces[i]!.boxes)
        for (const b of pieces[j]!.boxes)
          if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5)
            out.push(`"${pieces[i]!.text}" over "${pieces[j]!.text}"`);
  return [...new Set(out)];
}

describe('/stats chart text', () => {
  it.each([
    ['en', 390, 844],
    ['en', 1280, 800],
    ['ar', 390, 844],
    ['ar', 1280, 800],
  ] as const)(
    'draws every label and figure of the weekly chart and the work matrix at 12 px or more (%s, %i × %i)',
    { timeout: 60_000 },
    async (locale: UiLocale, width, height) => {
      const t = dict(locale);
      const page = await newPage(site.browser, { viewport: { width, height }, javaScriptEnabled: false });
      await page.goto(`${site.url}${locale === 'ar' ? '/ar' : ''}/stats`);
      await page.screenshot({ path: `test-results/screens/${locale}-stats-chart-text-${width}x${height}.png`, fullPage: true });
      const found: Record<string, { small: string[]; overlaps: string[] }> = {};
      for (const heading of [t.perWeek, t.matrixTitle]) {
        const pieces = await chartText(page, heading);
        expect(pieces, heading).not.toBeNull();
        // The charts still say what they show: each names every workplace.
        for (const name of Object.values(t.workplaces))
          expect(
            pieces!.map((p) => p.text),
            heading,
          ).toContain(name);
        found[heading] = { small: pieces!.filter((p) => p.px < MIN_PX).map((p) => `"${p.text}" ${p.px}px`), overlaps: overlaps(pieces!) };
      }
      expect(found).toEqual({ [t.perWeek]: { small: [], overlaps: [] }, [t.matrixTitle]: { small: [], overlaps: [] } });
      expect([...(await tooWide(page)), ...(await cutText(page))]).toEqual([]);
      await page.context().close();
    },
  );
});
