// listPostings(filters): one page of open digital-marketing postings plus the count beside every
// filter option. The only place listing SQL is built.
import { DAY_OPTIONS, PAGE_SIZE, serialiseFilters, type Filters } from '../../lib/filters';
import { toFtsQuery } from '../../lib/search';
import { SOURCE_IDS } from '../../lib/sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES, skillMask, skillsFromMask, type Engagement, type SkillId, type Workplace } from '../../lib/taxonomy';
import type { Hints } from '../../lib/taxonomy';
import type { Db } from '../client';
import { facetIndex, LANG_CODES, type FacetIndex } from './facet-index';
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

/** The feed's WHERE clause: the listing's filters as SQL (the page itself counts in the facet index). */
function whereClause(f: Filters, now: number): Where {
  const clauses = ['digital_marketing = 1', 'closed_at IS NULL'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[]) => {
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  if (f.workplace.length) inList('workplace', f.workplace);
  if (f.engagement.length) inList('engagement', f.engagement);
  if (f.source.length) inList('source', f.source);
  if (f.lang.length) inList('language', f.lang);
  if (f.skills.length) {
    clauses.push('(skill_mask & ?) != 0');
    params.push(skillMask(f.skills));
  }
  if (f.days) {
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

const bits = (selected: readonly string[], all: readonly string[]) => selected.reduce((m, v) => m | (1 << all.indexOf(v)), 0);

/** Row positions (in the facet index) of the postings that match the search, or null for no search. */
function searchPositions(db: Db, index: FacetIndex, q: string): Uint8Array | null {
  const fts = toFtsQuery(q);
  if (!fts) return null;
  const hit = new Uint8Array(index.size);
  const rowids = db.$client.prepare('SELECT rowid FROM postings_fts WHERE postings_fts MATCH ?').raw().all(fts) as [number][];
  for (const [id] of rowids) {
    const at = index.positionOf(id);
    if (at >= 0) hit[at] = 1;
  }
  return hit;
}

/**
 * One pass over the facet index: the page's rows (by id), the total, and for every option of
 * every parameter the number of postings the listing would hold with that option added (the
 * other parameters applied, OR within its own).
 */
function scanIndex(db: Db, f: Filters, now: number, version: string): { total: number; pageIds: number[]; counts: Counts } {
  const index = facetIndex(db, version);
  const search = searchPositions(db, index, f.q);
  const sel = {
    workplace: bits(f.workplace, WORKPLACES), engagement: bits(f.engagement, ENGAGEMENTS), source: bits(f.source, SOURCE_IDS),
    lang: bits(f.lang, LANG_CODES), skills: skillMask(f.skills),
  };
  const cut = f.days ? now - f.days * DAY : -Infinity;
  const dayCuts = DAY_OPTIONS.map((d) => now - d * DAY);
  const wp = new Float64Array(WORKPLACES.length), en = new Float64Array(ENGAGEMENTS.length), src = new Float64Array(SOURCE_IDS.length);
  const lang = new Float64Array(LANG_CODES.length), sk = new Float64Array(SKILL_IDS.length), days = new Float64Array(DAY_OPTIONS.length);
  const add = (counts: Float64Array, own: number, selected: number) => {
    // In the selection already: it counts under every option; else only under its own value.
    if ((selected >> own) & 1) for (let o = 0; o < counts.length; o++) counts[o]!++;
    else if (own < counts.length) counts[own]!++;
  };
  const skip = (f.page - 1) * PAGE_SIZE;
  const pageIds: number[] = [];
  let total = 0;
  for (let i = 0; i < index.size; i++) {
    if (search && !search[i]) continue;
    const w = index.workplace[i]!, e = index.engagement[i]!, s = index.source[i]!, l = index.lang[i]!, m = index.skills[i]!, p = index.posted[i]!;
    const okW = !sel.workplace || ((sel.workplace >> w) & 1) === 1;
    const okE = !sel.engagement || ((sel.engagement >> e) & 1) === 1;
    const okS = !sel.source || ((sel.source >> s) & 1) === 1;
    const okL = !sel.lang || ((sel.lang >> l) & 1) === 1;
    const okK = !sel.skills || (m & sel.skills) !== 0;
    const okD = p >= cut;
    const fails = +!okW + +!okE + +!okS + +!okL + +!okK + +!okD;
    if (fails > 1) continue;
    if (fails === 0) {
      if (total >= skip && pageIds.length < PAGE_SIZE) pageIds.push(index.ids[i]!);
      total++;
    }
    if (okE && okS && okL && okK && okD) add(wp, w, sel.workplace);
    if (okW && okS && okL && okK && okD) add(en, e, sel.engagement);
    if (okW && okE && okL && okK && okD) add(src, s, sel.source);
    if (okW && okE && okS && okK && okD) add(lang, l, sel.lang);
    if (okW && okE && okS && okL && okD) {
      if (m & sel.skills) for (let o = 0; o < sk.length; o++) sk[o]!++;
      else for (let o = 0; o < sk.length; o++) if ((m >> o) & 1) sk[o]!++;
    }
    if (okW && okE && okS && okL && okK) for (let d = 0; d < dayCuts.length; d++) if (p >= dayCuts[d]!) days[d]!++;
  }
  const record = (values: readonly (string | number)[], counts: Float64Array) => Object.fromEntries(values.map((v, i) => [String(v), counts[i]!]));
  return {
    total,
    pageIds,
    counts: {
      workplace: record(WORKPLACES, wp), engagement: record(ENGAGEMENTS, en), source: record(SOURCE_IDS, src),
      lang: record(LANG_CODES, lang), skills: record(SKILL_IDS, sk), days: record(DAY_OPTIONS, days),
    },
  };
}

function computeListing(db: Db, f: Filters, now: number, version: string): Listing {
  const { total, pageIds, counts } = scanIndex(db, f, now, version);
  const rows = pageIds.length
    ? (db.$client.prepare(`SELECT ${CARD_COLUMNS} FROM postings WHERE id IN (${pageIds.map(() => '?').join(', ')})`).all(...pageIds) as Record<string, unknown>[])
    : [];
  const byId = new Map(rows.map((r) => [r.id as number, r]));
  return {
    items: pageIds.map((id) => byId.get(id)).filter((r): r is Record<string, unknown> => Boolean(r)).map(rowToCard),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    counts,
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
  // Read once: it keys the cache and picks the facet index.
  const version = readDataVersion(db);
  if (!cacheEnabled) return computeListing(db, f, now, version);
  // "Posted within N days" moves with the clock: a cached answer lives at most a minute.
  const key = `${version}|${Math.floor(now / 60_000)}|${serialiseFilters(f)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const listing = computeListing(db, f, now, version);
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
