// Pay and place of the listed postings, in memory beside the facet index (same positions, same
// data version): what `open_to`, `pay` and `pay_min` test for pages and the API, and what the
// country picker counts.
import type { Pay, PayPeriod } from '../../lib/pay';
import { isOpenTo, matchesPayPlace, type PayPlaceFacts, type PayPlaceFilters } from '../../lib/pay-place-filters';
import { ARAB_LEAGUE, REGION_COUNTRIES, type OpenTo } from '../../lib/place';
import type { Workplace } from '../../lib/taxonomy';
import type { Db } from '../client';
import { postings } from '../schema';
import type { FacetIndex } from './facet-index';
import { LISTED } from './facet-sql';

/** `places`: per position, who may take the job, coded for the country picker (placeCodes). */
export type PayPlaceIndex = { version: string; facts: PayPlaceFacts[]; countries: string[]; places: PlaceCodes };

// A posting's "who may take it" as one number, so counting 100,000 of them is a loop over an
// Int32Array: ≥ 0 a country's index (a hybrid or on-site job there); NOWHERE (not remote, no
// country); ANYONE (remote, worldwide); UNSTATED (remote, nobody said who); ≤ RESTRICTED the
// restriction `RESTRICTED - code` of `lists` (the countries' indexes it opens to).
const NOWHERE = -1;
const ANYONE = -2;
const UNSTATED = -3;
const RESTRICTED = -4;
type PlaceCodes = { codes: Int32Array; lists: number[][] };

function placeCodes(facts: PayPlaceFacts[], countries: string[]): PlaceCodes {
  const at = new Map(countries.map((c, k) => [c, k]));
  const listOf = new Map<OpenTo, number>();
  const lists: number[][] = [];
  const codes = new Int32Array(facts.length);
  facts.forEach((f, i) => {
    const o = f.openTo;
    if (f.workplace !== 'remote') codes[i] = (f.country ? at.get(f.country) : undefined) ?? NOWHERE;
    else if (!o) codes[i] = UNSTATED;
    else if (o.worldwide) codes[i] = ANYONE;
    else {
      let list = listOf.get(o);
      if (list === undefined) {
        // isOpenTo is the definition; this is it, once per distinct restriction.
        lists.push(countries.flatMap((c, k) => (o.countries.includes(c) || o.regions.some((r) => REGION_COUNTRIES[r].has(c)) ? [k] : [])));
        listOf.set(o, (list = lists.length - 1));
      }
      codes[i] = RESTRICTED - list;
    }
  });
  return { codes, lists };
}

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
  // Every Arab League country is in the picker, jobs or not; the others when the data names them.
  const countries = new Set<string>(ARAB_LEAGUE);
  // One object per distinct restriction, so placeCodes finds each one's countries once.
  const shared = new Map<string, OpenTo>();
  for (const r of rows) {
    const at = index.positionOf(r.id);
    if (at < 0) continue;
    let openTo = r.openTo ? (shared.get(r.openTo) ?? null) : null;
    if (r.openTo && !openTo) shared.set(r.openTo, (openTo = JSON.parse(r.openTo) as OpenTo));
    const pay: Pay | null =
      r.min !== null || r.max !== null ? { min: r.min, max: r.max, currency: r.currency, period: r.period as PayPeriod | null } : null;
    facts[at] = { workplace: r.workplace, country: r.country, openTo, pay };
    if (r.country) countries.add(r.country);
    for (const c of openTo?.countries ?? []) countries.add(c);
  }
  const sorted = [...countries].sort();
  return { version: index.version, facts, countries: sorted, places: placeCodes(facts, sorted) };
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
export function countOpenTo(p: PayPlaceIndex, positions: ArrayLike<number>, includeUnknown: boolean): Record<string, number> {
  const { codes, lists } = p.places;
  const counts = new Float64Array(p.countries.length);
  // Jobs anyone may take count once here and under every country at the end.
  let everywhere = 0;
  for (let r = 0; r < positions.length; r++) {
    const code = codes[positions[r]!]!;
    if (code >= 0) counts[code]!++;
    else if (code === ANYONE || (code === UNSTATED && includeUnknown)) everywhere++;
    else if (code <= RESTRICTED) for (const k of lists[RESTRICTED - code]!) counts[k]!++;
  }
  return Object.fromEntries(p.countries.map((c, k) => [c, counts[k]! + everywhere]));
}

/** For a country the picker does not list (a chosen `open_to=JP`): how many of the positions a person there may take. */
export function countOpenToOne(p: PayPlaceIndex, positions: ArrayLike<number>, code: string, includeUnknown: boolean): number {
  let n = 0;
  for (let r = 0; r < positions.length; r++) if (isOpenTo(p.facts[positions[r]!]!, code, includeUnknown)) n++;
  return n;
}

export { isOpenTo };
