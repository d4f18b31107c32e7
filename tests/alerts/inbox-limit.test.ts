// The per-address limit (3 sign-ups a day) counts per inbox. Regression: it keyed on the address
// lower-cased, so victim+1@gmail.com, victim+2@gmail.com and v.ictim@gmail.com each had their own
// three and one inbox could be flooded with confirmation mails. Received over real SMTP
// (smtp-server on loopback, mailparser reading).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../alerts/mailer';
import { signUp } from '../../alerts/signup';
import { tempDb } from '../helpers/db';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

const NOW = Date.parse('2026-11-20T10:00:00Z');

describe('the per-address sign-up limit', () => {
  const t = tempDb();
  let smtp: TestSmtp;
  let mailer: Mailer;
  let client = 0;

  beforeAll(async () => {
    smtp = await startSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <alerts@raqmi.example>', outbox: '/nonexistent' });
  });
  beforeEach(() => {
    smtp.mails.length = 0;
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    t.cleanup();
  });

  /** Each sign-up from its own client and for its own view, so only the address's limit can stop it. */
  const signUpAll = async (emails: string[]) => {
    for (const [i, email] of emails.entries()) {
      const deps = { db: t.db, mailer, secret: 's'.repeat(40), origin: 'https://raqmi.example', now: NOW };
      const params = { days: ['1', '3', '7', '14', '30'][i % 5]!, workplace: i < 5 ? 'remote' : 'hybrid' };
      expect(await signUp(deps, { email, frequency: 'daily', lang: 'en', params, client: `10.0.0.${client++}` })).toBe('accepted');
    }
    return smtp.mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text);
  };

  it('sends one Gmail inbox 3 confirmations a day, whatever +tags, dots or googlemail.com, each to the address as typed', async () => {
    const received = await signUpAll([
      'victim+1@gmail.com',
      'victim+2@gmail.com',
      'v.ictim@gmail.com',
      'V.I.C.T.I.M+x@googlemail.com',
      'victim@gmail.com',
    ]);
    expect(received).toEqual(['victim+1@gmail.com', 'victim+2@gmail.com', 'v.ictim@gmail.com']);
  });

  it('counts +tags of any domain as one inbox', async () => {
    const received = await signUpAll(['reader+a@example.org', 'reader+b@example.org', 'Reader+c@Example.org', 'reader@example.org']);
    expect(received).toEqual(['reader+a@example.org', 'reader+b@example.org', 'Reader+c@example.org']);
  });

  it('keeps dots apart where only Gmail ignores them', async () => {
    const received = await signUpAll(['a.b@example.net', 'a.b@example.net', 'a.b@example.net', 'ab@example.net']);
    expect(received).toEqual(['a.b@example.net', 'a.b@example.net', 'a.b@example.net', 'ab@example.net']);
  });
});
