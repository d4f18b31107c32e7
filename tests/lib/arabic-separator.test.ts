// Tester's report: in the bold Arabic font the middle dot "·" (U+00B7) beside Arabic-Indic digits
// reads as the Arabic zero "٠": "الفلاتر · ٤ مفعّلة" looked like "٠ ٤". Arabic text separates its
// parts with the Arabic comma (or a dash), never the middle dot.
import { describe, expect, it } from 'vitest';
import { digestSubject } from '../../lib/alerts/digest';
import { activeFilters, parseFilters } from '../../lib/filters';
import { dict, formatNumber } from '../../lib/i18n';
import { viewTitle } from '../../lib/view-title';

/** A middle dot with only spaces between it and an Arabic-Indic digit. */
const DOT_BY_ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]\s*\u00B7|\u00B7\s*[\u0660-\u0669\u06F0-\u06F9]/;

describe('Arabic separators', () => {
  it('the filter summary puts no middle dot beside its count', () => {
    const n = activeFilters(parseFilters(new URLSearchParams('workplace=remote,hybrid&engagement=freelance&days=7')));
    const text = dict('ar').filtersSummary(n, formatNumber(n, 'ar'));
    expect(text).toContain('٤');
    expect(text).not.toMatch(DOT_BY_ARABIC_DIGIT);
  });

  it('a feed title puts no middle dot beside a number', () => {
    const text = viewTitle(
      parseFilters(new URLSearchParams('pay_min=3000&pay_currency=EGP&pay_period=month&days=30&workplace=remote')),
      'ar',
    );
    expect(text).toBe('عن بعد، من ٣٬٠٠٠ ج.م شهريًا، آخر ٣٠ يومًا — رقمي');
    expect(text).not.toMatch(DOT_BY_ARABIC_DIGIT);
  });

  it('a digest subject puts no middle dot beside its count', () => {
    const text = digestSubject(5, 'days=7&workplace=remote', 'ar');
    expect(text).toBe('٥ وظائف جديدة، عن بعد، آخر ٧ أيام — رقمي');
  });

  it('English keeps its middle dot', () => {
    expect(dict('en').filtersSummary(2, '2')).toBe('Filters · 2 active');
    expect(digestSubject(5, 'workplace=remote&days=7', 'en')).toBe('5 new jobs · Remote · last 7 days — Raqmi');
  });
});
