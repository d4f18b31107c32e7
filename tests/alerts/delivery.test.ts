// Digest delivery over a real SMTP server: Arabic digests render right-to-left, identical views
// are queried once, a failure the server reports is retried next run, a hard bounce stops the
// subscription, and a large batch is cut at 50 with a link to the whole view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { scrapeTargets } from '../../scrapers/scrape';
import { confirmedSubscription } from '../helpers/subscriptions';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

const ORIGIN = 'https://raqmi.example';
const T0 = Date.parse('2026-11-20T08:00:00Z');
const NEXT_SLOT = Date.parse('2026-11-21T07:00:00Z');

let t: ReturnType<typeof tempDb>;
let smtp: TestSmtp;
let mailer: Mailer;
const deps = (now: number) => ({ db: t.db, mailer, secret: 'x'.repeat(40), origin: ORIGIN, now });
const subscribe = (email: string, lang: 'en' | 'ar', view: string) => confirmedSubscription(t.db, { email, lang, view, at: T0 });
const scrape = (count: number) =>
  scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
    db: t.db,
    now: '2026-11-20T12:00:00Z',
    replayDir: writeRecordings([
      {
        url: 'https://remotive.com/api/remote-jobs',
        body: remotiveBody(Array.from({ length: count }, (_, i) => remotiveJob(i + 1, `SEO Specialist ${i + 1}`))),
      },
    ]),
  });

beforeEach(async () => {
  t = tempDb();
  smtp = await startSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <alerts@raqmi.example>', outbox: '/nonexistent' });
});
afterEach(async () => {
  mailer.close();
  await smtp.close();
  t.cleanup();
});

describe('digest delivery', () => {
  it('writes an Arabic digest right-to-left with an Arabic subject', async () => {
    subscribe('ar@example.org', 'ar', 'workplace=remote');
    await scrape(2);
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ mails: 1, jobs: 2 });
    const mail = smtp.mails[0]!;
    expect(mail.subject).toBe('وظيفتان جديدتان، عن بعد — رقمي');
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.html).toContain('<body dir="rtl"');
    // Links open the Arabic site, the manage and unsubscribe pages too.
    expect(mail.text).toContain('إلغاء الاشتراك: https://raqmi.example/ar/alerts/unsubscribe?token=');
    expect(mail.text).toContain('تغيير عدد الرسائل: https://raqmi.example/ar/alerts/manage?token=');
    expect(mail.text).toContain('https://raqmi.example/ar/jobs/remotive-');
    expect(mail.text).toContain('https://raqmi.example/ar?workplace=remote');
  });

  it('queries identical views once however many subscribe', async () => {
    subscribe('a@example.org', 'en', 'workplace=remote');
    subscribe('b@example.org', 'en', 'workplace=remote');
    subscribe('c@example.org', 'ar', '');
    await scrape(3);
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ due: 3, views: 2, mails: 3, jobs: 9 });
  });

  it('retries on the next run what the mail server failed to take', async () => {
    subscribe('busy@example.org', 'en', '');
    await scrape(2);
    smtp.hooks.rcpt = () => ({ code: 451, message: 'try again later' });
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ mails: 0, failed: 1 });
    smtp.hooks.rcpt = undefined;
    expect(await runDigests(deps(NEXT_SLOT + 60_000))).toMatchObject({ mails: 1, jobs: 2 });
    expect(smtp.mails).toHaveLength(1);
  });

  it('stops the subscription on a hard bounce', async () => {
    subscribe('gone@example.org', 'en', '');
    await scrape(1);
    smtp.hooks.rcpt = () => ({ code: 550, message: 'no such user' });
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ mails: 0, stopped: 1 });
    expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions').get()).toEqual({ n: 0 });
  });

  it('lists at most 50 jobs and links to the whole view', async () => {
    subscribe('many@example.org', 'en', 'workplace=remote');
    await scrape(60);
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ mails: 1, jobs: 60 });
    const mail = smtp.mails[0]!;
    expect(mail.subject).toBe('60 new jobs · Remote — Raqmi');
    expect(String(mail.html).match(/<li /g)).toHaveLength(50);
    expect(mail.text).toContain('Showing the first 50 of 60.');
    expect(mail.text).toContain('See the whole view on Raqmi: https://raqmi.example/?workplace=remote');
    // The ten not listed were counted and linked: they do not trickle into the next digest.
    expect((await runDigests({ ...deps(NEXT_SLOT + 60_000), force: true })).mails).toBe(0);
  });

  it('does not send a repost of a job already sent (the ledger keys job groups)', async () => {
    subscribe('repost@example.org', 'en', '');
    await scrape(1);
    expect(await runDigests(deps(NEXT_SLOT))).toMatchObject({ mails: 1, jobs: 1 });
    await scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
      db: t.db,
      now: '2026-11-21T12:00:00Z',
      replayDir: writeRecordings([
        {
          url: 'https://remotive.com/api/remote-jobs',
          body: remotiveBody([
            remotiveJob(1, 'SEO Specialist 1'),
            remotiveJob(99, 'SEO Specialist 1', {
              description:
                '<p>Write our blog and grow our LinkedIn page.</p><p>Full details: salary, benefits, and the team you will join, written out at length for the repost.</p>',
            }),
          ]),
        },
      ]),
    });
    // The fuller repost became the group's representative: a new posting, but not a new job.
    expect(t.db.$client.prepare('SELECT p.external_id FROM job_groups g JOIN postings p ON p.id = g.representative_id').all()).toEqual([
      { external_id: '99' },
    ]);
    expect((await runDigests(deps(NEXT_SLOT + 86_400_000))).mails).toBe(0);
  });
});
