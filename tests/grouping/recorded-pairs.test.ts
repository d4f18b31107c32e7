// The grouper on real postings (../shared/recordings, skipped when absent): every pair of two
// different recorded jobs must stay apart, and each real posting re-listed the ways aggregators
// re-list (an excerpt, another board's HTML, a legal form on the company, a title suffix) must
// join its original.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideSameJob, featuresOf, type Features } from '../../lib/grouping';
import { preparePosting, type ClassifiedPosting as NormalisedPosting, type SourcePosting } from '../../lib/postings/pipeline';
import { ADAPTERS } from '../../scrapers/registry';
import { ZRawPosting } from '../../scrapers/types';
import { SHARED_RECORDINGS, hasShared } from '../helpers/recordings';

const FILES = [
  ['remotive', 'remotive/remote-jobs_all_2026-07-18.json', 'https://remotive.com/api/remote-jobs'],
  ['remoteok', 'remoteok/remoteok_api_2026-03-17.json', 'https://remoteok.com/api'],
  ['weworkremotely', 'weworkremotely/remote-sales-and-marketing-jobs.rss', 'https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss'],
  ['arbeitnow', 'arbeitnow/job-board-api_page1_2026-02-12.json', 'https://www.arbeitnow.com/api/job-board-api'],
] as const;

function recorded(): NormalisedPosting[] {
  return FILES.flatMap(([source, file, url]) => {
    const body = readFileSync(join(SHARED_RECORDINGS, file), 'utf8');
    const { items } = ADAPTERS[source].parse(body, { url, now: new Date('2026-08-01T00:00:00Z'), target: { key: source, source } });
    return items.flatMap((item) => {
      const raw = ZRawPosting.safeParse(item);
      return raw.success ? [preparePosting(raw.data as SourcePosting, { source, sourceKey: source })] : [];
    });
  });
}

const features = (p: NormalisedPosting): Features => featuresOf(p, p.searchBody.split(' '));

function relisted(p: NormalisedPosting, kind: number): NormalisedPosting {
  const words = p.descriptionText.split(/\s+/);
  const copy: SourcePosting = { externalId: `copy-${p.externalId}`, url: `https://aggregator.example/j/${p.externalId}?utm_source=x`, title: p.title, company: p.company, location: p.location, descriptionHtml: p.descriptionHtml, hints: {} };
  if (kind === 0) copy.descriptionHtml = `<p>${words.slice(0, Math.max(60, Math.floor(words.length * 0.4))).join(' ')}…</p><p>Apply on the original board.</p>`;
  if (kind === 1) copy.descriptionHtml = `<div>${p.descriptionText.split('\n').join('<br/>')}</div>`;
  if (kind === 2) copy.company = `${p.company} Inc.`;
  if (kind === 3) copy.title = `${p.title} (m/w/d)`;
  return preparePosting(copy, { source: 'aggregator', sourceKey: 'aggregator' });
}

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
