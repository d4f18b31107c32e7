// Facets: every filter a reader can apply to the listing, each defined ONCE, here. From this one
// table come the query-string parser and serialiser (lib/filters.ts), the SQL WHERE of the feeds
// (db/queries/facet-sql.ts), the in-memory facet index and its counts that pages and the API use
// (db/queries/facet-index.ts, facet-scan.ts), and the filter form's options and labels.
// tests/db/facets-agree.test.ts proves the SQL path and the index path pick the same postings.
//
// A facet reads one column of `postings` (named by its drizzle property in db/schema.ts), or
// `jobSources`, the boards a job is open on, which db/queries/job-sources.ts computes from its
// job group, and has one of three kinds, each with ONE meaning in SQL and in the index:
//   'oneOf'   the posting holds one value of `values` in a text column. Several may be chosen
//             (OR). Count beside an option: the listing with that option added.
//   'anyOf'   the posting holds a set of `values` as a bitmask integer column, bit i = values[i]
//             (at most 31 values). Several may be chosen (OR: any bit in common). Counted as above.
//   'atLeast' one option at most is chosen among numeric `values`; the posting matches when its
//             column ≥ threshold(option, now) (NULL never matches). Count beside an option: the
//             listing with that option instead of the chosen one.
//
// HOW TO ADD A FACET (e.g. `open_to`, `pay_min`):
//   1. the column in db/schema.ts (+ `npm run db:generate`) and in the covering index
//      `postings_listing`, filled by the pipeline's row stage (db/queries/posting-row.ts);
//   2. one entry below: its kind, column, values, legend (a key of the i18n dictionary) and
//      option labels. The query parameter is the entry's key. Order here is the URL's order.
//   3. nothing else: Filters gains the field, parse/serialise/SQL/index/counts follow, and the
//      agreement test covers it. A genuinely new kind of match (say a country set wider than 31)
//      is a new kind here plus its SQL (facet-sql.ts) and its index column (facet-scan.ts).
//   Changing the unit that is counted (a job group rather than a posting) happens in the scan
//   (facet-scan.ts: `countRow`), not here.
import { postedWithinCutoff } from './hours';
import { dict, skillName, type Dict, type UiLocale } from './i18n';
import { SOURCE_IDS, sourceName } from './sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES } from './taxonomy';

type Common = {
  /** The posting's field (drizzle property name in db/schema.ts) the facet reads, or `jobSources`. */
  column: string;
  /** The filter form's legend: a key of the i18n dictionary. */
  legend: keyof Dict;
  /** The label shown beside one option. */
  label: (value: string, locale: UiLocale) => string;
};
export type OneOfFacet<V extends string = string> = Common & { kind: 'oneOf'; values: readonly V[] };
export type AnyOfFacet<V extends string = string> = Common & { kind: 'anyOf'; values: readonly V[] };
export type AtLeastFacet<V extends number = number> = Common & {
  kind: 'atLeast';
  values: readonly V[];
  threshold: (value: V, now: number) => number;
};
export type FacetDef = OneOfFacet | AnyOfFacet | AtLeastFacet;

export const LANGUAGES = ['en', 'ar', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DAY_OPTIONS = [1, 7, 30] as const;
export type Days = (typeof DAY_OPTIONS)[number];

const fromDict =
  <K extends 'workplaces' | 'engagements' | 'languages' | 'dayOptions'>(key: K) =>
  (value: string, locale: UiLocale) =>
    (dict(locale)[key] as Record<string, string>)[value] ?? value;

export const FACETS = {
  workplace: { kind: 'oneOf', column: 'workplace', values: WORKPLACES, legend: 'workplace', label: fromDict('workplaces') },
  engagement: { kind: 'oneOf', column: 'engagement', values: ENGAGEMENTS, legend: 'engagement', label: fromDict('engagements') },
  skills: { kind: 'anyOf', column: 'skillMask', values: SKILL_IDS, legend: 'skills', label: (v, locale) => skillName(v as never, locale) },
  // A job on two boards is found under either: its card is one board's posting, its other copies the others'.
  source: { kind: 'anyOf', column: 'jobSources', values: SOURCE_IDS, legend: 'source', label: (v, locale) => sourceName(v, locale) },
  lang: { kind: 'oneOf', column: 'language', values: LANGUAGES, legend: 'lang', label: fromDict('languages') },
  days: {
    kind: 'atLeast',
    column: 'postedAt',
    values: DAY_OPTIONS,
    legend: 'days',
    label: fromDict('dayOptions'),
    // One definition for pages, feeds, the API and alerts, whichever clock they read (lib/hours.ts).
    threshold: postedWithinCutoff,
  },
} as const satisfies Record<string, FacetDef>;

export type Facets = typeof FACETS;
export type FacetKey = keyof Facets;
export type FacetValue<K extends FacetKey> = Facets[K]['values'][number];
/** Facets where several options may be chosen at once. */
export type MultiFacetKey = { [K in FacetKey]: Facets[K]['kind'] extends 'atLeast' ? never : K }[FacetKey];
export type SingleFacetKey = Exclude<FacetKey, MultiFacetKey>;
/** The columns the facets read: db checks at compile time that each is a column of `postings`. */
export type FacetColumn = Facets[FacetKey]['column'];

export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

/** A chosen view: per facet its chosen options, plus the search text and the page. */
export type FacetSelection = { [K in MultiFacetKey]: FacetValue<K>[] } & { [K in SingleFacetKey]: FacetValue<K> | null };

/** Per facet, per option (as text), the number of postings the listing would hold with it. */
export type Counts = Record<FacetKey, Record<string, number>>;

/** A facet's chosen options as a list (empty when the facet is not applied). */
export function chosen(selection: FacetSelection, key: FacetKey): readonly (string | number)[] {
  const value = selection[key] as unknown;
  if (Array.isArray(value)) return value as (string | number)[];
  return value === null || value === undefined ? [] : [value as number];
}

/** Bit i set for every chosen values[i]: the selection as one integer (oneOf and anyOf facets). */
export function bitsOf(def: OneOfFacet | AnyOfFacet, selected: readonly (string | number)[]): number {
  return selected.reduce<number>((mask, v) => {
    const i = (def.values as readonly (string | number)[]).indexOf(v);
    return i < 0 ? mask : mask | (1 << i);
  }, 0);
}

export const facetList = (): [FacetKey, FacetDef][] => FACET_KEYS.map((k) => [k, FACETS[k] as FacetDef]);
