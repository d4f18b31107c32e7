// open_to, pay and pay_min as a user writes them in the URL, and what each one lets through.
import { describe, expect, it } from 'vitest';
import {
  isOpenTo,
  matchesPayPlace,
  meetsPayMin,
  groupCountries,
  parsePayPlaceFilters,
  serialisePayPlaceFilters,
  type PayPlaceFacts,
} from '../../lib/pay-place-filters';
import { RATES_DATE } from '../../lib/pay/rates';

const parse = (qs: string) => {
  const p = new URLSearchParams(qs);
  return parsePayPlaceFilters((k) => p.get(k) ?? undefined);
};
const remote = (openTo: PayPlaceFacts['openTo']): PayPlaceFacts => ({ workplace: 'remote', country: null, openTo, pay: null });

describe('parsePayPlaceFilters', () => {
  it('reads the parameters and serialises them canonically', () => {
    const f = parse('pay_period=MONTH&pay_currency=egp&pay_min=3000&open_to=eg&open_to_unknown=1&pay=1');
    expect(serialisePayPlaceFilters(f).join('&')).toBe('open_to=EG&open_to_unknown=1&pay=1&pay_min=3000&pay_currency=EGP&pay_period=month');
  });
  // A minimum typed on an Arabic keyboard, or with a thousands separator, is the same figure.
  it.each([
    ['pay_min=%D9%A3%D9%A0%D9%A0%D9%A0&pay_currency=EGP&pay_period=month', 3000],
    ['pay_min=%D9%A3%D9%AC%D9%A5%D9%A0%D9%A0&pay_currency=EGP&pay_period=month', 3500],
    ['pay_min=3%2C000&pay_currency=EGP&pay_period=month', 3000],
  ])('reads the minimum in %s as %d', (qs, min) => expect(parse(qs).payMin).toBe(min));
  it.each([
    'open_to=XX',
    'open_to=Egypt',
    'open_to=<script>',
    'pay_min=abc&pay_currency=EGP&pay_period=month',
    'pay_min=3000&pay_currency=ZZZ&pay_period=month',
    'pay_min=3000&pay_currency=EGP&pay_period=fortnight',
    'pay_min=-5&pay_currency=EGP&pay_period=month',
    'pay=0',
    'pay=no',
    'pay=false',
    'pay=maybe',
    'open_to_unknown=1',
  ])('ignores %s', (qs) => expect(serialisePayPlaceFilters(parse(qs))).toEqual([]));
  // Regression: a hand-made address with `pay=true` or `open_to_unknown=TRUE` was redirected to
  // the canonical one without that filter (/?pay=true → /), as only `1` was read.
  it.each(['1', 'true', 'TRUE', 'yes', 'Yes', 'on', ' on '])(
    'reads %j as yes for pay and open_to_unknown, written canonically as 1',
    (v) => {
      const f = parse(`open_to=EG&open_to_unknown=${encodeURIComponent(v)}&pay=${encodeURIComponent(v)}`);
      expect(serialisePayPlaceFilters(f).join('&')).toBe('open_to=EG&open_to_unknown=1&pay=1');
    },
  );
});

describe('open_to=EG', () => {
  it('takes on-site and hybrid jobs located in Egypt, not elsewhere', () => {
    expect(isOpenTo({ workplace: 'onsite', country: 'EG', openTo: null, pay: null }, 'EG', false)).toBe(true);
    expect(isOpenTo({ workplace: 'hybrid', country: 'SA', openTo: null, pay: null }, 'EG', false)).toBe(false);
  });
  it('takes remote jobs open worldwide, to a region holding Egypt, or to Egypt by name', () => {
    expect(isOpenTo(remote({ worldwide: true, regions: [], countries: [] }), 'EG', false)).toBe(true);
    expect(isOpenTo(remote({ worldwide: false, regions: ['MENA'], countries: [] }), 'EG', false)).toBe(true);
    expect(isOpenTo(remote({ worldwide: false, regions: ['EMEA'], countries: [] }), 'EG', false)).toBe(true);
    expect(isOpenTo(remote({ worldwide: false, regions: [], countries: ['AE', 'EG'] }), 'EG', false)).toBe(true);
    expect(isOpenTo(remote({ worldwide: false, regions: ['GCC', 'Europe'], countries: ['US'] }), 'EG', false)).toBe(false);
  });
  it('takes remote jobs that do not say who may apply only with open_to_unknown=1', () => {
    expect(isOpenTo(remote(null), 'EG', false)).toBe(false);
    expect(isOpenTo(remote(null), 'EG', true)).toBe(true);
  });
});

describe('pay filters', () => {
  const job = (pay: PayPlaceFacts['pay']): PayPlaceFacts => ({ workplace: 'onsite', country: 'EG', openTo: null, pay });
  it('pay=1 keeps only jobs that state pay', () => {
    expect(matchesPayPlace(job(null), parse('pay=1'))).toBe(false);
    expect(matchesPayPlace(job({ min: 1, max: 2, currency: 'EGP', period: 'month' }), parse('pay=1'))).toBe(true);
  });
  it('compares the stated maximum, or the single figure, as stated or over a full-time year', () => {
    const f = parse('pay_min=3000&pay_currency=EGP&pay_period=month');
    expect(meetsPayMin({ min: 2000, max: 3500, currency: 'EGP', period: 'month' }, f)).toEqual({ ok: true, converted: false });
    expect(meetsPayMin({ min: 2000, max: 2500, currency: 'EGP', period: 'month' }, f).ok).toBe(false);
    expect(meetsPayMin({ min: 3000, max: 3000, currency: 'EGP', period: 'month' }, f).ok).toBe(true);
    expect(meetsPayMin({ min: 3000, max: null, currency: 'EGP', period: 'month' }, f).ok).toBe(true);
    // Another period over a full-time year: 60,000 a year is 5,000 a month, 30,000 is 2,500.
    expect(meetsPayMin({ min: 50000, max: 60000, currency: 'EGP', period: 'year' }, f)).toEqual({ ok: true, converted: true });
    expect(meetsPayMin({ min: 30000, max: 30000, currency: 'EGP', period: 'year' }, f).ok).toBe(false);
    // A project fee has no period to compare with a month.
    expect(meetsPayMin({ min: 90000, max: 90000, currency: 'EGP', period: 'project' }, f).ok).toBe(false);
    expect(meetsPayMin({ min: 5000, max: 5000, currency: null, period: 'month' }, f).ok).toBe(false);
  });
  it(`converts other currencies only through the rates table of ${RATES_DATE}, and says so`, () => {
    const f = parse('pay_min=3000&pay_currency=EGP&pay_period=month');
    expect(meetsPayMin({ min: 500, max: 500, currency: 'USD', period: 'month' }, f)).toEqual({ ok: true, converted: true });
    expect(meetsPayMin({ min: 50, max: 50, currency: 'USD', period: 'month' }, f).ok).toBe(false);
    expect(meetsPayMin({ min: 500, max: 500, currency: 'XYZ', period: 'month' }, f).ok).toBe(false);
  });
  it('compares project fees across currencies too: a project has no year, but the same period needs none', () => {
    // An Arab freelancer filtering in EGP never saw Mostaql's $100–250 projects.
    const f = parse('pay_min=1000&pay_currency=EGP&pay_period=project');
    expect(meetsPayMin({ min: 100, max: 250, currency: 'USD', period: 'project' }, f)).toEqual({ ok: true, converted: true });
    expect(meetsPayMin({ min: 5, max: 10, currency: 'USD', period: 'project' }, f).ok).toBe(false);
    // A project fee and a monthly wage still do not compare.
    expect(meetsPayMin({ min: 100, max: 250, currency: 'USD', period: 'month' }, f).ok).toBe(false);
  });
});

describe('groupCountries', () => {
  const counts = { US: 40, EG: 5, DE: 12, SA: 7, FR: 0 };

  it('offers every Arab League country, jobs or not, then the other countries with jobs, by name', () => {
    const en = groupCountries(counts, 'en');
    expect(en.arab).toHaveLength(22);
    expect(en.arab.slice(0, 3)).toEqual([
      ['DZ', 0],
      ['BH', 0],
      ['KM', 0],
    ]);
    expect(en.arab).toContainEqual(['MA', 0]);
    expect(en.arab).toContainEqual(['EG', 5]);
    expect(en.other).toEqual([
      ['DE', 12],
      ['US', 40],
    ]);
  });

  it('orders by the names the page shows, in Arabic by the Arabic names', () => {
    const ar = groupCountries(counts, 'ar');
    expect(ar.arab.slice(0, 3).map(([c]) => c)).toEqual(['JO', 'AE', 'BH']);
    expect(ar.other.map(([c]) => c)).toEqual(['DE', 'US']);
  });

  it('keeps a chosen country that no job names, so the picker shows the view', () => {
    expect(groupCountries(counts, 'en', 'JP').other.map(([c]) => c)).toEqual(['DE', 'JP', 'US']);
    expect(groupCountries(counts, 'en', 'MA').other.map(([c]) => c)).toEqual(['DE', 'US']);
  });
});
