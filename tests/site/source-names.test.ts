// Bug: Mostaql was named two ways on the Arabic posting page, "تقدّم عبر Mostaql" next to
// "عبر مستقل". A board with an Arabic name is called by it everywhere an Arabic page names it.
import * as cheerio from 'cheerio';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApplyLink } from '../../app/_components/apply-link';
import { FACETS } from '../../lib/facets';
import { SOURCE_IDS, SOURCE_META, sourceName } from '../../lib/sources';
import { viewLabels } from '../../lib/view-title';
import { parseFilters } from '../../lib/filters';

const render = (source: string, locale: 'en' | 'ar', isClosed = false) => {
  const $ = cheerio.load(renderToStaticMarkup(createElement(ApplyLink, { source, href: 'https://example.com/p', locale, isClosed })));
  return $('a')
    .toArray()
    .map((a) => $(a).text());
};

describe('source names on Arabic pages', () => {
  it.each([
    ['mostaql', 'مستقل', 'Mostaql'],
    ['wuzzuf', 'وظف', 'Wuzzuf'],
  ])('names %s as %s in the Arabic apply link, %s in English', (id, ar, en) => {
    expect(render(id, 'ar')).toEqual([`تقدّم عبر ${ar}`]);
    expect(render(id, 'ar', true)).toEqual([`عرض الإعلان الأصلي عبر ${ar}`]);
    expect(render(id, 'en')).toEqual([`Apply via ${en}`]);
  });

  it.each(SOURCE_IDS)('uses one name for %s in its Arabic attribution and everywhere else', (id) => {
    expect(SOURCE_META[id].attribution.textAr).toContain(sourceName(id, 'ar'));
    expect(SOURCE_META[id].attribution.text).toContain(sourceName(id, 'en'));
  });

  it('names the board in Arabic in the source filter and the view title', () => {
    expect(FACETS.source.label('mostaql', 'ar')).toBe('مستقل');
    expect(FACETS.source.label('mostaql', 'en')).toBe('Mostaql');
    expect(viewLabels(parseFilters(new URLSearchParams('source=mostaql')), 'ar')).toContain('مستقل');
  });

  it('keeps an id it does not know as stored', () => {
    expect(sourceName('gone-board', 'ar')).toBe('gone-board');
  });
});
