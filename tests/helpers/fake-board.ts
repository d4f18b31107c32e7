// A test's own recordings: a folder with a manifest.json, in the replay contract's shape, so a
// test can replay a 429, a 304, a robots.txt or a broken body through the real replay layer.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FakeResponse = { url: string; status?: number; body?: string; contentType?: string; headers?: Record<string, string> };

export function writeRecordings(responses: FakeResponse[]): string {
  const dir = mkdtempSync(join(process.env.RAQMI_TEST_TMP ?? tmpdir(), 'raqmi-rec-'));
  mkdirSync(join(dir, 'files'));
  const entries = responses.map((r, i) => {
    const file = `files/${i}.txt`;
    writeFileSync(join(dir, file), r.body ?? '');
    return {
      method: 'GET',
      url: r.url,
      file,
      status: r.status ?? 200,
      contentType: r.contentType ?? 'application/json',
      headers: r.headers,
    };
  });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ entries }));
  return dir;
}

/** A clock that only moves when the code under test sleeps. */
export function fakeClock(start = Date.parse('2026-11-20T09:00:00Z')) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

export const remotiveJob = (id: number, title = 'Content Marketing Manager', extra: Record<string, unknown> = {}) => ({
  id,
  url: `https://remotive.com/remote-jobs/marketing/job-${id}`,
  title,
  company_name: 'Acme',
  category: 'Marketing',
  job_type: 'full_time',
  publication_date: '2026-11-19T10:00:00',
  candidate_required_location: 'Worldwide',
  salary: '',
  description: '<p>Write our blog and grow our LinkedIn page.</p>',
  ...extra,
});

export const remotiveBody = (jobs: unknown[]) => JSON.stringify({ '0-legal-notice': 'test', 'job-count': jobs.length, jobs });

/** Every name is "a public host" (a documentation address): for tests whose fetch never opens a socket. */
export const publicResolver = async () => [{ address: '198.51.100.7', family: 4 }];
