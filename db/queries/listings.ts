// listPostings(filters): one page of open digital-marketing postings plus the count beside every
// filter option, from the facet index (facet-scan.ts); feedPostings(filters): the newest postings
// of a view in SQL (facet-sql.ts). Both read the facets of lib/facets.ts, so they agree.
import { desc, inArray, sql, type SQL } from 'drizzle-orm';
import { PAGE_SIZE, serialiseFilters, type Filters } from '../../lib/filters';
import { startOfHour } from '../../lib/hours';
import { toFtsQuery } from '../../lib/search';
import { skillsFromMask, type SkillId } from '../../lib/taxonomy';
import type { Db } from '../client';
import { postings } from '../schema';
import { readDataVersion } from './data-version';
import { facetIndex, type FacetIndex } from './facet-index';
import { scanFacets } from './facet-scan';
import { preparedOnce } from './prepared';
import { listingWhere } from './facet-sql';
import { withGroups, type CardGroup } from './groups-read';
import { PAY_PLACE_COLUMNS, payPlaceOf, type StoredPayPlace } from './pay-place';
import { allowedPositions, countOpenTo, countOpenToOne, payPlaceIndex } from './pay-place-index';

export type { Counts, FacetKey } from '../../lib/facets';
import type { Counts } from '../../lib/facets';

/** The one column list of a posting as listings, the API and feeds show it. */
const CARD_COLUMNS = {
  id: postings.id,
  publicId: postings.publicId,
  source: postings.source,
  sourceKey: postings.sourceKey,
  title: postings.title,
  company: postings.company,
  location: postings.location,
  workplace: postings.workplace,
  engagement: postings.engagement,
  skillMask: postings.skillMask,
  language: postings.language,
  postedAt: postings.postedAt,
  firstSeenAt: postings.firstSeenAt,
  salary: postings.salary,
  url: postings.url,
  hints: postings.hints,
  ...PAY_PLACE_COLUMNS,
  // A card shows the start of the description; feeds the whole of it.
  descriptionText: sql<string>`substr(${postings.descriptionText}, 1, 600)`,
  descriptionHtml: sql<string>`''`,
};
const FEED_COLUMNS = { ...CARD_COLUMNS, descriptionText: postings.descriptionText, descriptionHtml: postings.descriptionHtml };

const selectCards = (db: Db, where: SQL) => db.select(CARD_COLUMNS).from(postings).where(where).all();
type CardRow = ReturnType<typeof selectCards>[number];

/** One page's cards by id: prepared once with PAGE_SIZE slots; unused slots hold id 0, which no row has. */
const PAGE_SLOTS = Array.from({ length: PAGE_SIZE }, (_, i) => `id${i}`);
const preparePageCards = (db: Db) =>
  db
    .select(CARD_COLUMNS)
    .from(postings)
    .where(
      inArray(
        postings.id,
        PAGE_SLOTS.map((name) => sql.placeholder(name)),
      ),
    )
    .prepare();

function pageCards(db: Db, ids: readonly number[]): CardRow[] {
  if (ids.length === 0) return [];
  if (ids.length > PAGE_SIZE) return selectCards(db, inArray(postings.id, [...ids]));
  return preparedOnce(db, 'pageCards', preparePageCards).all(Object.fromEntries(PAGE_SLOTS.map((name, i) => [name, ids[i] ?? 0])));
}
/** A card stands for its job group: `group` names it and lists every copy (groups-read.ts). */
export type PostingCard = Omit<CardRow, 'skillMask' | 'postedAt' | keyof typeof PAY_PLACE_COLUMNS> & {
  skills: SkillId[];
  postedAt: number;
  group?: CardGroup;
} & StoredPayPlace;
/** `openToCounts`: per country with jobs, the view's postings a person there may take (the `open_to` picker). */
export type Listing = {
  items: PostingCard[];
  total: number;
  page: number;
  pages: number;
  counts: Counts;
  openToCounts: Record<string, number>;
};

function toCard({ skillMask, country, city, openTo, payMin, payMax, payCurrency, payPeriod, ...row }: CardRow): PostingCard {
  // Every stored posting has a date (upsert falls back to the first sighting).
  const payPlace = payPlaceOf({ country, city, openTo, payMin, payMax, payCurrency, payPeriod });
  return { ...row, skills: skillsFromMask(skillMask), postedAt: row.postedAt ?? row.firstSeenAt, ...payPlace };
}

/** Row positions (in the facet index) of the postings that match the search, or null for no search. */
function searchPositions(db: Db, index: FacetIndex, q: string): Uint8Array | null {
  const fts = toFtsQuery(q);
  if (!fts) return null;
  const hit = new Uint8Array(index.size);
  // FTS5 MATCH has no drizzle form: raw, typed by the one column it returns.
  const rowids = db.$client.prepare('SELECT rowid FROM postings_fts WHERE postings_fts MATCH ?').pluck().all(fts) as number[];
  for (const id of rowids) {
    const at = index.positionOf(id);
    if (at >= 0) hit[at] = 1;
  }
  return hit;
}

/** The view's posting ids, newest first, from the facet index: `limit` of them from `skip`. */
export function indexedPostingIds(db: Db, f: Filters, now: number, window = { skip: 0, limit: Infinity }, version?: string) {
  const index = facetIndex(db, version);
  const allowed = allowedPositions(payPlaceIndex(db, index), f, searchPositions(db, index, f.q));
  return scanFacets(index, f, now, allowed, window);
}

/** The country picker's counts: the view without its own `open_to`, counted per country. A view
 *  with no `open_to` is that already: its scan's positions are counted, not scanned again. */
function openToCounts(db: Db, f: Filters, now: number, version: string, scanned: Int32Array | undefined): Record<string, number> {
  const index = facetIndex(db, version);
  const places = payPlaceIndex(db, index);
  if (scanned && !f.openTo) return countOpenTo(places, scanned, f.openToUnknown);
  const others = { ...f, openTo: null, openToUnknown: false };
  const { positions } = scanFacets(index, others, now, allowedPositions(places, others, searchPositions(db, index, f.q)), {
    skip: 0,
    limit: 0,
  });
  const counts = countOpenTo(places, positions, f.openToUnknown);
  // A chosen country the picker would not list (open_to=JP, no job names Japan) still shows, with its count.
  if (f.openTo && !(f.openTo in counts)) counts[f.openTo] = countOpenToOne(places, positions, f.openTo, f.openToUnknown);
  return counts;
}

/** The view's posting ids, newest first, in SQL: what the feeds select. */
export function queriedPostingIds(db: Db, f: Filters, now: number, limit = -1): number[] {
  return db
    .select({ id: postings.id })
    .from(postings)
    .where(listingWhere(f, now))
    .orderBy(desc(postings.postedAt), desc(postings.id))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

/** sort=first_seen: the whole view, ordered by its groups' first sighting (newest first, ties in
 *  posting order), then the page's window. */
function byGroupFirstSeen(db: Db, f: Filters, now: number, version: string) {
  const all = indexedPostingIds(db, f, now, undefined, version);
  const index = facetIndex(db, version);
  const seen = (id: number) => index.groupFirstSeen[index.positionOf(id)]!;
  const ordered = all.ids.map((id, i) => ({ id, i, at: seen(id) })).sort((a, b) => b.at - a.at || a.i - b.i);
  return { ...all, ids: ordered.slice((f.page - 1) * PAGE_SIZE, f.page * PAGE_SIZE).map((x) => x.id) };
}

function computeListing(db: Db, f: Filters, now: number, version: string): Listing {
  const window = { skip: (f.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const { total, ids, counts, positions } =
    f.sort === 'first_seen' ? byGroupFirstSeen(db, f, now, version) : indexedPostingIds(db, f, now, window, version);
  const rows = pageCards(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: withGroups(
      db,
      ids.flatMap((id) => (byId.has(id) ? [toCard(byId.get(id)!)] : [])),
    ),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    counts,
    openToCounts: openToCounts(db, f, now, version, positions),
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

// "Posted within N days" moves with the clock, by the hour (lib/hours.ts): a cached answer lives
// for its hour.
const cacheKey = (version: string, f: Filters, now: number) => `${version}|${startOfHour(now)}|${serialiseFilters(f)}`;

/** Whether listPostings would answer from the cache (the server lets cached searches past its limit). */
export function isListingCached(db: Db, f: Filters, now: number): boolean {
  return cacheEnabled && cache.has(cacheKey(readDataVersion(db), f, now));
}

export function listPostings(db: Db, f: Filters, now: number = Date.now()): Listing {
  // Read once: it keys the cache and picks the facet index.
  const version = readDataVersion(db);
  if (!cacheEnabled) return computeListing(db, f, now, version);
  const key = cacheKey(version, f, now);
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
  return withGroups(
    db,
    db
      .select(FEED_COLUMNS)
      .from(postings)
      .where(listingWhere(f, now))
      .orderBy(desc(postings.postedAt), desc(postings.id))
      .limit(limit)
      .all()
      .map(toCard),
  );
}
