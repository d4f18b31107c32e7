// The grouper on real postings (../shared/recordings, skipped when absent): every pair of two
// different recorded jobs must stay apart, and each real posting re-listed the ways aggregators
// re-list (an excerpt, another board's HTML, a legal form on the company, a title suffix) must
// join its original.
import { describe, expect, it } from 'vitest';
import { decideSameJob, featuresOf, type Features } from '../../lib/grouping';
import type { ClassifiedPosting as NormalisedPosting } from '../../lib/postings/pipeline';
import { recorded, relisted } from '../helpers/grouping-recordings';
import { hasShared } from '../helpers/recordings';

const features = (p: NormalisedPosting): Features => featuresOf(p, p.searchBody.split(' '));

describe.skipIf(!hasShared)('grouping real recorded postings', () => {
  const postings = hasShared ? recorded().filter((p) => p.company && p.descriptionText.split(/\s+/).length >= 60) : [];
  const feats = postings.map(features);

  // Found by reading the pairs that share a blocking key: EverAI posted this editor role on
  // Remotive twice, five days apart, the second time with another HTML layout and a salary.
  const REAL_REPOSTS = new Set(['remotive:2091035|remotive:2090887']);
  const idOf = (p: NormalisedPosting) => `${p.source}:${p.externalId}`;

  it('keeps every pair of two different recorded jobs apart and joins the real repost', () => {
    const merged: string[] = [];
    let sameKey = 0;
    for (let i = 0; i < feats.length; i++)
      for (let j = i + 1; j < feats.length; j++) {
        if (feats[i]!.key === feats[j]!.key) sameKey++;
        if (decideSameJob(feats[i]!, feats[j]!).same) merged.push(`${idOf(postings[i]!)}|${idOf(postings[j]!)}`);
      }
    console.log(`recorded postings: ${postings.length}, pairs with one blocking key: ${sameKey}, merged: ${merged.join(', ')}`);
    expect(postings.length).toBeGreaterThan(100);
    expect(merged.sort()).toEqual([...REAL_REPOSTS].sort());
  });

  it('joins at least 90% of the re-listed copies to their original', () => {
    const joined = postings.map((p, i) => decideSameJob(feats[i]!, features(relisted(p, i % 4))).same);
    const recall = joined.filter(Boolean).length / joined.length;
    console.log(`re-listed copies: ${joined.length}, joined: ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
