// /stats shows the figures of one data version: its share tables, the work matrix, who may take the
// remote jobs, the pay table and the weekly chart all move together when new data lands (the data
// version moves) and never show half of a change.
//
// Tester's report: while `npm run reclassify` ran (it commits batch by batch and moves the data
// version once, at its end), /ar/stats said 15 remote jobs in its workplace table and 18 in the
// work matrix's remote column beside it. The share tables were computed once per data version;
// the matrix, the weekly chart, who-may-apply and pay were computed again on every request, from
// rows the version did not cover yet.
import Database from 'better-sqlite3';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { figureIn } from '../helpers/figures';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite({ browser: false });

const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
const ENGAGEMENTS = ['freelance', 'employee', 'unknown'] as const;

type Figures = {
  total: number;
  workplace: Record<string, number>;
  engagement: Record<string, number>;
  /** `engagement×workplace` → the work matrix's cell. */
  matrix: Record<string, number>;
  openRemote: number;
  openToRows: number[];
  payRows: number[];
  /** The weekly chart's table added up per workplace column. */
  weekly: number[];
};

/** The figures /stats (or /ar/stats) shows, read from its HTML as it is served. */
async function statsFigures(path: string): Promise<Figures> {
  const res = await fetch(`${site.url}${path}`);
  expect(res.status).toBe(200);
  const $ = cheerio.load(await res.text());
  const main = $('main');
  const strong = main.find('p strong').toArray();
  const byParam = (param: string) => {
    const out: Record<string, number> = {};
    main.find(`table tbody tr th a[href*="?${param}="]`).each((_, a) => {
      const value = new URL($(a).attr('href')!, 'http://x').searchParams.get(param)!;
      out[value] = figureIn($(a).closest('tr').find('td').first().text());
    });
    return out;
  };
  const matrix: Record<string, number> = {};
  main.find('table.cards td a[href*="engagement="]').each((_, a) => {
    const q = new URL($(a).attr('href')!, 'http://x').searchParams;
    matrix[`${q.get('engagement')}×${q.get('workplace')}`] = figureIn($(a).text());
  });
  // The two tables without links: who may take the remote jobs, then pay (absent when too few state it).
  const plain = main
    .find('table')
    .toArray()
    .filter((t) => $(t).find('a').length === 0 && !$(t).closest('.sr-table').length);
  const firstCells = (table: (typeof plain)[number] | undefined) =>
    table
      ? $(table)
          .find('tbody tr')
          .toArray()
          .map((tr) => figureIn($(tr).find('td').first().text()))
      : [];
  const weekly = main
    .find('.sr-table tbody tr')
    .toArray()
    .map((tr) =>
      $(tr)
        .find('td')
        .toArray()
        .map((td) => figureIn($(td).text())),
    )
    .reduce((sums, row) => row.map((n, i) => (sums[i] ?? 0) + n), [] as number[]);
  return {
    total: figureIn($(strong[0]).text()),
    workplace: byParam('workplace'),
    engagement: byParam('engagement'),
    matrix,
    openRemote: figureIn($(strong[1]).text()),
    openToRows: firstCells(plain[0]),
    payRows: firstCells(plain[1]),
    weekly,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The figures of one page agree with each other, as figures of one set of jobs do. */
function expectOneSetOfJobs(f: Figures): void {
  expect(sum(Object.values(f.workplace))).toBe(f.total);
  expect(sum(Object.values(f.engagement))).toBe(f.total);
  for (const w of WORKPLACES) expect([w, sum(ENGAGEMENTS.map((e) => f.matrix[`${e}×${w}`]!))]).toEqual([w, f.workplace[w]]);
  for (const e of ENGAGEMENTS) expect([e, sum(WORKPLACES.map((w) => f.matrix[`${e}×${w}`]!))]).toEqual([e, f.engagement[e]]);
  expect(f.openRemote).toBe(f.workplace.remote);
  expect(sum(f.openToRows)).toBe(f.openRemote);
  // Every demo job was first seen within the chart's twelve weeks: each column holds them all.
  expect(f.weekly).toEqual(WORKPLACES.map((w) => f.workplace[w]));
}

/** Card ids of a listing, from the API. */
async function cardIds(query: string, n: number): Promise<string[]> {
  const body = (await (await fetch(`${site.url}/api/postings?${query}`)).json()) as { items: { id: string }[] };
  return body.items.slice(0, n).map((i) => i.id);
}

describe('/stats across a change of the data', () => {
  it('shows one data version’s figures everywhere on the page, then the next version’s once it lands', { timeout: 60_000 }, async () => {
    const before = await statsFigures('/stats');
    expectOneSetOfJobs(before);
    expect(before.payRows.length).toBeGreaterThan(0);

    // A reclassify's batch: three remote jobs decided hybrid, an on-site one no longer digital
    // marketing; committed, the data version not moved yet.
    const toHybrid = await cardIds('workplace=remote', 3);
    const [dropped] = await cardIds('workplace=onsite', 1);
    expect(toHybrid).toHaveLength(3);
    const db = new Database(site.file);
    try {
      db.transaction(() => {
        const set = db.prepare("UPDATE postings SET workplace = 'hybrid' WHERE public_id = ?");
        for (const id of toHybrid) set.run(id);
        db.prepare('UPDATE postings SET digital_marketing = 0 WHERE public_id = ?').run(dropped);
      })();

      // A page rendered now (the Arabic one was never rendered, so it is no stored copy) still
      // shows the version it was read at, all of it.
      const during = await statsFigures('/ar/stats');
      expectOneSetOfJobs(during);
      expect(during).toEqual(before);

      // The batch's end moves the version, as reclassify and every scrape do.
      db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'").run();
    } finally {
      db.close();
    }
    // The server reads the data version at most once a second.
    await new Promise((done) => setTimeout(done, 1_100));

    for (const path of ['/stats', '/ar/stats']) {
      const after = await statsFigures(path);
      expectOneSetOfJobs(after);
      expect([path, after.total]).toEqual([path, before.total - 1]);
      expect([path, after.workplace]).toEqual([
        path,
        {
          ...before.workplace,
          remote: before.workplace.remote! - 3,
          hybrid: before.workplace.hybrid! + 3,
          onsite: before.workplace.onsite! - 1,
        },
      ]);
    }
  });
});
