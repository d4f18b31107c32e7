// The whole alert flow over real SMTP (smtp-server on loopback, mailparser reading): sign-up →
// confirmation mail → confirm link → a scrape brings new postings → the digest holds exactly the
// new matching jobs → a second pass sends nothing → a new posting → only it is sent → one-click
// unsubscribe → nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { confirmByToken, signUp, unsubscribeByToken } from '../../alerts/signup';
import { scrapeTargets } from '../../scrapers/scrape';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { linkIn, startSmtp, type TestSmtp } from '../helpers/smtp';

const ORIGIN = 'https://raqmi.example';
const SECRET = 'test-secret-test-secret-test-secret-0123';
const at = (iso: string) => Date.parse(iso);
const tokenOf = (url: string) => new URL(url).searchParams.get('token');

describe('email alerts over SMTP', () => {
  const t = tempDb();
  let smtp: TestSmtp;
  let mailer: Mailer;
  const deps = (now: number) => ({ db: t.db, mailer, secret: SECRET, origin: ORIGIN, now });
  const scrape = (now: string, jobs: unknown[]) =>
    scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
      db: t.db,
      replayDir: writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody(jobs) }]),
      now,
    });
  const titles = (html: string | false | undefined) =>
    [...String(html).matchAll(/<strong><bdi>([^<]+)<\/bdi><\/strong>/g)].map((m) => m[1]);
  let unsubscribeUrl = '';

  beforeAll(async () => {
    smtp = await startSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <alerts@raqmi.example>', outbox: '/nonexistent' });
    await scrape('2026-11-20T09:00:00Z', [remotiveJob(1, 'SEO Specialist'), remotiveJob(2, 'Social Media Manager')]);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    t.cleanup();
  });

  it('mails a confirmation link, and nothing else, to a new address', async () => {
    const outcome = await signUp(deps(at('2026-11-20T10:00:00Z')), {
      email: 'Reader@Example.org',
      frequency: 'daily',
      lang: 'en',
      params: { workplace: 'remote', page: '3', bogus: 'x' },
      client: '127.0.0.1',
    });
    expect(outcome).toBe('accepted');
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toMatchObject({ text: 'Reader@example.org' });
    expect(mail.subject).toBe('Confirm your Raqmi job alert');
    // Nothing before confirmation: a forced pass skips unconfirmed rows.
    expect((await runDigests({ ...deps(at('2026-11-21T07:00:00Z')), force: true })).mails).toBe(0);
    const link = linkIn(mail, `${ORIGIN}/alerts/confirm?token=`);
    expect(confirmByToken(deps(at('2026-11-20T11:00:00Z')), tokenOf(link))).toMatchObject({
      ok: true,
      value: { view: 'workplace=remote', lang: 'en' },
    });
  });

  it('sends exactly the new matching jobs after a scrape, as multipart with one-click unsubscribe', async () => {
    // Job 3 is new and matches; 4 is new but not a marketing job; 1 and 2 were there before confirmation.
    await scrape('2026-11-20T15:00:00Z', [
      remotiveJob(1, 'SEO Specialist'),
      remotiveJob(2, 'Social Media Manager'),
      remotiveJob(3, 'Growth & SEO "Content" Lead'),
      remotiveJob(4, 'Backend Engineer', { description: '<p>Go and Postgres.</p>', category: 'Software Development' }),
    ]);
    const summary = await runDigests(deps(at('2026-11-21T07:00:00Z')));
    expect(summary).toMatchObject({ due: 1, mails: 1, jobs: 1 });
    const mail = smtp.mails[1]!;
    expect(mail.subject).toBe('1 new job · Remote — Raqmi');
    expect(titles(mail.html)).toEqual(['Growth &amp; SEO &quot;Content&quot; Lead']);
    expect(mail.text).toContain('* Growth & SEO "Content" Lead');
    expect(mail.text).toContain(`${ORIGIN}/?workplace=remote`);
    const header = (name: string) =>
      mail.headerLines
        .find((h) => h.key === name)
        ?.line.slice(name.length + 1)
        .trim();
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    unsubscribeUrl = header('list-unsubscribe')!.replace(/^<|>$/g, '');
    expect(unsubscribeUrl).toMatch(new RegExp(`^${ORIGIN}/alerts/unsubscribe\\?token=`));
    expect(mail.text).toContain(`${ORIGIN}/alerts/manage?token=`);
  });

  it('sends nothing on a second pass, forced or not', async () => {
    expect((await runDigests(deps(at('2026-11-21T09:00:00Z')))).due).toBe(0);
    expect((await runDigests({ ...deps(at('2026-11-21T09:00:00Z')), force: true })).mails).toBe(0);
    expect(smtp.mails).toHaveLength(2);
  });

  it('sends only the posting that arrived since', async () => {
    await scrape('2026-11-21T12:00:00Z', [1, 2, 3].map((i) => remotiveJob(i)).concat(remotiveJob(5, 'PPC Specialist')));
    expect(await runDigests(deps(at('2026-11-22T07:00:00Z')))).toMatchObject({ mails: 1, jobs: 1 });
    expect(titles(smtp.mails[2]!.html)).toEqual(['PPC Specialist']);
  });

  it('unsubscribes with the one-click token, after which nothing is sent', async () => {
    expect(unsubscribeByToken(deps(at('2026-11-22T08:00:00Z')), tokenOf(unsubscribeUrl))).toBe(true);
    expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions').get()).toEqual({ n: 0 });
    await scrape('2026-11-22T12:00:00Z', [remotiveJob(6, 'Email Marketing Lead')]);
    expect((await runDigests({ ...deps(at('2026-11-23T07:00:00Z')), force: true })).mails).toBe(0);
    expect(smtp.mails).toHaveLength(3);
  });
});
