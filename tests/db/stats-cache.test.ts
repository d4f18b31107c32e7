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

  it('recomputes when the minute changes, as the weeks end at now', () => {
    const first = cachedStats(db, NOW);
    const later = cachedStats(db, NOW + 61_000);
    expect(later).not.toBe(first);
    expect(later.weekly.at(-1)!.weekStart).toBeGreaterThan(first.weekly.at(-1)!.weekStart);
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
