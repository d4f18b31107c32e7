// Real recorded postings (../shared/recordings) through the pipeline, and copies of them re-listed
// the ways aggregators re-list: an excerpt, another board's HTML, a legal form on the company, a
// title suffix. Used by the grouping tests; callers skip when the recordings are absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePosting, type ClassifiedPosting, type SourcePosting } from '../../lib/postings/pipeline';
import { ADAPTERS } from '../../scrapers/registry';
import { ZRawPosting } from '../../scrapers/types';
import { SHARED_RECORDINGS } from './recordings';

const FILES = [
  ['remotive', 'remotive/remote-jobs_all_2026-07-18.json', 'https://remotive.com/api/remote-jobs'],
  ['remoteok', 'remoteok/remoteok_api_2026-03-17.json', 'https://remoteok.com/api'],
  [
    'weworkremotely',
    'weworkremotely/remote-sales-and-marketing-jobs.rss',
    'https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss',
  ],
  ['arbeitnow', 'arbeitnow/job-board-api_page1_2026-02-12.json', 'https://www.arbeitnow.com/api/job-board-api'],
] as const;

/** The postings of four recorded boards, as a scrape would store them. */
export function recorded(): ClassifiedPosting[] {
  return FILES.flatMap(([source, file, url]) => {
    const body = readFileSync(join(SHARED_RECORDINGS, file), 'utf8');
    const { items } = ADAPTERS[source].parse(body, { url, now: new Date('2026-08-01T00:00:00Z'), target: { key: source, source } });
    return items.flatMap((item) => {
      const raw = ZRawPosting.safeParse(item);
      return raw.success ? [preparePosting(raw.data as SourcePosting, { source, sourceKey: source })] : [];
    });
  });
}

/** A copy of `p` on another board; `kind` (0–3) picks how it was re-listed. */
export function relisted(p: ClassifiedPosting, kind: number, source = 'aggregator'): ClassifiedPosting {
  const words = p.descriptionText.split(/\s+/);
  const copy: SourcePosting = {
    externalId: `copy-${p.externalId}`,
    url: `https://aggregator.example/j/${p.externalId}?utm_source=x`,
    title: p.title,
    company: p.company,
    location: p.location,
    descriptionHtml: p.descriptionHtml,
    hints: {},
  };
  if (kind === 0)
    copy.descriptionHtml = `<p>${words.slice(0, Math.max(60, Math.floor(words.length * 0.4))).join(' ')}…</p><p>Apply on the original board.</p>`;
  if (kind === 1) copy.descriptionHtml = `<div>${p.descriptionText.split('\n').join('<br/>')}</div>`;
  if (kind === 2) copy.company = `${p.company} Inc.`;
  if (kind === 3) copy.title = `${p.title} (m/w/d)`;
  return preparePosting(copy, { source, sourceKey: source });
}
