// listPostings(filters): one page of open digital-marketing postings plus the count beside every
// filter option. The only place listing SQL is built.
import { DAY_OPTIONS, PAGE_SIZE, serialiseFilters, type Filters } from '../../lib/filters';
import { toFtsQuery } from '../../lib/search';
import { SOURCE_IDS } from '../../lib/sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES, skillMask, skillsFromMask, type Engagement, type SkillId, type Workplace } from '../../lib/taxonomy';
import type { Hints } from '../../lib/taxonomy';
import type { Db } from '../client';
import { readDataVersion } from './upsert';

export type PostingCard = {
  id: number;
  publicId: string;
  source: string;
  sourceKey: string;
  title: string;
  company: string;
  location: string;
  workplace: Workplace;
  engagement: Engagement;
  skills: SkillId[];
  language: string;
  postedAt: number;
  firstSeenAt: number;
  salary: string | null;
  url: string;
  descriptionText: string;
  descriptionHtml: string;
  hints: Hints;
};

export type FacetKey = 'workplace' | 'engagement' | 'skills' | 'source' | 'lang' | 'days';
export type Counts = Record<FacetKey, Record<string, number>>;
export type Listing = { items: PostingCard[]; total: number; page: number; pages: number; counts: Counts };

const DAY = 24 * 60 * 60 * 1000;

type Where = { sql: string; params: unknown[] };

function whereClause(f: Filters, now: number, exclude?: FacetKey): Where {
  const clauses = ['digital_marketing = 1', 'closed_at IS NULL'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (exclude !== 'workplace' && f.workplace.length) inList('workplace', f.workplace);
  if (exclude !== 'engagement' && f.engagement.length) inList('engagement', f.engagement);
  if (exclude !== 'source' && f.source.length) inList('source', f.source);
  if (exclude !== 'lang' && f.lang.length) inList('language', f.lang);
  if (exclude !== 'skills' && f.skills.length) {
    clauses.push('(skill_mask & ?) != 0');
    params.push(skillMask(f.skills));
  }
  if (exclude !== 'days' && f.days) {
    clauses.push('posted_at >= ?');
    params.push(now - f.days * DAY);
  }
  const fts = toFtsQuery(f.q);
  if (fts) {
    clauses.push('id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH ?)');
    params.push(fts);
  }
  return { sql: clauses.join(' AND '), params };
}

function rowToCard(r: Record<string, unknown>): PostingCard {
  return {
    id: r.id as number, publicId: r.public_id as string, source: r.source as string, sourceKey: r.source_key as string,
    title: r.title as string, company: r.company as string, location: r.location as string, workplace: r.workplace as Workplace,
    engagement: r.engagement as Engagement, skills: skillsFromMask(r.skill_mask as number), language: r.language as string,
    postedAt: r.posted_at as number, firstSeenAt: r.first_seen_at as number, salary: (r.salary as string) ?? null, url: r.url as string,
    descriptionText: (r.description_text as string) ?? '', descriptionHtml: (r.description_html as string) ?? '',
    hints: JSON.parse((r.hints as string) || '{}') as Hints,
  };
}

const CARD_COLUMNS = 'id, public_id, source, source_key, title, company, location, workplace, engagement, skill_mask, language, posted_at, first_seen_at, salary, url, substr(description_text, 1, 600) AS description_text, hints';

type Clause = { sql: string; params: unknown[] };

/** The predicate of one facet's selection (true when nothing is selected). */
function facetClause(f: Filters, key: Exclude<FacetKey, 'days'>, now: number, values?: readonly string[]): Clause {
  const column = { workplace: 'workplace', engagement: 'engagement', source: 'source', lang: 'language', skills: '' }[key];
  const selected = values ?? (f[key] as readonly string[]);
  if (selected.length === 0) return { sql: '1', params: [] };
  if (key === 'skills') return { sql: '(skill_mask & ?) != 0', params: [skillMask(selected as never)] };
  return { sql: `${column} IN (${selected.map(() => '?').join(', ')})`, params: [...selected] };
}

function daysClause(days: number | null, now: number): Clause {
  return days ? { sql: 'posted_at >= ?', params: [now - days * DAY] } : { sql: '1', params: [] };
}

const LIST_FACETS = ['workplace', 'engagement', 'skills', 'source', 'lang'] as const;
const OPTIONS: Record<(typeof LIST_FACETS)[number], readonly string[]> = {
  workplace: WORKPLACES, engagement: ENGAGEMENTS, skills: SKILL_IDS, source: SOURCE_IDS, lang: ['en', 'ar', 'de'],
};

/**
 * Every filter count in ONE scan of the covering index: for each option, a conditional sum of
 * the rows that match the other parameters and this parameter's selection with the option added
 * (OR within a parameter, AND across them).
 */
function allCounts(db: Db, f: Filters, now: number): Counts {
  const base = ['digital_marketing = 1', 'closed_at IS NULL'];
  const baseParams: unknown[] = [];
  const fts = toFtsQuery(f.q);
  if (fts) {
    base.push('id IN (SELECT rowid FROM postings_fts WHERE postings_fts MATCH ?)');
    baseParams.push(fts);
  }
  const sums: string[] = [];
  const params: unknown[] = [];
  const labels: [FacetKey, string][] = [];
  const others = (except: FacetKey): Clause[] => [
    ...LIST_FACETS.filter((k) => k !== except).map((k) => facetClause(f, k, now)),
    ...(except === 'days' ? [] : [daysClause(f.days, now)]),
  ];
  const add = (facet: FacetKey, option: string, own: Clause) => {
    const parts = [...others(facet), own].filter((c) => c.sql !== '1');
    sums.push(parts.length ? `sum(${parts.map((c) => c.sql).join(' AND ')})` : 'count(*)');
    for (const c of parts) params.push(...c.params);
    labels.push([facet, option]);
  };
  for (const facet of LIST_FACETS) {
    const selected = f[facet] as readonly string[];
    for (const option of OPTIONS[facet]) add(facet, option, facetClause(f, facet, now, selected.includes(option) ? selected : [...selected, option]));
  }
  for (const d of DAY_OPTIONS) add('days', String(d), daysClause(d, now));
  const row = db.$client.prepare(`SELECT ${sums.join(', ')} FROM postings WHERE ${base.join(' AND ')}`).raw().get(...params, ...baseParams) as (number | null)[];
  const counts = { workplace: {}, engagement: {}, skills: {}, source: {}, lang: {}, days: {} } as Counts;
  labels.forEach(([facet, option], i) => { counts[facet][option] = row[i] ?? 0; });
  return counts;
}

function computeListing(db: Db, f: Filters, now: number): Listing {
  const w = whereClause(f, now);
  const total = (db.$client.prepare(`SELECT count(*) AS n FROM postings WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = db.$client
    .prepare(`SELECT ${CARD_COLUMNS} FROM postings WHERE ${w.sql} ORDER BY posted_at DESC, id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, PAGE_SIZE, (f.page - 1) * PAGE_SIZE) as Record<string, unknown>[];
  return {
    items: rows.map(rowToCard),
    total,
    page: f.page,
    pages,
    counts: allCounts(db, f, now),
  };
}

// Listing results are cached by canonical filter and data version (bumped by every scrape):
// never HTML, which carries a per-request CSP nonce.
const CACHE_LIMIT = 500;
const cache = new Map<string, Listing>();
let cacheEnabled = true;

export function setListingCache(enabled: boolean): void {
  cacheEnabled = enabled;
  cache.clear();
}

export function listPostings(db: Db, f: Filters, now: number = Date.now()): Listing {
  if (!cacheEnabled) return computeListing(db, f, now);
  // "Posted within N days" moves with the clock: a cached answer lives at most a minute.
  const key = `${readDataVersion(db)}|${Math.floor(now / 60_000)}|${serialiseFilters(f)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const listing = computeListing(db, f, now);
  cache.set(key, listing);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return listing;
}

/** For feeds: the newest `limit` postings of a view, with their full description. */
export function feedPostings(db: Db, f: Filters, now: number, limit = 50): PostingCard[] {
  const w = whereClause(f, now);
  const rows = db.$client
    .prepare(`SELECT ${CARD_COLUMNS.replace('substr(description_text, 1, 600) AS description_text', 'description_text, description_html')} FROM postings WHERE ${w.sql} ORDER BY posted_at DESC, id DESC LIMIT ?`)
    .all(...w.params, limit) as Record<string, unknown>[];
  return rows.map(rowToCard);
}
