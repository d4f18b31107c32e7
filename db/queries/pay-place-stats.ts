// Pay and place figures for the stats page: who may take the open remote jobs, and the pay each
// period and currency shows where enough postings state it.
import { OPEN_TO_REACHES, reachOf, type OpenTo, type OpenToReach } from '../../lib/place';
import type { PayPeriod } from '../../lib/pay';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../client';
import { postings } from '../schema';
import { LISTED } from './facet-sql';
/** Fewer postings than this in a period and currency give no range: a median of three says little. */
export const MIN_PAY_SAMPLE = 5;

/** `byReach`: the listed remote jobs per row of lib/place/reach.ts; the rows add up to `remote`. */
export type OpenToStats = { remote: number; byReach: Record<OpenToReach, number> };
export type PayRange = { currency: string; period: PayPeriod; count: number; low: number; median: number; high: number };

export function readOpenToStats(db: Db): OpenToStats {
  const rows = db
    .select({ openTo: postings.openTo })
    .from(postings)
    .where(and(LISTED, eq(postings.workplace, 'remote')))
    .all();
  const byReach = Object.fromEntries(OPEN_TO_REACHES.map((r) => [r, 0])) as Record<OpenToReach, number>;
  for (const { openTo } of rows) byReach[reachOf(openTo ? (JSON.parse(openTo) as OpenTo) : null)]++;
  return { remote: rows.length, byReach };
}

const median = (sorted: number[]) =>
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;

/** Per currency and period with at least MIN_PAY_SAMPLE postings: lowest, median and highest stated figure (midpoint of a range). */
export function readPayRanges(db: Db): PayRange[] {
  const rows = db
    .select({ currency: postings.payCurrency, period: postings.payPeriod, min: postings.payMin, max: postings.payMax })
    .from(postings)
    .where(and(LISTED, isNotNull(postings.payCurrency), isNotNull(postings.payPeriod)))
    .all();
  const groups = new Map<string, number[]>();
  for (const { currency, period, min, max } of rows) {
    const mid = min !== null && max !== null ? (min + max) / 2 : (min ?? max);
    if (mid === null) continue;
    const key = `${currency}|${period}`;
    groups.set(key, [...(groups.get(key) ?? []), mid]);
  }
  return [...groups.entries()]
    .filter(([, v]) => v.length >= MIN_PAY_SAMPLE)
    .map(([key, v]) => {
      const [currency, period] = key.split('|') as [string, PayPeriod];
      const sorted = v.sort((a, b) => a - b);
      return { currency, period, count: sorted.length, low: sorted[0]!, median: median(sorted), high: sorted.at(-1)! };
    })
    .sort((a, b) => b.count - a.count);
}
