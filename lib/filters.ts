// The listing query: one parser and one serialiser shared by pages, feeds and the API, so every
// view has one canonical, bookmarkable URL. Unknown or malformed values are ignored, never fatal.
import { SOURCE_IDS, type SourceId } from './sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES, type Engagement, type SkillId, type Workplace } from './taxonomy';

export const DAY_OPTIONS = [1, 7, 30] as const;
export type Days = (typeof DAY_OPTIONS)[number];
export const LANGUAGES = ['en', 'ar', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const PAGE_SIZE = 20;
export const MAX_PAGE = 5000;
export const MAX_QUERY_LENGTH = 200;

export type Filters = {
  workplace: Workplace[];
  engagement: Engagement[];
  skills: SkillId[];
  source: SourceId[];
  lang: Language[];
  days: Days | null;
  q: string;
  page: number;
};

export const EMPTY_FILTERS: Filters = { workplace: [], engagement: [], skills: [], source: [], lang: [], days: null, q: '', page: 1 };

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: RawParams, key: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(key) : ([] as string[]).concat(Object.hasOwn(params, key) ? (params[key] ?? []) : []);
  // Array-style keys (skills[]=x) are accepted as the same parameter.
  const bracketed = params instanceof URLSearchParams ? params.getAll(`${key}[]`) : ([] as string[]).concat(Object.hasOwn(params, `${key}[]`) ? (params[`${key}[]`] ?? []) : []);
  return [...raw, ...bracketed].filter((v): v is string => typeof v === 'string').slice(0, 50).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());
}

function enumList<T extends string>(params: RawParams, key: string, allowed: readonly T[]): T[] {
  const set = new Set(valuesOf(params, key));
  // Canonical order is the order of `allowed`, so equal filters serialise equally.
  return allowed.filter((v) => set.has(v));
}

function cleanQuery(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\uFFFD]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

export function parseFilters(params: RawParams): Filters {
  const first = (key: string) => {
    const v = params instanceof URLSearchParams ? params.get(key) : [params[key]].flat()[0];
    return typeof v === 'string' ? v : undefined;
  };
  const days = Number(first('days'));
  const page = Number(first('page'));
  return {
    workplace: enumList(params, 'workplace', WORKPLACES),
    engagement: enumList(params, 'engagement', ENGAGEMENTS),
    skills: enumList(params, 'skills', SKILL_IDS),
    source: enumList(params, 'source', SOURCE_IDS),
    lang: enumList(params, 'lang', LANGUAGES),
    days: (DAY_OPTIONS as readonly number[]).includes(days) ? (days as Days) : null,
    q: cleanQuery(first('q') ?? ''),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The canonical query string (without "?"): fixed parameter order, comma lists, defaults left out. */
export function serialiseFilters(f: Filters, options: { page?: boolean } = {}): string {
  const parts: string[] = [];
  const list = (key: string, values: readonly string[]) => {
    if (values.length) parts.push(`${key}=${values.join(',')}`);
  };
  list('workplace', f.workplace);
  list('engagement', f.engagement);
  list('skills', f.skills);
  list('source', f.source);
  list('lang', f.lang);
  if (f.days) parts.push(`days=${f.days}`);
  if (f.q) parts.push(`q=${encodeURIComponent(f.q)}`);
  if (options.page !== false && f.page > 1) parts.push(`page=${f.page}`);
  return parts.join('&');
}

export function hrefFor(path: string, f: Filters, options: { page?: boolean } = {}): string {
  const qs = serialiseFilters(f, options);
  return qs ? `${path}?${qs}` : path;
}

/** The same view with one value toggled in a list parameter, back on page 1. */
export function toggle<K extends 'workplace' | 'engagement' | 'skills' | 'source' | 'lang'>(f: Filters, key: K, value: Filters[K][number]): Filters {
  const current = f[key] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return parseFilters(new URLSearchParams(serialiseFilters({ ...f, [key]: next, page: 1 })));
}

export const PRESETS = {
  freelance: { ...EMPTY_FILTERS, engagement: ['freelance'] } satisfies Filters,
  office: { ...EMPTY_FILTERS, workplace: ['hybrid', 'onsite'], engagement: ['employee'] } satisfies Filters,
  remote: { ...EMPTY_FILTERS, workplace: ['remote'] } satisfies Filters,
} as const;

export function isActivePreset(f: Filters, preset: Filters): boolean {
  return serialiseFilters({ ...f, page: 1 }) === serialiseFilters(preset);
}
