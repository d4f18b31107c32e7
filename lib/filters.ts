// The listing query: one parser and one serialiser shared by pages, feeds and the API, so every
// view has one canonical, bookmarkable URL. Unknown or malformed values are ignored, never fatal.
import { EMPTY_PAY_PLACE, parsePayPlaceFilters, serialisePayPlaceFilters, type PayPlaceFilters } from './pay-place-filters';
import {
  DAY_OPTIONS,
  FACETS,
  FACET_KEYS,
  LANGUAGES,
  chosen,
  type Days,
  type FacetKey,
  type FacetSelection,
  type Language,
  type MultiFacetKey,
} from './facets';

export { DAY_OPTIONS, LANGUAGES, type Days, type Language };
export const PAGE_SIZE = 20;
export const MAX_PAGE = 5000;
export const MAX_QUERY_LENGTH = 200;

/** How a listing is ordered: newest posting date (the default), or newest job by its group's
 *  first sighting, so a repost of an old job does not come first. */
export const SORTS = ['posted', 'first_seen'] as const;
export type Sort = (typeof SORTS)[number];

/** A listing view: the facets' choices (lib/facets.ts), pay and place (lib/pay-place-filters.ts), the search text, the order and the page. */
export type Filters = FacetSelection & PayPlaceFilters & { q: string; page: number; sort: Sort };

export const EMPTY_FILTERS: Filters = {
  ...(Object.fromEntries(FACET_KEYS.map((k) => [k, FACETS[k].kind === 'atLeast' ? null : []])) as unknown as FacetSelection),
  ...EMPTY_PAY_PLACE,
  q: '',
  page: 1,
  sort: 'posted',
};

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: RawParams, key: string): string[] {
  const raw =
    params instanceof URLSearchParams ? params.getAll(key) : ([] as string[]).concat(Object.hasOwn(params, key) ? (params[key] ?? []) : []);
  // Array-style keys (skills[]=x) are accepted as the same parameter.
  const bracketed =
    params instanceof URLSearchParams
      ? params.getAll(`${key}[]`)
      : ([] as string[]).concat(Object.hasOwn(params, `${key}[]`) ? (params[`${key}[]`] ?? []) : []);
  return [...raw, ...bracketed]
    .filter((v): v is string => typeof v === 'string')
    .slice(0, 50)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase());
}

function enumList<T extends string>(params: RawParams, key: string, allowed: readonly T[]): T[] {
  const set = new Set(valuesOf(params, key));
  // Canonical order is the order of `allowed`, so equal filters serialise equally.
  return allowed.filter((v) => set.has(v));
}

// Direction marks, overrides and isolates: invisible, never part of a search, and echoed into a
// feed title or mail subject they would reorder the words after them.
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// The cut may split a character of two units (an emoji): no half stays.
const HALF_CHARACTER_AT_END = /[\uD800-\uDBFF]$/;

function cleanQuery(value: string): string {
  return (
    value
      .replace(/[\u0000-\u001f\u007f\uFFFD]/g, ' ')
      .replace(DIRECTION_CONTROLS, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .replace(HALF_CHARACTER_AT_END, '')
      // A cut on a space leaves one at the end: trimmed, the canonical text reads the same again.
      .trimEnd()
  );
}

function parseFacet(params: RawParams, key: FacetKey, first: (key: string) => string | undefined): unknown {
  const def = FACETS[key];
  if (def.kind !== 'atLeast') return enumList(params, key, def.values as readonly string[]);
  const n = Number(first(key));
  return (def.values as readonly number[]).includes(n) ? n : null;
}

export function parseFilters(params: RawParams): Filters {
  const first = (key: string) => {
    const v = params instanceof URLSearchParams ? params.get(key) : [params[key]].flat()[0];
    return typeof v === 'string' ? v : undefined;
  };
  const page = Number(first('page'));
  return {
    ...(Object.fromEntries(FACET_KEYS.map((k) => [k, parseFacet(params, k, first)])) as FacetSelection),
    ...parsePayPlaceFilters(first),
    q: cleanQuery(first('q') ?? ''),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    // In any case, as every other parameter: /?sort=FIRST_SEEN keeps its order through the redirect.
    sort: first('sort')?.trim().toLowerCase() === 'first_seen' ? 'first_seen' : 'posted',
  };
}

/** The canonical query string (without "?"): fixed parameter order, comma lists, defaults left out. */
export function serialiseFilters(f: Filters, options: { page?: boolean } = {}): string {
  const parts: string[] = [];
  const list = (key: string, values: readonly string[]) => {
    if (values.length) parts.push(`${key}=${values.join(',')}`);
  };
  for (const key of FACET_KEYS) list(key, chosen(f, key).map(String));
  parts.push(...serialisePayPlaceFilters(f));
  if (f.q) parts.push(`q=${encodeURIComponent(f.q)}`);
  if (f.sort === 'first_seen') parts.push('sort=first_seen');
  if (options.page !== false && f.page > 1) parts.push(`page=${f.page}`);
  return parts.join('&');
}

export function hrefFor(path: string, f: Filters, options: { page?: boolean } = {}): string {
  const qs = serialiseFilters(f, options);
  return qs ? `${path}?${qs}` : path;
}

/** Every parameter of a query, decoded, as "key=value" lines in sorted order. */
function sortedPairs(params: RawParams): string[] {
  const pairs =
    params instanceof URLSearchParams
      ? [...params]
      : Object.entries(params).flatMap(([k, v]) => ([] as (string | undefined)[]).concat(v).map((one) => [k, one ?? ''] as const));
  return pairs.map(([k, v]) => `${k}=${v}`).sort();
}

/**
 * Whether a request's query is already its view's canonical one, parameters in any order. A plain
 * GET form sends every field, set or not (`q=&open_to=&pay_min=&pay_currency=EGP&pay_period=month`
 * for an untouched form), and the site runs no script that could leave the empty ones out: the
 * listing redirects such a query to the canonical one, so a reader lands on the address the
 * site's own links use. The order is not compared, so `?q=seo&workplace=remote` is not moved.
 */
export function isCanonicalQuery(params: RawParams, f: Filters): boolean {
  const canonical = sortedPairs(new URLSearchParams(serialiseFilters(f)));
  const given = sortedPairs(params);
  return given.length === canonical.length && given.every((pair, i) => pair === canonical[i]);
}

/** The same view with one value toggled in a list parameter, back on page 1. */
export function toggle<K extends MultiFacetKey>(f: Filters, key: K, value: Filters[K][number]): Filters {
  const current = f[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return parseFilters(new URLSearchParams(serialiseFilters({ ...f, [key]: next, page: 1 })));
}

export const PRESETS = {
  freelance: { ...EMPTY_FILTERS, engagement: ['freelance'] } satisfies Filters,
  office: { ...EMPTY_FILTERS, workplace: ['hybrid', 'onsite'], engagement: ['employee'] } satisfies Filters,
  remote: { ...EMPTY_FILTERS, workplace: ['remote'] } satisfies Filters,
} as const;

/** How many filters a view sets, as a reader chose them: each checked option, the date range, and
 *  one each for the pay minimum (three parameters) and the place ("open to Egypt", with or without
 *  "or not stated"). The folded panel's summary says it ("Filters · 2 active"). */
export function activeFilters(f: Filters): number {
  const empty = EMPTY_FILTERS as Record<string, unknown>;
  // Not filters: the search, whose box stands in view above the panel (counting it made a search
  // alone read "1 active"), the page and the order. Parts of a filter counted under another key:
  // payMin stands for the pay minimum, openTo for the place.
  const parts = new Set(['q', 'page', 'sort', 'payCurrency', 'payPeriod', 'openToUnknown']);
  return Object.entries(f).reduce((n, [key, value]) => {
    if (parts.has(key)) return n;
    if (Array.isArray(value)) return n + value.length;
    return n + (value === empty[key] || value === null || value === '' || value === false ? 0 : 1);
  }, 0);
}

export function isActivePreset(f: Filters, preset: Filters): boolean {
  return serialiseFilters({ ...f, page: 1 }) === serialiseFilters(preset);
}
