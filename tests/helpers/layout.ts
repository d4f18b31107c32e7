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
      if (r.width === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 20)}"`;
      if (r.left < -0.5 || r.right > width + 0.5) out.push(`${name} at ${Math.round(r.left)}–${Math.round(r.right)}px`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`${name} scrolls ${el.scrollWidth}px`);
    }
    return out;
  });
