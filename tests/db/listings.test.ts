// The listing query on a seeded database: every count beside a filter option equals a count
// made by brute force over the same rows, and search matches Arabic however it is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { listPostings, setListingCache } from '../../db/queries/listings';
import { DAY_OPTIONS, EMPTY_FILTERS, parseFilters, type Filters } from '../../lib/filters';
import { highlight, queryGroups, queryTerms } from '../../lib/search';
import { countryName } from '../../lib/place';
import { SOURCE_IDS } from '../../lib/sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES } from '../../lib/taxonomy';
import { seededDb } from '../helpers/seeded';

type Row = { id: number; workplace: string; engagement: string; skills: string; source: string; language: string; posted_at: number };
const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
// "Posted within N days" is measured from the end of the current UTC hour (lib/hours.ts), so it
// is the same all hour long and never admits a posting older than N days.
const END_OF_HOUR = Date.parse('2026-11-27T13:00:00Z');
let db: Db;
let rows: Row[];
let cleanup: () => void;

beforeAll(async () => {
  const seeded = await seededDb(NOW);
  db = seeded.db;
  cleanup = seeded.cleanup;
  setListingCache(false);
  rows = db.$client
    .prepare(
      'SELECT id, workplace, engagement, skills, source, language, posted_at FROM postings WHERE digital_marketing = 1 AND closed_at IS NULL',
    )
    .all() as Row[];
});
afterAll(() => cleanup());

/** The text the search index holds for each listed posting, column by column (migrations 0001, 0008). */
function indexed(): { search_title: string; search_body: string; search_place: string }[] {
  return db.$client
    .prepare('SELECT search_title, search_body, search_place FROM postings WHERE digital_marketing = 1 AND closed_at IS NULL')
    .all() as { search_title: string; search_body: string; search_place: string }[];
}

function brute(f: Filters): number {
  return rows.filter((r) => {
    const skills = JSON.parse(r.skills) as string[];
    return (
      (!f.workplace.length || f.workplace.includes(r.workplace as never)) &&
      (!f.engagement.length || f.engagement.includes(r.engagement as never)) &&
      (!f.source.length || f.source.includes(r.source as never)) &&
      (!f.lang.length || f.lang.includes(r.language as never)) &&
      (!f.skills.length || f.skills.some((s) => skills.includes(s))) &&
      (!f.days || r.posted_at >= END_OF_HOUR - f.days * DAY)
    );
  }).length;
}

const VIEWS = [
  '',
  'workplace=remote',
  'workplace=onsite,hybrid&engagement=employee',
  'engagement=freelance',
  'skills=content,analytics',
  'lang=ar',
  'days=7&workplace=remote',
  'source=wuzzuf,mostaql&skills=social-web',
];

describe('listPostings', () => {
  it('holds the seeded open digital-marketing postings, newest first, 20 a page', () => {
    const listing = listPostings(db, EMPTY_FILTERS, NOW);
    expect(listing.total).toBe(rows.length);
    expect(listing.total).toBeGreaterThan(30);
    expect(listing.items).toHaveLength(20);
    const dates = listing.items.map((p) => p.postedAt);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it.each(VIEWS)('every option count equals a brute-force count (view "%s")', (qs) => {
    const f = parseFilters(new URLSearchParams(qs));
    const listing = listPostings(db, f, NOW);
    expect(listing.total).toBe(brute(f));
    const add = <K extends 'workplace' | 'engagement' | 'skills' | 'source' | 'lang'>(key: K, v: string) =>
      ({ ...f, [key]: f[key].includes(v as never) ? f[key] : [...f[key], v] }) as Filters;
    for (const v of WORKPLACES) expect([v, listing.counts.workplace[v]]).toEqual([v, brute(add('workplace', v))]);
    for (const v of ENGAGEMENTS) expect([v, listing.counts.engagement[v]]).toEqual([v, brute(add('engagement', v))]);
    for (const v of SKILL_IDS) expect([v, listing.counts.skills[v]]).toEqual([v, brute(add('skills', v))]);
    for (const v of SOURCE_IDS) expect([v, listing.counts.source[v]]).toEqual([v, brute(add('source', v))]);
    for (const v of ['en', 'ar', 'de']) expect([v, listing.counts.lang[v]]).toEqual([v, brute(add('lang', v))]);
    for (const d of DAY_OPTIONS) expect([d, listing.counts.days[String(d)]]).toEqual([d, brute({ ...f, days: d })]);
  });

  it('finds Arabic postings from a multi-word query with diacritics and highlights the original words', () => {
    const q = 'إِدارةُ حَمْلَةٍ';
    const listing = listPostings(db, { ...EMPTY_FILTERS, q }, NOW);
    expect(listing.total).toBeGreaterThan(0);
    const hit = listing.items.find((p) => p.title.includes('إدارة حملة'))!;
    expect(hit).toBeDefined();
    const marked = highlight(hit.title, queryTerms(q))
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked).toEqual(['إدارة', 'حملة']);
  });

  it('matches words in any order and through the article', () => {
    const a = listPostings(db, { ...EMPTY_FILTERS, q: 'محتوى كتابة' }, NOW).total;
    const b = listPostings(db, { ...EMPTY_FILTERS, q: 'الكتابة المحتوى' }, NOW).total;
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  // Regression: quotes were dropped, so "content marketing" also found "marketing content".
  it.each(['"content marketing"', '"social media"', '“التسويق الرقمي”', '"marketing content"', '"media social" seo'])(
    'finds the words of the phrase %s together and in order, as a brute-force scan of the index text does',
    (q) => {
      const stored = indexed();
      const groups = queryGroups(q);
      const inColumn = (column: string, group: string[]) => {
        const words = column.split(' ');
        return words.some((_, i) =>
          group.every((g, k) => (k === group.length - 1 && g.length >= 3 ? words[i + k]?.startsWith(g) : words[i + k] === g)),
        );
      };
      const expected = stored.filter((r) => groups.every((g) => Object.values(r).some((column) => inColumn(column, g)))).length;
      const unquoted = listPostings(db, { ...EMPTY_FILTERS, q: q.replace(/["“”]/g, '') }, NOW).total;
      expect(listPostings(db, { ...EMPTY_FILTERS, q }, NOW).total).toBe(expected);
      expect(expected).toBeLessThanOrEqual(unquoted);
    },
  );

  it('tells a phrase from the same words apart: fewer postings say "content marketing" than both words', () => {
    const phrase = listPostings(db, { ...EMPTY_FILTERS, q: '"content marketing"' }, NOW).total;
    expect(phrase).toBeGreaterThan(0);
    expect(phrase).toBeLessThan(listPostings(db, { ...EMPTY_FILTERS, q: 'content marketing' }, NOW).total);
  });

  // Tester's report: "e-mail" found 4 demo postings and "email" 20, and تسویق typed with the
  // Persian yeh (ی, as Persian and Urdu keyboards type it) found none.
  it('finds the same postings for "email" and "e-mail", and for an Arabic word typed with a Persian yeh', () => {
    const ids = (q: string) => {
      const listing = listPostings(db, { ...EMPTY_FILTERS, q }, NOW);
      return [listing.total, ...listing.items.map((p) => p.publicId).sort()];
    };
    expect(ids('email')[0]).toBeGreaterThan(0);
    expect(ids('e-mail')).toEqual(ids('email'));
    expect(ids('تسويق')[0]).toBeGreaterThan(0);
    expect(ids('تسویق')).toEqual(ids('تسويق'));
  });

  // Adversary's report: searching "Dubai" or "مصر" missed jobs whose place said it (the city and
  // country were shown on the card, but search read only the title, company and description).
  // Then a newcomer's: "Egypt" missed a remote job the card shows as "open to Egypt", and "UAE"
  // missed jobs shown in "Dubai, UAE".
  it('finds a job by its country or city named in either language, however the board wrote it', () => {
    const rows = db.$client
      .prepare('SELECT public_id, country, city, open_to FROM postings WHERE digital_marketing = 1 AND closed_at IS NULL')
      .all() as { public_id: string; country: string | null; city: string | null; open_to: string | null }[];
    const placed = rows.map((r) => ({
      public_id: r.public_id,
      city: r.city,
      countries: [r.country, ...((r.open_to ? (JSON.parse(r.open_to) as { countries: string[] }).countries : []) ?? [])].filter(Boolean),
    }));
    const found = (q: string) => {
      const ids = new Set<string>();
      for (let page = 1, more = true; more; page++) {
        const items = listPostings(db, { ...EMPTY_FILTERS, q, page }, NOW).items;
        for (const p of items) ids.add(p.publicId);
        more = items.length > 0;
      }
      return ids;
    };
    const countries = [...new Set(placed.flatMap((p) => p.countries))] as string[];
    expect(countries.length).toBeGreaterThan(3);
    const missedBy = (q: string, code: string) => {
      const hits = found(q);
      return placed.filter((p) => p.countries.includes(code) && !hits.has(p.public_id)).map((p) => p.public_id);
    };
    for (const code of countries)
      for (const lang of ['en', 'ar'] as const) expect([code, lang, missedBy(countryName(code, lang), code)]).toEqual([code, lang, []]);
    // The short forms boards and readers use.
    for (const [q, code] of [
      ['UAE', 'AE'],
      ['KSA', 'SA'],
      ['السعودية', 'SA'],
      ['UK', 'GB'],
    ] as const)
      expect([q, missedBy(q, code)]).toEqual([q, []]);
    // A city the board wrote in Arabic is found by its English name, and the other way round.
    for (const [en, ar] of [
      ['Cairo', 'القاهرة'],
      ['Dubai', 'دبي'],
    ])
      for (const q of [en!, ar!]) {
        const hits = found(q);
        const there = placed.filter((p) => p.city === en || p.city === ar);
        expect(there.length).toBeGreaterThan(0);
        expect([q, there.filter((p) => !hits.has(p.public_id)).length]).toEqual([q, 0]);
      }
  });

  it.each(['"x', 'AND', 'c++', 'Marketing-Manager', '%', 'NEAR(', 'seo OR', '\u0000', '*'])('does not fail on the query %s', (q) => {
    expect(() => listPostings(db, { ...EMPTY_FILTERS, q }, NOW)).not.toThrow();
  });

  it.each(['s', 'ma', 'seo', 'تس', 'تسو'])('matches "%s" as a whole word under three characters, as a prefix from three', (q) => {
    const words = indexed().map((r) => Object.values(r).join(' ').split(/\s+/));
    const [term] = queryTerms(q);
    const expected = words.filter((ws) => ws.some((w) => ([...term!].length >= 3 ? w.startsWith(term!) : w === term))).length;
    expect(listPostings(db, { ...EMPTY_FILTERS, q }, NOW).total).toBe(expected);
  });

  // A newcomer's report: "مصر" (Egypt) also found two Saudi projects, through "المصروفة" (spent).
  it.each(['مصر', 'Egypt', 'دبي', 'Cairo', 'UAE'])('matches the place name "%s" as a whole word, not as a prefix', (q) => {
    const words = indexed().map((r) => Object.values(r).join(' ').split(/\s+/));
    const [term] = queryTerms(q);
    const expected = words.filter((ws) => ws.includes(term!)).length;
    expect(expected).toBeGreaterThan(0);
    expect(listPostings(db, { ...EMPTY_FILTERS, q }, NOW).total).toBe(expected);
  });

  it('returns an empty page, not an error, past the last page', () => {
    const listing = listPostings(db, { ...EMPTY_FILTERS, page: 5000 }, NOW);
    expect(listing.items).toEqual([]);
    expect(listing.total).toBe(rows.length);
  });

  it('leaves closed postings out of the listing and its counts', () => {
    const closed = db.$client.prepare('SELECT count(*) AS n FROM postings WHERE digital_marketing = 1 AND closed_at IS NOT NULL').get() as {
      n: number;
    };
    expect(closed.n).toBeGreaterThan(0);
    expect(listPostings(db, EMPTY_FILTERS, NOW).total).toBe(rows.length);
  });
});
