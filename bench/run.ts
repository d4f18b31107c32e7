// npm run bench — loads 1,000 / 10,000 / 100,000 generated postings through the real
// normalise → classify → upsert path and measures ingest, classification, the listings data
// function, feeds, HTTP against a production server, and server memory. Prints a table and
// writes bench/results.json. Then pages while a scrape runs under the real start path
// (bench/scrape-load.ts), written to bench/scrape-load.json.
// Options: --sizes 1000,10000 --duration 10 --runs 3 (ingest, classify, listing and search timings
// are measured that many times; the median is reported, every run beside it) --no-http (no server, no scrape-load) --scrape-load-only
// --hostile-only: just the hostile searches (bench/hostile.ts), printed, results.json untouched
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { closeDb, createDb, type Db } from '../db/client';
import { feedPostings, listPostings, setListingCache } from '../db/queries/listings';
import { countPostings } from '../db/queries/postings-count';
import type { PostingInsert } from '../db/queries/posting-row';
import { searchVocabulary } from '../db/queries/search-vocabulary';
import { bumpDataVersion, insertPostingRows, storedPostingRows, upsertPosting } from '../db/queries/upsert';
import { classifyPosting } from '../lib/classifier';
import { renderRss } from '../lib/feeds';
import { htmlToText } from '../lib/html';
import { EMPTY_FILTERS, parseFilters, type Filters } from '../lib/filters';
import { preparePosting } from '../lib/postings/pipeline';
import { boardDefaultsOf } from '../lib/sources';
import { generatePostings, type Generated } from './generate';
import { hostileHttp, timeHostile } from './hostile';
import { timeLongPostings } from './long-posting';
import { measureScrapeLoad } from './scrape-load';
import { ensureBuilt } from '../scripts/server-harness';
import { hammer, rssMb, startServer, staticAsset, type HttpFigures } from './http';
import { siteFigures } from './site';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    duration: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    'no-http': { type: 'boolean', default: false },
    'scrape-load-only': { type: 'boolean', default: false },
    'hostile-only': { type: 'boolean', default: false },
    'site-only': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const DURATION = Number(values.duration);
/** Ingest, classify and the listing/search timings are each measured this many times; the median is reported. */
const RUNS = Math.max(1, Number(values.runs));
const NOW = Date.parse('2026-11-27T12:00:00Z');
const TMP = 'bench/tmp';

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]) => percentile(xs, 50);
const times = <T>(n: number, f: (run: number) => T): T[] => Array.from({ length: n }, (_, run) => f(run));

const COMBOS = [
  '',
  'workplace=remote',
  'workplace=onsite,hybrid&engagement=employee',
  'engagement=freelance',
  'skills=content',
  'skills=content,analytics',
  'workplace=remote&skills=content',
  'lang=ar',
  'lang=en&days=7',
  'days=30&workplace=hybrid',
  'source=mostaql,wuzzuf',
  'page=3&workplace=remote',
  'skills=online-ads,ad-oversight&engagement=employee',
  'workplace=remote&engagement=freelance&lang=ar',
].map((qs) => parseFilters(new URLSearchParams(qs)));

// Nothing of the run is kept: a scrape holds no more than its page, and keeping 100,000 classified
// postings alive here made the old generation grow and cost the measured run about 8%.
function ingest(db: Db, generated: Generated[]): number {
  const start = performance.now();
  db.transaction(() => {
    for (const g of generated) upsertPosting(db, preparePosting(g.posting, { source: g.source, sourceKey: g.source }), NOW);
    bumpDataVersion(db);
  });
  return generated.length / ((performance.now() - start) / 1000);
}

const removeDb = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
};

/** `RUNS` ingests, each into a fresh database; the last one is kept for the queries. */
function ingestRuns(size: number, generated: Generated[]): { perSec: number[]; file: string } {
  const perSec = times(RUNS, (run) => {
    const file = join(TMP, `bench-${size}-${run}.db`);
    const db = createDb(file);
    const rate = ingest(db, generated);
    closeDb(db);
    if (run < RUNS - 1) removeDb(file);
    return rate;
  });
  return { perSec, file: join(TMP, `bench-${size}-${RUNS - 1}.db`) };
}

/** The store's bare insert of the rows ingest stored (no lookup, no pipeline): the floor ingest is compared with. */
function rawInsert(file: string, rows: PostingInsert[]): number {
  const db = createDb(file);
  const start = performance.now();
  insertPostingRows(db, rows);
  const perSec = rows.length / ((performance.now() - start) / 1000);
  closeDb(db);
  return perSec;
}

/** The classify step as the pipeline runs it: on the description's plain text (made beforehand). */
function classifySpeed(generated: Generated[]): number {
  const sample = generated.slice(0, 20_000).map((g) => ({
    title: g.posting.title,
    text: htmlToText(g.posting.descriptionHtml ?? ''),
    board: boardDefaultsOf(g.source),
    hints: g.posting.hints,
  }));
  // Warm the JIT first, so that small sizes measure the classifier, not the compiler.
  for (const posting of sample.slice(0, 500)) classifyPosting(posting);
  const start = performance.now();
  for (const posting of sample) classifyPosting(posting);
  return sample.length / ((performance.now() - start) / 1000);
}

/** Ten search terms whose share of postings spans about 0.1% to 30%, Arabic and English. */
function searchTerms(db: Db): { term: string; share: number }[] {
  const total = countPostings(db);
  const vocab = searchVocabulary(db);
  const targets = [0.001, 0.002, 0.005, 0.01, 0.03, 0.06, 0.1, 0.15, 0.22, 0.3];
  const chosen: { term: string; share: number }[] = [];
  targets.forEach((target, i) => {
    const arabic = i % 2 === 1;
    const pool = vocab.filter(
      (v) => /[\u0600-\u06FF]/.test(v.term) === arabic && v.term.length >= 3 && !chosen.some((c) => c.term === v.term),
    );
    const best = pool.reduce((a, b) => (Math.abs(b.doc / total - target) < Math.abs(a.doc / total - target) ? b : a), pool[0]!);
    chosen.push({ term: best.term, share: best.doc / total });
  });
  return chosen;
}

function timeListings(db: Db, filters: Filters[], repeats: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const f of filters) {
      const t = performance.now();
      listPostings(db, f, NOW);
      times.push(performance.now() - t);
    }
  }
  return times;
}

type SizeResult = Record<string, unknown>;

async function httpFigures(
  file: string,
  cache: 'on' | 'off',
  commonTerm: string,
  which: string[],
  duration: number,
): Promise<Record<string, HttpFigures | number>> {
  const server = await startServer(file, {
    RAQMI_LIST_CACHE: cache,
    RAQMI_SEARCH_CONCURRENCY: '0',
    RAQMI_NOW: new Date(NOW).toISOString(),
  });
  try {
    const out: Record<string, HttpFigures | number> = {};
    const urls: [string, string][] = [
      ['page', `${server.url}/`],
      ['filtered', `${server.url}/?workplace=remote&skills=content`],
      ['search', `${server.url}/?q=${encodeURIComponent(commonTerm)}`],
      ['feed', `${server.url}/feed.xml`],
      ['static', await staticAsset(server)],
    ];
    for (const [name, url] of urls) if (which.includes(name)) out[name] = await hammer(url, { connections: 10, duration });
    out.rssMb = rssMb(server.process.pid!);
    return out;
  } finally {
    await server.stop();
  }
}

/** Ingest, classify, listings, search and feeds on one database of `size` generated postings. */
function measureInProcess(size: number): { row: SizeResult; file: string; terms: { term: string }[] } {
  const generated = generatePostings(size);
  const classifyPerSec = times(RUNS, () => classifySpeed(generated));
  const longPostings = timeLongPostings();
  const ingested = ingestRuns(size, generated);
  const file = ingested.file;
  const db = createDb(file);
  const hostile = timeHostile(db, NOW);
  const rawInsertPerSec = rawInsert(join(TMP, `raw-${size}.db`), storedPostingRows(db));
  removeDb(join(TMP, `raw-${size}.db`));
  const terms = searchTerms(db);
  const ftsFilters = terms.map((t) => ({ ...EMPTY_FILTERS, q: t.term }));

  // Each round's percentiles, then the median round: one slow moment of the machine is not the figure.
  const rounds = (filters: Filters[]) => times(RUNS, () => timeListings(db, filters, 5));
  const p = (rs: number[][], q: number) => round(median(rs.map((r) => percentile(r, q))));
  setListingCache(false);
  const list = rounds(COMBOS);
  const fts = rounds(ftsFilters);
  setListingCache(true);
  const listCached = rounds(COMBOS);
  const ftsCached = rounds(ftsFilters);
  const feedTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    renderRss(feedPostings(db, EMPTY_FILTERS, NOW, 50), {
      origin: 'http://localhost',
      query: '',
      filters: EMPTY_FILTERS,
      locale: 'en',
      updated: NOW,
    });
    feedTimes.push(performance.now() - t);
  }
  closeDb(db);
  const ingestPerSec = median(ingested.perSec);
  const row: SizeResult = {
    size,
    runs: RUNS,
    ingestPerSec: round(ingestPerSec, 0),
    ingestRuns: ingested.perSec.map((x) => round(x, 0)),
    rawInsertPerSec: round(rawInsertPerSec, 0),
    ingestToRawRatio: round(rawInsertPerSec / ingestPerSec, 1),
    classifyPerSec: round(median(classifyPerSec), 0),
    classifyRuns: classifyPerSec.map((x) => round(x, 0)),
    classifyLongWorstMs: longPostings.worstMs,
    classifyLong: longPostings.cases,
    listP50Ms: p(list, 50),
    listP95Ms: p(list, 95),
    listP95Runs: list.map((r) => round(percentile(r, 95))),
    ftsP50Ms: p(fts, 50),
    ftsP95Ms: p(fts, 95),
    ftsP95Runs: fts.map((r) => round(percentile(r, 95))),
    feedMs: round(percentile(feedTimes, 50)),
    hostileWorstMs: hostile.worstMs,
    hostile,
    searchTerms: terms.map((t) => ({ term: t.term, share: round(t.share, 4) })),
    cached: {
      listP50Ms: p(listCached, 50),
      listP95Ms: p(listCached, 95),
      ftsP95Ms: p(ftsCached, 95),
    },
  };
  return { row, file, terms };
}

/** The production server on that database, with caches off and on. */
async function addHttpFigures(row: SizeResult, file: string, terms: { term: string }[]): Promise<void> {
  const common = terms[terms.length - 2]!.term;
  const off = await httpFigures(file, 'off', common, ['page', 'filtered', 'search', 'feed', 'static'], DURATION);
  // With caches on, the page, the feed and the static file, for half as long: the run stays under 10 minutes.
  const on = await httpFigures(file, 'on', common, ['page', 'feed', 'static'], Math.max(3, Math.round(DURATION / 2)));
  const page = off.page as HttpFigures;
  Object.assign(row, {
    pageP50Ms: page.p50,
    pageP97_5Ms: page.p97_5,
    pageRps: round(page.rps, 0),
    staticP50Ms: (off.static as HttpFigures).p50,
    serverRssMb: round(off.rssMb as number, 0),
    http: off,
  });
  Object.assign(row.cached as Record<string, unknown>, {
    http: on,
    pageP50Ms: (on.page as HttpFigures).p50,
    pageRps: round((on.page as HttpFigures).rps, 0),
    serverRssMb: round(on.rssMb as number, 0),
  });
}

/** Issue 11's figures: hot page vs a same-size static file at 50 connections, cold renders, HTML bytes. */
async function addSiteFigures(row: SizeResult, file: string, terms: { term: string }[]): Promise<void> {
  const common = terms[terms.length - 2]!.term;
  const site = await siteFigures(file, { RAQMI_NOW: new Date(NOW).toISOString(), RAQMI_SEARCH_CONCURRENCY: '0' }, common, DURATION);
  Object.assign(row, {
    listingHtmlBytes: site.listingHtmlBytes,
    hotListingRps: round(site.hotListing.rps, 0),
    hotListingP50Ms: site.hotListing.p50,
    staticSameSizeRps: round(site.staticSameSize.rps, 0),
    staticSameSizeP50Ms: site.staticSameSize.p50,
    hotToStaticP50: round(site.hotToStaticP50, 2),
    coldHomeP50Ms: site.coldHomeP50Ms,
    coldQueryP50Ms: site.coldQueryP50Ms,
    site,
  });
}

/** --hostile-only: the hostile searches on one size, printed. */
async function hostileOnly(size: number): Promise<void> {
  const file = join(TMP, `bench-${size}.db`);
  const db = createDb(file);
  ingest(db, generatePostings(size));
  const hostile = timeHostile(db, NOW);
  closeDb(db);
  const http = values['no-http'] ? undefined : await hostileHttp(file, NOW);
  console.log(JSON.stringify({ size, hostile, http }));
}

async function main(): Promise<void> {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  if (!values['no-http']) ensureBuilt();
  const results: SizeResult[] = [];
  for (const size of SIZES) {
    console.log(`\n== ${size.toLocaleString('en')} postings`);
    if (values['hostile-only']) {
      await hostileOnly(size);
      continue;
    }
    const { row, file, terms } = measureInProcess(size);
    if (!values['no-http']) await addSiteFigures(row, file, terms);
    if (!values['no-http'] && !values['site-only']) await addHttpFigures(row, file, terms);
    results.push(row);
    console.log(
      JSON.stringify({ ...row, http: undefined, searchTerms: undefined, cached: { ...(row.cached as object), http: undefined } }),
    );
  }
  if (values['hostile-only']) return;
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
}

function printTable(results: SizeResult[]): void {
  const cols = [
    'size',
    'ingestPerSec',
    'rawInsertPerSec',
    'classifyPerSec',
    'classifyLongWorstMs',
    'listP50Ms',
    'listP95Ms',
    'ftsP95Ms',
    'hostileWorstMs',
    'feedMs',
    'pageP50Ms',
    'pageRps',
    'staticP50Ms',
    'serverRssMb',
    'listingHtmlBytes',
    'hotListingRps',
    'hotListingP50Ms',
    'staticSameSizeRps',
    'staticSameSizeP50Ms',
    'hotToStaticP50',
    'coldHomeP50Ms',
    'coldQueryP50Ms',
  ];
  console.log(`\n${cols.join('\t')}`);
  for (const r of results) console.log(cols.map((c) => String(r[c] ?? '-')).join('\t'));
  console.log('\nwith caches on:');
  for (const r of results) console.log(`${r.size}\t${JSON.stringify({ ...(r.cached as object), http: undefined })}`);
}

async function scrapeLoad(): Promise<void> {
  console.log('\n== pages while a 3,000-posting scrape runs (npm start path, empty database)');
  const figures = await measureScrapeLoad({ tmp: TMP });
  writeFileSync('bench/scrape-load.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(JSON.stringify(figures));
  const verdict = !figures.valid ? 'INVALID (the scrape ended before the pages were warm)' : figures.pass ? 'pass' : 'FAIL';
  console.log(
    `listing p99 idle ${figures.idleP99Ms} ms, during the scrape ${figures.duringP99Ms} ms (target ≤ ${figures.targetP99Ms} ms), max ${figures.maxMs} ms: ${verdict} (load average ${figures.loadAverage})`,
  );
}

if (values['scrape-load-only']) {
  mkdirSync(TMP, { recursive: true });
  await scrapeLoad();
  rmSync(TMP, { recursive: true, force: true });
} else {
  await main();
  if (!values['no-http'] && !values['hostile-only']) await scrapeLoad();
  rmSync(TMP, { recursive: true, force: true });
}
