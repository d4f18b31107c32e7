// Bug: board salary strings gave nonsense pay. "1e309" showed "Salary: 1" with no currency, and
// "-5000 USD" showed "$5,000". A figure that cannot be a salary (not finite, negative, absurdly
// large) gives no pay at all: a wrong salary is worse than none.
import { describe, expect, it } from 'vitest';
import { decidePay, type PayInput } from '../../lib/pay';
import { derivePayPlace, payPlaceColumns } from '../../lib/postings/pay-place';

describe('decidePay on figures that cannot be a salary', () => {
  it.each([
    ['1e309'],
    ['1e6 USD'],
    ['$1.5e3'],
    ['-5000 USD'],
    ['$-5000'],
    ['USD -5,000 - -3,000'],
    ['−4000 EUR'],
    ['99999999999999999999 USD'],
    ['1'.padEnd(400, '0') + ' USD'],
  ])('gives no pay for the board’s salary text %j', (salary) => {
    expect(decidePay({ salary }).pay).toBeNull();
  });

  it.each([['Salary: -5000 USD a month'], ['Salary: 1e6 USD a year']])('gives no pay for the posting text %j', (text) => {
    expect(decidePay({ text }).pay).toBeNull();
  });

  it.each<[string, PayInput]>([
    ['an infinite minimum', { salaryMin: Infinity, salaryCurrency: 'USD' }],
    ['a NaN maximum', { salaryMax: NaN }],
    ['a negative minimum', { salaryMin: -5000, salaryMax: 6000, salaryCurrency: 'USD' }],
    ['an absurd maximum', { salaryMin: 50000, salaryMax: 1e15, salaryCurrency: 'USD', salaryPeriod: 'year' }],
  ])('gives no pay for board fields with %s', (_, fields) => {
    expect(decidePay(fields).pay).toBeNull();
  });

  it('still reads the salary the text states when the board’s fields are nonsense', () => {
    const pay = decidePay({ salaryMin: -1, text: 'Salary: $60,000 - $70,000 a year' }).pay;
    expect(pay).toEqual({ min: 60000, max: 70000, currency: 'USD', period: 'year' });
  });

  it('still reads ordinary salaries, ranges written with hyphens and currencies after the figure', () => {
    expect(decidePay({ salary: '$50k-$60k' }).pay).toMatchObject({ min: 50000, max: 60000, currency: 'USD' });
    expect(decidePay({ salary: '5000 EUR' }).pay).toMatchObject({ min: 5000, max: 5000, currency: 'EUR' });
    expect(decidePay({ salary: '5,000EUR' }).pay).toMatchObject({ min: 5000, currency: 'EUR' });
  });

  it('stores no pay columns for a posting whose salary text is "1e309"', () => {
    const columns = payPlaceColumns(derivePayPlace({ salary: '1e309', workplace: 'remote', source: 'remotive' }));
    expect(columns).toMatchObject({ payMin: null, payMax: null, payCurrency: null, payPeriod: null });
  });
});
