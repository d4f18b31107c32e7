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
