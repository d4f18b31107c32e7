// The scheduled digest job: registered with node-cron for 07:00 UTC, and on start one catch-up
// pass sends what a run missed while the process was down, once.
import { afterEach, describe, expect, it } from 'vitest';
import { startDigestJob } from '../../alerts/job';
import { createMailer } from '../../alerts/mailer';
import { scrapeTargets } from '../../scrapers/scrape';
import { confirmedSubscription } from '../helpers/subscriptions';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { startSmtp } from '../helpers/smtp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('startDigestJob', () => {
  it('catches up a missed run once on start and schedules the next at 07:00 UTC', async () => {
    const t = tempDb();
    const smtp = await startSmtp();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <a@raqmi.example>', outbox: '/nonexistent' });
    cleanups.push(
      t.cleanup,
      () => smtp.close(),
      () => mailer.close(),
    );
    confirmedSubscription(t.db, { at: '2026-11-10T08:00:00Z' });
    await scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
      db: t.db,
      now: '2026-11-12T12:00:00Z',
      replayDir: writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1, 'SEO Specialist')]) }]),
    });
    const lines: string[] = [];
    const start = (now: string) =>
      startDigestJob({
        db: t.db,
        log: (l) => lines.push(l),
        mailer,
        context: { secret: 'q'.repeat(40), origin: 'https://r.example' },
        now: () => Date.parse(now),
      });
    // Down from the 11th to the 20th: nine slots missed, one digest.
    const job = start('2026-11-20T09:00:00Z');
    await job.catchUp;
    expect(job.nextRun()?.getUTCHours()).toBe(7);
    await job.stop();
    const again = start('2026-11-20T09:30:00Z');
    await again.catchUp;
    await again.stop();
    expect(smtp.mails).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[alerts\] 1 mails, 1 jobs/);
    expect(lines.join('\n')).not.toContain('r@example.org');
  });
});
