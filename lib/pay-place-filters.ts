// The pay and place filters of the listing (URL parameters like the others, for pages, feeds and
// the API): `open_to=EG` (+ `open_to_unknown=1`), `pay=1`, `pay_min=3000&pay_currency=EGP&pay_period=month`.
// Malformed values are ignored, never fatal.
import { PAY_PERIODS, perYear, type Pay, type PayPeriod } from './pay';
import { USD_PER } from './pay/rates';
import { applyMultiplier, parseNumber } from './pay/numbers';
import { ARAB_LEAGUE, REGION_COUNTRIES, regionsContaining, type OpenTo } from './place';
import { displayCountry } from './place/display';
import { isCountryCode } from './place/countries';
import type { Workplace } from './taxonomy';

export type PayPlaceFilters = {
  openTo: string | null;
  openToUnknown: boolean;
  pay: boolean;
  payMin: number | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
};

export const EMPTY_PAY_PLACE: PayPlaceFilters = {
  openTo: null,
  openToUnknown: false,
  pay: false,
  payMin: null,
  payCurrency: null,
  payPeriod: null,
};

type Get = (key: string) => string | undefined;

// A hand-made address may say yes as `true`, `yes` or `on` (what a checkbox sends without a value);
// each is written back as `1`, so the redirect to the canonical address keeps the filter.
const YES = new Set(['1', 'true', 'yes', 'on']);
const isYes = (value: string | undefined) => YES.has(value?.trim().toLowerCase() ?? '');

// A figure and, after it, at most one thousands word ("3k", "2,5 k", "٣ آلاف").
const WITH_THOUSANDS = /^(.*?[\d\u0660-\u0669\u06F0-\u06F9])\s*(k|tsd|ألف|الف|آلاف|الاف)$/i;
function typedPay(text: string): number {
  const m = WITH_THOUSANDS.exec(text);
  const value = parseNumber(m ? m[1]! : text);
  return value === null ? NaN : applyMultiplier(value, m?.[2]);
}

export function parsePayPlaceFilters(get: Get): PayPlaceFilters {
  const code = get('open_to')?.trim().toUpperCase() ?? '';
  // "٣٠٠٠" from an Arabic keyboard, "3,000" with a separator, "3k" or "٣ آلاف" with a thousands
  // word: the figure as salaries are written.
  const min = typedPay(get('pay_min')?.trim() ?? '');
  const currency = get('pay_currency')?.trim().toUpperCase() ?? '';
  const period = get('pay_period')?.trim().toLowerCase() ?? '';
  const validMin =
    Number.isFinite(min) && min > 0 && min < 1e9 && USD_PER[currency] !== undefined && (PAY_PERIODS as readonly string[]).includes(period);
  return {
    openTo: /^[A-Z]{2}$/.test(code) && isCountryCode(code) ? code : null,
    openToUnknown: isYes(get('open_to_unknown')),
    pay: isYes(get('pay')),
    payMin: validMin ? min : null,
    payCurrency: validMin ? currency : null,
    payPeriod: validMin ? (period as PayPeriod) : null,
  };
}

/** Query-string parts in canonical order, defaults left out. */
export function serialisePayPlaceFilters(f: PayPlaceFilters): string[] {
  const parts: string[] = [];
  if (f.openTo) parts.push(`open_to=${f.openTo}`);
  if (f.openTo && f.openToUnknown) parts.push('open_to_unknown=1');
  if (f.pay) parts.push('pay=1');
  if (f.payMin !== null) parts.push(`pay_min=${f.payMin}`, `pay_currency=${f.payCurrency}`, `pay_period=${f.payPeriod}`);
  return parts;
}

export type PayPlaceFacts = { workplace: Workplace; country: string | null; openTo: OpenTo | null; pay: Pay | null };

/** Keys under which a job open to someone in `code` is stored: `*`, the regions holding it, the code. */
export function openToKeysFor(code: string): string[] {
  return ['*', ...regionsContaining(code), code];
}

/** May a person in `code` take this job? On-site and hybrid jobs: located there. Remote: open to it. */
export function isOpenTo(facts: PayPlaceFacts, code: string, includeUnknown: boolean): boolean {
  if (facts.workplace !== 'remote') return facts.country === code;
  const o = facts.openTo;
  if (!o) return includeUnknown;
  return o.worldwide || o.countries.includes(code) || o.regions.some((r) => REGION_COUNTRIES[r].has(code));
}

/** Does the stated maximum (or single figure) reach `pay_min`? Same currency and period are
 *  compared as stated; the same period in another currency through the rates table (a project fee
 *  too); otherwise both are taken to US dollars a full-time year (rates table, PER_YEAR), so
 *  "3,000 EGP a month" finds "$60k a year". `converted` when a conversion was needed. */
export function meetsPayMin(pay: Pay | null, f: PayPlaceFilters): { ok: boolean; converted: boolean } {
  if (f.payMin === null) return { ok: true, converted: false };
  const top = pay?.max ?? pay?.min ?? null;
  if (!pay || top === null || !pay.period || !pay.currency) return { ok: false, converted: false };
  if (pay.period === f.payPeriod && pay.currency === f.payCurrency) return { ok: top >= f.payMin, converted: false };
  // The same arithmetic as the feeds' SQL (db/queries/pay-place-sql.ts), so both agree at the edge.
  const from = USD_PER[pay.currency];
  const to = USD_PER[f.payCurrency!]!;
  if (from === undefined) return { ok: false, converted: false };
  // The same period needs no year: a project fee (which has none) compares across currencies.
  if (pay.period === f.payPeriod) {
    const ok = top * from >= f.payMin * to;
    return { ok, converted: ok };
  }
  const fromYear = perYear(pay.period);
  const toYear = perYear(f.payPeriod!);
  if (fromYear === undefined || toYear === undefined) return { ok: false, converted: false };
  const ok = top * fromYear * from >= f.payMin * toYear * to;
  return { ok, converted: ok };
}

export function matchesPayPlace(facts: PayPlaceFacts, f: PayPlaceFilters): boolean {
  if (f.openTo && !isOpenTo(facts, f.openTo, f.openToUnknown)) return false;
  if (f.pay && !facts.pay) return false;
  return meetsPayMin(facts.pay, f).ok;
}

export type CountryGroups = { arab: [string, number][]; other: [string, number][] };

/**
 * The country picker's options: every Arab League country, jobs or not (a reader in Morocco must
 * find Morocco), then the other countries with jobs, and the chosen country whatever it is; each
 * group in the alphabetical order of the names the page shows. `counts` may lack a country: 0.
 */
export function groupCountries(counts: Record<string, number>, locale: 'en' | 'ar', chosen: string | null = null): CountryGroups {
  const collator = new Intl.Collator(locale);
  const byName = (codes: Iterable<string>): [string, number][] =>
    [...codes]
      .map((c): [string, string] => [c, displayCountry(c, locale)])
      .sort(([, a], [, b]) => collator.compare(a, b))
      .map(([c]) => [c, counts[c] ?? 0]);
  const others = Object.entries(counts)
    .filter(([c, n]) => n > 0 && !ARAB_LEAGUE.has(c))
    .map(([c]) => c);
  if (chosen && !ARAB_LEAGUE.has(chosen) && !others.includes(chosen)) others.push(chosen);
  return { arab: byName(ARAB_LEAGUE), other: byName(others) };
}
