import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, MAX_PAGE, activeFilters, parseFilters, serialiseFilters, toggle, type Filters } from '../../lib/filters';
import { dict, formatNumber } from '../../lib/i18n';
import { toFtsQuery } from '../../lib/search';

const parse = (qs: string) => parseFilters(new URLSearchParams(qs));

describe('parseFilters / serialiseFilters', () => {
  it.each([
    'workplace=remote',
    'workplace=hybrid,onsite&engagement=employee',
    'skills=channels,content&source=remotive,mostaql&lang=ar&days=7&q=seo%20manager&page=3',
    'q=%D8%AA%D8%B3%D9%88%D9%8A%D9%82',
    'workplace=remote&sort=first_seen&page=2',
  ])('round-trips %s', (qs) => {
    const once = parse(qs);
    expect(parse(serialiseFilters(once))).toEqual(once);
  });

  it('reads comma lists and repeated parameters alike, in canonical order', () => {
    const a = parse('workplace=onsite&workplace=hybrid,remote');
    expect(a.workplace).toEqual(['remote', 'hybrid', 'onsite']);
    expect(serialiseFilters(a)).toBe('workplace=remote,hybrid,onsite');
    expect(parse('skills[]=content&skills[]=analytics').skills).toEqual(['analytics', 'content']);
  });

  it('ignores unknown values and bad numbers instead of failing', () => {
    const f = parse('workplace=moon&skills=__proto__,content&days=3&page=-1&source=constructor&lang=xx');
    expect(f).toEqual({ ...EMPTY_FILTERS, skills: ['content'] });
    expect(parse('page=1e9').page).toBe(MAX_PAGE);
    expect(parse('page=abc').page).toBe(1);
    expect(parse('sort=moon').sort).toBe('posted');
    expect(serialiseFilters(parse('sort=posted&workplace=remote'))).toBe('workplace=remote');
  });

  // Regression: /?sort=FIRST_SEEN was redirected to / and lost its order, while workplace=Remote
  // and the other parameters were read in any case.
  it.each(['first_seen', 'FIRST_SEEN', 'First_Seen', ' first_seen '])('reads sort=%j as the first-seen order, written canonically', (v) => {
    const f = parse(`sort=${encodeURIComponent(v)}&workplace=Remote`);
    expect(f.sort).toBe('first_seen');
    expect(serialiseFilters(f)).toBe('workplace=remote&sort=first_seen');
  });

  it('cleans the search text: NUL and controls dropped, length capped', () => {
    expect(parse('q=%00seo%0A%0Dmanager').q).toBe('seo manager');
    expect(parse(`q=${'a'.repeat(1000)}`).q).toHaveLength(200);
    // Cut at 200 characters on a space: the cut text is trimmed too, so the canonical address it
    // redirects to reads the same again (one redirect, not two).
    const cut = parse(`q=${'a'.repeat(199)}%20abc`);
    expect(cut.q).toBe('a'.repeat(199));
    expect(parse(serialiseFilters(cut)).q).toBe(cut.q);
    // Direction overrides and isolates mean nothing to a search and would reorder the text around it.
    expect(parse('q=%E2%80%AEseo%E2%80%8F%20%D8%AA%D8%B3%D9%88%D9%8A%D9%82%E2%81%A6').q).toBe('seo تسويق');
  });

  it('never cuts a character in half: an emoji at the limit goes whole, and the view still has a link', () => {
    const f = parse(`q=${'a'.repeat(199)}${encodeURIComponent('😀')}`);
    expect(f.q).toBe('a'.repeat(199));
    expect(serialiseFilters(f)).toBe(`q=${'a'.repeat(199)}`);
    expect(parse(`q=${'a'.repeat(198)}${encodeURIComponent('😀')}`).q).toBe(`${'a'.repeat(198)}😀`);
  });

  it('toggles an option back to page 1', () => {
    const f: Filters = { ...EMPTY_FILTERS, workplace: ['remote'], page: 4 };
    expect(serialiseFilters(toggle(f, 'workplace', 'hybrid'))).toBe('workplace=remote,hybrid');
    expect(serialiseFilters(toggle(f, 'workplace', 'remote'))).toBe('');
  });
});

describe('toFtsQuery', () => {
  it.each(['"x', 'AND', 'c++', 'Marketing-Manager', '%', 'NEAR(a b)', '*', "o'neil", 'a OR b NOT c'])('quotes every term of %s', (q) => {
    const fts = toFtsQuery(q);
    // Words are always searched; a query of symbols alone searches nothing rather than erroring.
    expect(fts === null).toBe(!/[\p{L}\p{N}]/u.test(q));
    if (fts) expect(fts).toMatch(/^("[^"]*(?:""[^"]*)*"\*?)( "[^"]*(?:""[^"]*)*"\*?)*$/);
  });
  it('normalises Arabic the way the index does', () => {
    expect(toFtsQuery('التَّسويق الإلكترونيّ')).toBe(toFtsQuery('تسويق الكتروني'));
  });
});

// Tester's report: "/?pay_min=2500&pay_currency=EGP&pay_period=month" showed "Filters · 3 active":
// one pay minimum is three parameters but one filter, and so is "open to Egypt, or not stated".
describe('the filter summary', () => {
  const summary = (qs: string, locale: 'en' | 'ar') => {
    const n = activeFilters(parse(qs));
    return dict(locale).filtersSummary(n, formatNumber(n, locale));
  };

  it.each([
    ['pay_min=2500&pay_currency=EGP&pay_period=month', 'Filters · 1 active', 1],
    ['pay_min=2500&pay_currency=EGP&pay_period=month&open_to=EG', 'Filters · 2 active', 2],
    ['open_to=EG&open_to_unknown=1', 'Filters · 1 active', 1],
    ['open_to=EG&open_to_unknown=1&pay=1&workplace=remote,hybrid', 'Filters · 4 active', 4],
  ])('counts one pay minimum and one place as one filter each (%s)', (qs, en, n) => {
    expect(summary(qs, 'en')).toBe(en);
    expect(summary(qs, 'ar')).toContain(formatNumber(n, 'ar'));
  });
});
