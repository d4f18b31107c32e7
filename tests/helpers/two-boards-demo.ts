// The demo's recordings plus two Remotive jobs also posted on We Work Remotely, each with a shorter
// text there (no benefits), so that the job's card is Remotive's fuller copy and the We Work
// Remotely posting a copy in its group. The first is open on both boards; the second's We Work
// Remotely copy expired a year ago, so that job is on Remotive alone now.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../scripts/demo-data';

export type SharedJob = { title: string; company: string; copyUrl: string };
export const OPEN_ON_BOTH: SharedJob = {
  title: 'SEO Specialist',
  company: 'Plankton Software',
  copyUrl: 'https://weworkremotely.com/remote-jobs/plankton-software-seo-specialist',
};
export const CLOSED_ON_COPY_BOARD: SharedJob = {
  title: 'Performance Marketing Manager',
  company: 'FreshCrate',
  copyUrl: 'https://weworkremotely.com/remote-jobs/freshcrate-performance-marketing-manager',
};

type RemotiveJob = { title: string; company_name: string; description: string; publication_date: string };
const xmlText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A We Work Remotely RSS item for a Remotive job, its text without the benefits. */
function rssItem(jobs: RemotiveJob[], shared: SharedJob, expiresAt?: string): string {
  const job = jobs.find((j) => j.title === shared.title && j.company_name === shared.company)!;
  const text = job.description.replace(/<h3>What we offer<\/h3>.*$/s, '');
  return `
    <item>
      <title>${shared.company}: ${shared.title}</title>
      <region>Anywhere in the World</region>
      <category>Sales and Marketing</category>
      <type>Full-Time</type>
      <description>${xmlText(text)}</description>
      <pubDate>${new Date(`${job.publication_date}Z`).toUTCString()}</pubDate>${expiresAt ? `\n      <expires_at>${expiresAt}</expires_at>` : ''}
      <guid>${shared.copyUrl}</guid>
      <link>${shared.copyUrl}</link>
    </item>`;
}

/** Copies the demo fixtures into `into/demo` with the two shared jobs added; returns that folder. */
export function demoWithJobsOnTwoBoards(into: string): string {
  const fixtures = join(into, 'demo');
  cpSync(DEMO_DIR, fixtures, { recursive: true });
  const { jobs } = JSON.parse(readFileSync(join(DEMO_DIR, 'remotive/remote-jobs.json'), 'utf8')) as { jobs: RemotiveJob[] };
  const items = rssItem(jobs, OPEN_ON_BOTH) + rssItem(jobs, CLOSED_ON_COPY_BOARD, 'Thu, 20 Nov 2025 09:00:00 GMT');
  const rss = join(fixtures, 'weworkremotely/remote-sales-and-marketing-jobs.rss');
  writeFileSync(rss, readFileSync(rss, 'utf8').replace('</channel>', `${items}\n  </channel>`));
  return fixtures;
}
