// The pay and place filters (lib/pay-place-filters.ts) as SQL, for the feeds; the pages and the
// API compute the same in memory (pay-place-index.ts), and tests/db/pay-place-filters.test.ts
// checks that both pick the same postings.
import { and, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { openToKeysFor, type PayPlaceFilters } from '../../lib/pay-place-filters';
import { PER_YEAR, perYear } from '../../lib/pay/period';
import { USD_PER } from '../../lib/pay/rates';
import { postingOpenTo, postings } from '../schema';

function openToCondition(code: string, includeUnknown: boolean): SQL {
  const keys = openToIds(code);
  return or(
    and(ne(postings.workplace, 'remote'), eq(postings.country, code)),
    and(eq(postings.workplace, 'remote'), inArray(postings.id, keys)),
    includeUnknown ? and(eq(postings.workplace, 'remote'), isNull(postings.openTo)) : undefined,
  )!;
}

// The indexed lookup: postings stored under `*`, a region holding the country, or the country.
function openToIds(code: string) {
  return sql`(SELECT ${postingOpenTo.postingId} FROM ${postingOpenTo} WHERE ${inArray(postingOpenTo.key, openToKeysFor(code))})`;
}

/** The stated maximum (or single figure) reaches the minimum: as stated in the same currency and
 *  period, through the rates table in the same period, else in US dollars a full-time year
 *  (lib/pay-place-filters.ts meetsPayMin). */
function payMinCondition(f: PayPlaceFilters): SQL | undefined {
  if (f.payMin === null || !f.payCurrency || !f.payPeriod) return undefined;
  const top = sql`coalesce(${postings.payMax}, ${postings.payMin})`;
  const usdPer = sql.join(
    Object.entries(USD_PER).map(([code, rate]) => sql`WHEN ${code} THEN ${rate}`),
    sql` `,
  );
  const perYearCase = sql.join(
    Object.entries(PER_YEAR).map(([period, n]) => sql`WHEN ${period} THEN ${n}`),
    sql` `,
  );
  const toYear = perYear(f.payPeriod);
  const sameTerms = and(eq(postings.payPeriod, f.payPeriod), eq(postings.payCurrency, f.payCurrency), sql`${top} >= ${f.payMin}`);
  // The same period in another currency needs no year (a project fee has none).
  const samePeriod = and(
    eq(postings.payPeriod, f.payPeriod),
    ne(postings.payCurrency, f.payCurrency),
    sql`${top} * (CASE ${postings.payCurrency} ${usdPer} END) >= ${f.payMin * USD_PER[f.payCurrency]!}`,
  );
  if (toYear === undefined) return or(sameTerms, samePeriod);
  const wanted = f.payMin * toYear * USD_PER[f.payCurrency]!;
  return or(
    sameTerms,
    samePeriod,
    and(
      ne(postings.payPeriod, f.payPeriod),
      sql`${top} * (CASE ${postings.payPeriod} ${perYearCase} END) * (CASE ${postings.payCurrency} ${usdPer} END) >= ${wanted}`,
    ),
  );
}

export function payPlaceCondition(f: PayPlaceFilters): SQL | undefined {
  return and(
    f.openTo ? openToCondition(f.openTo, f.openToUnknown) : undefined,
    f.pay ? or(isNotNull(postings.payMin), isNotNull(postings.payMax)) : undefined,
    payMinCondition(f),
  );
}
