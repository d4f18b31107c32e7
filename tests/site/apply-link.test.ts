// The apply link on a posting page and in its list of copies names the board once, in the words
// of the board's attribution, and is itself the followed link back to the posting on that board.
//
// Tester's report: the posting page said "Apply on Mostaql via Mostaql" (in Arabic "تقدّم عبر مستقل
// عبر مستقل"): the button named the board, and the attribution beside it named it again.
import * as cheerio from 'cheerio';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApplyLink } from '../../app/_components/apply-link';
import { SOURCE_IDS, SOURCE_META, sourceName } from '../../lib/sources';

const HREF = 'https://board.example/jobs/1';

const render = (source: string, locale: 'en' | 'ar', isClosed: boolean) => {
  const $ = cheerio.load(`<p>${renderToStaticMarkup(createElement(ApplyLink, { source, href: HREF, locale, isClosed }))}</p>`);
  return {
    text: $('p').text().replace(/\s+/g, ' ').trim(),
    links: $('a')
      .toArray()
      .map((a) => ({ text: $(a).text(), href: $(a).attr('href'), rel: $(a).attr('rel') ?? '' })),
  };
};

const times = (text: string, word: string) => text.split(word).length - 1;

describe('the apply link', () => {
  it.each([
    ['en', false],
    ['en', true],
    ['ar', false],
    ['ar', true],
  ] as const)('names each board once, with its attribution, in one followed link to the posting (%s, closed: %s)', (locale, isClosed) => {
    for (const id of SOURCE_IDS) {
      const { text, links } = render(id, locale, isClosed);
      const attribution = locale === 'ar' ? SOURCE_META[id].attribution.textAr : SOURCE_META[id].attribution.text;
      expect([id, text, times(text, sourceName(id, locale))]).toEqual([id, text, 1]);
      expect([id, text.includes(attribution)]).toEqual([id, true]);
      expect([id, links]).toEqual([id, [{ text, href: HREF, rel: 'noopener' }]]);
    }
  });

  it.each([
    ['mostaql', 'en', false, 'Apply via Mostaql'],
    ['mostaql', 'ar', false, 'تقدّم عبر مستقل'],
    ['mostaql', 'en', true, 'View the original posting via Mostaql'],
    ['mostaql', 'ar', true, 'عرض الإعلان الأصلي عبر مستقل'],
    ['greenhouse', 'en', false, 'Apply via the company’s Greenhouse board'],
    ['wuzzuf', 'ar', false, 'تقدّم عبر وظف'],
  ] as const)('reads %s in %s (closed: %s) as “%s”', (id, locale, isClosed, says) => {
    expect(render(id, locale, isClosed).text).toBe(says);
  });

  it('names a board it no longer knows as stored, once', () => {
    expect(render('gone-board', 'en', false).text).toBe('Apply on gone-board');
    expect(render('gone-board', 'ar', true).text).toBe('عرض الإعلان الأصلي على gone-board');
  });
});
