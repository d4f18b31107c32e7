// A digest pass killed (SIGKILL, a separate process) after the mail reached the SMTP server but
// before the answer was recorded: the next pass does not send the same jobs again, the digest is
// marked unknown, and a posting that arrives later is sent normally.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { createDb } from '../../db/client';
import { digestStates } from '../../db/queries/alerts-digest';
import { scrapeTargets } from '../../scrapers/scrape';
import { confirmedSubscription } from '../helpers/subscriptions';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { startSmtp } from '../helpers/smtp';

const ROOT = resolve(__dirname, '../..');
const SECRET = 's'.repeat(40);

describe('a digest pass killed between sending and recording', () => {
  const t = tempDb();
  afterAll(() => t.cleanup());

  it('does not send the same jobs twice', async () => {
    const scrape = (now: string, ids: number[]) =>
      scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
        db: t.db,
        now,
        replayDir: writeRecordings([
          { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(ids.map((i) => remotiveJob(i, `SEO Specialist ${i}`))) },
        ]),
      });
    confirmedSubscription(t.db, { at: '2026-11-20T08:00:00Z' });
    await scrape('2026-11-20T12:00:00Z', [1, 2]);
    t.db.$client.close();

    let child: ChildProcess | undefined;
    const smtp = await startSmtp({ data: () => child?.kill('SIGKILL') /* never answer: the sender dies waiting */ });
    const exited = new Promise<NodeJS.Signals | null>((done) => {
      child = spawn(process.execPath, ['--import', 'tsx', 'alerts/cli.ts', '--now'], {
        cwd: ROOT,
        env: { ...process.env, RAQMI_DB: t.file, RAQMI_SMTP_URL: smtp.url, RAQMI_NOW: '2026-11-21T07:00:00Z', RAQMI_SECRET: SECRET },
      });
      child.on('exit', (_code, signal) => done(signal));
    });
    expect(await exited).toBe('SIGKILL');
    expect(smtp.mails).toHaveLength(1);

    const db = createDb(t.file);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <a@raqmi.example>', outbox: '/nonexistent' });
    smtp.hooks.data = undefined;
    try {
      const deps = (iso: string) => ({ db, mailer, secret: SECRET, origin: 'https://raqmi.example', now: Date.parse(iso), force: true });
      expect(await runDigests(deps('2026-11-21T08:00:00Z'))).toMatchObject({ mails: 0, unknown: 1 });
      expect(digestStates(db)).toEqual({ unknown: 1 });
      await scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
        db,
        now: '2026-11-21T12:00:00Z',
        replayDir: writeRecordings([
          { url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([1, 2, 3].map((i) => remotiveJob(i, `SEO Specialist ${i}`))) },
        ]),
      });
      expect(await runDigests(deps('2026-11-22T07:00:00Z'))).toMatchObject({ mails: 1, jobs: 1 });
      expect(smtp.mails[1]!.text).toContain('SEO Specialist 3');
      expect(smtp.mails[1]!.text).not.toMatch(/SEO Specialist [12]\b/);
    } finally {
      mailer.close();
      db.$client.close();
      await smtp.close();
    }
  });
});
