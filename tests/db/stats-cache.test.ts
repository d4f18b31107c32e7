// The stats, skills and sources pages read figures computed once per data version (and minute),
// not on every request. Regression (issue 9, item 7): /stats ran its aggregate queries over every
// posting on every request, 110–170 ms each at 100,000 postings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { cachedSourceStatus, cachedStats } from '../../db/queries/stats';
import { bumpDataVersion } from '../../db/queries/upsert';
import { seededDb } from '../helpers/seeded';

const NOW = Date.parse('2026-11-27T12:00:00Z');
let db: Db;
let cleanup: () => void;

beforeAll(async () => {
  ({ db, cleanup } = await seededDb(NOW));
});
afterAll(() => cleanup());

const closeOne = () =>
  db.$client
    .prepare(
      'UPDATE postings SET closed_at = ? WHERE id = (SELECT min(id) FROM postings WHERE digital_marketing = 1 AND closed_at IS NULL)',
    )
    .run(NOW);

const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
const matrixTotal = (m: ReturnType<typeof cachedStats>['matrix']) =>
  Object.values(m).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);

describe('cachedStats', () => {
  it('computes the figures once per data version and shows a change once the version moves', () => {
    const first = cachedStats(db, NOW);
    closeOne();
    // The same minute, the same version: the figures already computed, not a new scan.
    expect(cachedStats(db, NOW + 5_000)).toBe(first);
    bumpDataVersion(db);
    const after = cachedStats(db, NOW + 5_000);
    expect(after).not.toBe(first);
    expect(after.total).toBe(first.total - 1);
  });

  // The work matrix, the weekly chart, who may apply and pay were read on every request beside
  // figures computed once per version (tests/e2e/stats-per-version.test.ts).
  it('computes the stats page’s charts and tables in the same pass, so they add up to its totals', () => {
    const first = cachedStats(db, NOW);
    closeOne();
    expect(matrixTotal(cachedStats(db, NOW + 5_000).matrix)).toBe(first.total);
    bumpDataVersion(db);
    const after = cachedStats(db, NOW + 5_000);
    expect(matrixTotal(after.matrix)).toBe(after.total);
    expect(after.total).toBe(first.total - 1);
    // Every demo job was first seen within the chart's twelve weeks.
    expect(WORKPLACES.map((w) => after.weeklyFirstSeen.reduce((n, week) => n + week[w], 0))).toEqual(
      WORKPLACES.map((w) => after.workplace[w] ?? 0),
    );
    expect(after.openTo.remote).toBe(after.workplace.remote ?? 0);
  });
});

describe('cachedSourceStatus', () => {
  it('computes the sources rows once per data version', () => {
    const first = cachedSourceStatus(db, NOW);
    expect(first.length).toBeGreaterThan(0);
    expect(cachedSourceStatus(db, NOW + 1_000)).toBe(first);
    bumpDataVersion(db);
    expect(cachedSourceStatus(db, NOW + 1_000)).not.toBe(first);
  });
});
