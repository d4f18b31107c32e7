// "Posted within N days" is one cutoff for the whole UTC hour and never admits a posting older
// than asked. Regression: pages measured from the start of the hour and let in a posting 24 h
// 11 min old under "24 hours", while the API measured from the real clock.
import { describe, expect, it } from 'vitest';
import { HOUR, postedWithinCutoff, startOfHour } from '../../lib/hours';

const MINUTE = 60_000;
const DAY = 24 * HOUR;
const T = Date.parse('2026-12-06T14:00:00Z');
const INSTANTS = Array.from({ length: 60 }, (_, m) => T + m * MINUTE + (m % 7) * 1000);

describe('postedWithinCutoff', () => {
  it.each([1, 7, 30])('days=%i: the same cutoff at every instant of the hour, as at its start', (days) => {
    const cutoffs = new Set(INSTANTS.map((now) => postedWithinCutoff(days, now)));
    expect([...cutoffs]).toEqual([postedWithinCutoff(days, startOfHour(T + 59 * MINUTE))]);
  });

  it.each([1, 7, 30])('days=%i: never admits a posting older than asked, at any instant', (days) => {
    for (const now of INSTANTS) expect(postedWithinCutoff(days, now)).toBeGreaterThanOrEqual(now - days * DAY);
  });

  it('leaves a posting 24 h 30 min old out of "24 hours" all hour long, and one 23 h old in', () => {
    for (const now of INSTANTS) {
      expect(now - 24 * HOUR - 30 * MINUTE).toBeLessThan(postedWithinCutoff(1, now));
      expect(now - 23 * HOUR).toBeGreaterThanOrEqual(postedWithinCutoff(1, now));
    }
  });
});
