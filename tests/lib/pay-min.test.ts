// The minimum pay as people type it into the box: with a thousands suffix ("3k", "2,5k",
// "٣ آلاف"), as salaries are written on the boards, and not only as a bare figure.
import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../lib/filters';

const payMin = (value: string) => parseFilters(new URLSearchParams({ pay_min: value, pay_currency: 'EGP', pay_period: 'month' })).payMin;

describe('the minimum pay a reader types', () => {
  it.each([
    ['3000', 3000],
    ['3k', 3000],
    ['3K', 3000],
    ['2,5k', 2500],
    ['2.5 k', 2500],
    ['٣ آلاف', 3000],
    ['3 ألف', 3000],
  ])('reads %s as %d', (typed, value) => {
    expect(payMin(typed)).toBe(value);
  });

  it.each(['k', '3x', '0', '-5', '3kk'])('ignores %s, which names no pay', (typed) => {
    expect(payMin(typed)).toBeNull();
  });
});
