// Layout checks run in the page (real Chromium): what a reader would see cut, pushed off the
// screen or scrolling sideways.
import type { Page } from 'playwright-core';

/** Elements of the page wider than the screen or reaching past it, and boxes that scroll sideways. */
export const tooWide = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('main, main *')) {
      const r = el.getBoundingClientRect();
      // A table kept for screen readers sits in a clipped 1 px box on purpose.
      if (r.width === 0 || el.closest('.sr-table')) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 20)}"`;
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`${name} at ${Math.round(r.left)}–${Math.round(r.right)}px`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`${name} scrolls ${el.scrollWidth}px`);
    }
    return out;
  });

/**
 * Text a reader would see cut or torn, in `main`: a word split over two lines ("Remo|te"), an
 * element whose content is wider than its box, an SVG label reaching past its drawing. Boxes
 * hidden on purpose for screen readers (.sr-table) are left out.
 */
export const cutText = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className}` : ''}`;
    const hidden = (el: Element) => Boolean(el.closest('.sr-table')) || el.getClientRects().length === 0;
    /** The lines a range of text is laid out on (rects of one line share their top, give or take half a line). */
    const lines = (range: Range) => {
      const tops: number[] = [];
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
      }
      return tops.length;
    };
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (hidden(parent) || parent.closest('svg')) continue;
      // A line may break after a hyphen ("digital-|marketing"), as in print: not a torn word.
      for (const m of node.textContent!.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        if (lines(range) > 1) out.push(`word "${m[0]}" split over lines in ${name(parent)}`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (hidden(el) || el.closest('svg') || getComputedStyle(el).display.startsWith('inline')) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)} "${(el.textContent ?? '').trim().slice(0, 30)}" holds ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    for (const text of document.querySelectorAll<SVGTextElement>('main svg text')) {
      const box = text.getBoundingClientRect();
      const frame = text.ownerSVGElement!.getBoundingClientRect();
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
        out.push(
          `svg text "${text.textContent}" at ${Math.round(box.left)}–${Math.round(box.right)}px, its drawing ${Math.round(frame.left)}–${Math.round(frame.right)}px`,
        );
    }
    return out;
  });
