// Precision and recall of "same job" on the labelled pair set (tests/fixtures/grouping). A wrong
// merge hides a job, so precision must stay at 0.99 or above; recall at 0.90 or above.
import { describe, expect, it } from 'vitest';
import { decideSameJob, featuresOf, SAME_THRESHOLD, type Features } from '../../lib/grouping';
import { preparePosting } from '../../lib/postings/pipeline';
import { buildPairs, type BoardPosting } from '../fixtures/grouping/pairs';

function features(b: BoardPosting): Features {
  const p = preparePosting(b.posting, { source: b.source, sourceKey: b.source });
  return featuresOf(p, p.searchBody.split(' '));
}

type Scored = { kind: string; same: boolean; decided: boolean; score: number; reason: string };

function measure(scored: Scored[]): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  const tp = scored.filter((s) => s.same && s.decided).length;
  const fp = scored.filter((s) => !s.same && s.decided).length;
  const fn = scored.filter((s) => s.same && !s.decided).length;
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn };
}

describe('grouping on the labelled pair set', () => {
  const pairs = buildPairs();
  const scored: Scored[] = pairs.map((pair) => {
    const d = decideSameJob(features(pair.a), features(pair.b));
    return { kind: pair.kind, same: pair.same, decided: d.same, score: d.score, reason: d.reason };
  });

  it('has at least 150 pairs, about half of them the same job', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    const same = pairs.filter((p) => p.same).length;
    expect(Math.abs(same - pairs.length / 2)).toBeLessThanOrEqual(pairs.length * 0.05);
  });

  it('keeps precision at 0.99 and recall at 0.90 or above', () => {
    const m = measure(scored);
    const misses = scored
      .filter((s) => s.same !== s.decided)
      .map((s) => `${s.same ? 'missed' : 'merged'} ${s.kind} (${s.reason} ${s.score})`);
    console.log(
      `grouping pairs: ${pairs.length}, threshold ${SAME_THRESHOLD}, precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`,
      misses,
    );
    expect(m.precision).toBeGreaterThanOrEqual(0.99);
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('records the sweep the threshold was chosen from', () => {
    // Pairs decided on the description score: what precision and recall each threshold gives.
    const byScore = scored.filter((s) => s.reason === 'description' || s.reason === 'short-key-location');
    const rows = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => {
      const m = measure(scored.map((s) => (byScore.includes(s) && s.reason === 'description' ? { ...s, decided: s.score >= t } : s)));
      return `${t}: P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)}`;
    });
    const sameScores = scored.filter((s) => s.same && s.reason === 'description').map((s) => s.score);
    console.log('threshold sweep', rows.join(' | '), `lowest same-job score ${Math.min(...sameScores)}`);
    const [lowDifferent] = scored
      .filter((s) => !s.same && s.reason === 'description')
      .map((s) => s.score)
      .sort((a, b) => b - a);
    // The threshold sits above every different job that reached the description test.
    expect(lowDifferent ?? 0).toBeLessThan(SAME_THRESHOLD);
  });
});
