// Pay and place of the listed postings, in memory beside the facet index (same positions, same
// data version): what `open_to`, `pay` and `pay_min` test for pages and the API, and what the
// country picker counts.
import type { Pay, PayPeriod } from '../../lib/pay';
import { isOpenTo, matchesPayPlace, type PayPlaceFacts, type PayPlaceFilters } from '../../lib/pay-place-filters';
import { REGION_COUNTRIES, type OpenTo } from '../../lib/place';
import type { Workplace } from '../../lib/taxonomy';
import type { Db } from '../client';
import { postings } from '../schema';
import type { FacetIndex } from './facet-index';
import { LISTED } from './facet-sql';

export type PayPlaceIndex = { version: string; facts: PayPlaceFacts[]; countries: string[] };

function load(db: Db, index: FacetIndex): PayPlaceIndex {
  const rows = db
    .select({
      id: postings.id,
      workplace: postings.workplace,
      country: postings.country,
      openTo: postings.openTo,
      min: postings.payMin,
      max: postings.payMax,
      currency: postings.payCurrency,
      period: postings.payPeriod,
    })
    .from(postings)
    .where(LISTED)
    .all();
  const facts: PayPlaceFacts[] = Array.from({ length: index.size }, () => ({
    workplace: 'unknown' as Workplace,
    country: null,
    openTo: null,
    pay: null,
  }));
  const countries = new Set<string>();
  for (const r of rows) {
    const at = index.positionOf(r.id);
    if (at < 0) continue;
    const openTo = r.openTo ? (JSON.parse(r.openTo) as OpenTo) : null;
    const pay: Pay | null =
      r.min !== null || r.max !== null ? { min: r.min, max: r.max, currency: r.currency, period: r.period as PayPeriod | null } : null;
    facts[at] = { workplace: r.workplace, country: r.country, openTo, pay };
    if (r.country) countries.add(r.country);
    for (const c of openTo?.countries ?? []) countries.add(c);
  }
  return { version: index.version, facts, countries: [...countries].sort() };
}

const loaded = new WeakMap<object, PayPlaceIndex>();

export function payPlaceIndex(db: Db, index: FacetIndex): PayPlaceIndex {
  let p = loaded.get(db.$client);
  if (!p || p.version !== index.version || p.facts.length !== index.size) {
    p = load(db, index);
    loaded.set(db.$client, p);
  }
  return p;
}

/** Positions a view's pay and place filters (and its search) allow, or null when none applies. */
export function allowedPositions(p: PayPlaceIndex, f: PayPlaceFilters, search: Uint8Array | null): Uint8Array | null {
  if (!f.openTo && !f.pay && f.payMin === null) return search;
  const allowed = new Uint8Array(p.facts.length);
  for (let i = 0; i < allowed.length; i++) allowed[i] = (!search || search[i]) && matchesPayPlace(p.facts[i]!, f) ? 1 : 0;
  return allowed;
}

/** For the country picker: per country with jobs, how many of the given positions a person there may take. */
export function countOpenTo(p: PayPlaceIndex, positions: Iterable<number>, includeUnknown: boolean): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(p.countries.map((c) => [c, 0]));
  for (const i of positions) {
    const facts = p.facts[i]!;
    const o = facts.openTo;
    // Fast paths for the common shapes; isOpenTo is the definition.
    if (facts.workplace !== 'remote') {
      if (facts.country && facts.country in counts) counts[facts.country]!++;
    } else if (!o) {
      if (includeUnknown) for (const c of p.countries) counts[c]!++;
    } else if (o.worldwide) {
      for (const c of p.countries) counts[c]!++;
    } else {
      for (const c of p.countries) if (o.countries.includes(c) || o.regions.some((r) => REGION_COUNTRIES[r].has(c))) counts[c]!++;
    }
  }
  return counts;
}

export { isOpenTo };
