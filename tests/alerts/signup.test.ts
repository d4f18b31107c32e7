// Sign-up limits and housekeeping, with mails written to an outbox folder (the embedded default).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { signUp } from '../../alerts/signup';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const NOW = Date.parse('2026-11-20T10:00:00Z');

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const outbox = join(t.dir, 'outbox');
  const deps = (now = NOW) => ({
    db: t.db,
    mailer: createMailer({ from: 'Raqmi <a@raqmi.example>', outbox }),
    secret: 'z'.repeat(40),
    origin: 'https://r.example',
    now,
  });
  const files = () => {
    try {
      return readdirSync(outbox);
    } catch {
      return [];
    }
  };
  return { t, deps, files, outbox };
}

describe('signUp', () => {
  it('writes the confirmation to the outbox when no SMTP is configured', async () => {
    const { deps, files, outbox } = setup();
    expect(await signUp(deps(), { email: 'a@example.org', frequency: 'weekly', lang: 'ar', params: {}, client: '1.1.1.1' })).toBe(
      'accepted',
    );
    expect(files()).toHaveLength(1);
    const eml = readFileSync(join(outbox, files()[0]!), 'utf8');
    expect(eml).toContain('To: a@example.org');
    expect(eml).toMatch(/dir=3D"rtl"|dir="rtl"/);
  });

  it('sends at most 3 confirmations a day to one address, answering the same', async () => {
    const { deps, files } = setup();
    const outcomes = [];
    for (const view of ['remote', 'hybrid', 'onsite', 'unknown'])
      outcomes.push(
        await signUp(deps(), {
          email: 'a@example.org',
          frequency: 'daily',
          lang: 'en',
          params: { workplace: view },
          client: `10.0.0.${outcomes.length}`,
        }),
      );
    expect(outcomes).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    expect(files()).toHaveLength(3);
  });

  it('refuses a sixth sign-up in an hour from one client', async () => {
    const { deps } = setup();
    const outcomes = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await signUp(deps(), { email: `u${i}@example.org`, frequency: 'daily', lang: 'en', params: {}, client: '2.2.2.2' }));
    expect(outcomes.slice(4)).toEqual(['accepted', 'rate-limited']);
    expect(
      await signUp(deps(NOW + 60 * 60 * 1000), {
        email: 'late@example.org',
        frequency: 'daily',
        lang: 'en',
        params: {},
        client: '2.2.2.2',
      }),
    ).toBe('accepted');
  });

  it('deletes sign-ups left unconfirmed for 7 days and stores no address in the rate limits', async () => {
    const { t, deps } = setup();
    await signUp(deps(), { email: 'a@example.org', frequency: 'daily', lang: 'en', params: {}, client: '3.3.3.3' });
    expect(JSON.stringify(t.db.$client.prepare('SELECT * FROM rate_limits').all())).not.toMatch(/a@example|3\.3\.3\.3/);
    expect((await runDigests({ ...deps(NOW + 6 * 86_400_000) })).swept).toBe(0);
    expect((await runDigests({ ...deps(NOW + 7 * 86_400_000 + 1) })).swept).toBe(1);
    expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM alert_subscriptions').get()).toEqual({ n: 0 });
  });
});
