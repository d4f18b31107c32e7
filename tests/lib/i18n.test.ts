import { describe, expect, it } from 'vitest';
import { dict, formatNumber } from '../../lib/i18n';

const count = (locale: 'en' | 'ar', n: number) => dict(locale).results(n, formatNumber(n, locale));

describe('counts in both languages (Intl.PluralRules)', () => {
  it('says "1 open job", never "1 open jobs"', () => {
    expect(count('en', 1)).toBe('1 open job');
    expect(count('en', 0)).toBe('0 open jobs');
    expect(count('en', 2)).toBe('2 open jobs');
  });

  it.each([
    [0, '٠ وظائف متاحة'],
    [1, 'وظيفة واحدة متاحة'],
    [2, 'وظيفتان متاحتان'],
    [3, '٣ وظائف متاحة'],
    [11, '١١ وظيفة متاحة'],
    [100, '١٠٠ وظيفة متاحة'],
  ])('uses the Arabic form for %i: %s', (n, text) => {
    expect(count('ar', n)).toBe(text);
  });

  it('has every UI string in Arabic that it has in English', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(dict('ar')).sort()).toEqual(keys(dict('en')).sort());
  });
});

// Tester's report: counted phrases built by hand read "آخر ١ أيام", "3 مرات" in Western digits,
// "كنسبة من ٣ وظيفة". Each Arabic count takes its noun form from Intl.PluralRules('ar'):
// one and two have their own words, 3–10 the plural, 11–99 the accusative singular, 100 the singular.
describe('every counted phrase agrees with its number', () => {
  const reposted = (locale: 'en' | 'ar', n: number) => dict(locale).groupHistory('x', n).split(/, |، /)[1];
  it.each([
    [1, 'reposted once', 'وأعيد نشرها مرة واحدة'],
    [2, 'reposted twice', 'وأعيد نشرها مرتين'],
    [3, 'reposted 3 times', 'وأعيد نشرها ٣ مرات'],
    [11, 'reposted 11 times', 'وأعيد نشرها ١١ مرة'],
    [103, 'reposted 103 times', 'وأعيد نشرها ١٠٣ مرات'],
  ])('a job reposted %i times', (n, en, ar) => {
    expect(reposted('en', n)).toBe(en);
    expect(reposted('ar', n)).toBe(ar);
  });

  const shareOf = (locale: 'en' | 'ar', n: number) =>
    dict(locale)
      .skillDemandDesc(n, formatNumber(n, locale))
      .match(/(?:share of|كنسبة من) (.+)\.$/)?.[1];
  it.each([
    [1, '1 open job', 'وظيفة واحدة متاحة'],
    [2, '2 open jobs', 'وظيفتين متاحتين'],
    [3, '3 open jobs', '٣ وظائف متاحة'],
    [11, '11 open jobs', '١١ وظيفة متاحة'],
  ])('the skills chart’s share of %i jobs', (n, en, ar) => {
    expect(shareOf('en', n)).toBe(en);
    expect(shareOf('ar', n)).toBe(ar);
  });

  const detailPages = (locale: 'en' | 'ar', n: number) => dict(locale).detailsFailed(n, formatNumber(n, locale), 'HTTP 404');
  it.each([
    [1, '1 detail page failed: HTTP 404', 'فشلت صفحة تفاصيل واحدة: HTTP 404'],
    [2, '2 detail pages failed: HTTP 404', 'فشلت صفحتا تفاصيل: HTTP 404'],
    [4, '4 detail pages failed: HTTP 404', 'فشلت ٤ صفحات تفاصيل: HTTP 404'],
    [25, '25 detail pages failed: HTTP 404', 'فشلت ٢٥ صفحة تفاصيل: HTTP 404'],
  ])('%i failed detail pages on /sources', (n, en, ar) => {
    expect(detailPages('en', n)).toBe(en);
    expect(detailPages('ar', n)).toBe(ar);
  });
});
