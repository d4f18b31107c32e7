// The confirmation mail goes to an address nobody has vouched for yet: whoever typed it into the
// form may be a stranger. Regression: the mail quoted the sign-up's search text, so a stranger
// could put "call +44 …" or a link into a mail sent from our domain to anyone. It now names the
// view by the site's own labels and says only that a search is part of it. Received over real
// SMTP (smtp-server on loopback, mailparser reading).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../alerts/mailer';
import { signUp } from '../../alerts/signup';
import type { UiLocale } from '../../lib/i18n';
import { tempDb } from '../helpers/db';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

const NOW = Date.parse('2026-11-20T10:00:00Z');
const HOSTILE = 'Call +44 7911 824360 now: www.win-prize.example/claim';
// Pieces of it, any of which in the mail would be the stranger's text.
const PIECES = ['Call', '+44', '7911', '824360', 'win-prize', 'claim'];
// The signed confirm link is random base64: it may hold "555" by chance, and is ours.
const withoutLinks = (part: string) => part.replace(/https:\/\/raqmi\.example\/[^\s"]*token=[\w.-]+/g, '<link>');

describe('the confirmation mail', () => {
  const t = tempDb();
  let smtp: TestSmtp;
  let mailer: Mailer;

  beforeAll(async () => {
    smtp = await startSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, from: 'Raqmi <alerts@raqmi.example>', outbox: '/nonexistent' });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    t.cleanup();
  });

  const signUpWith = async (email: string, lang: UiLocale, params: Record<string, string>) => {
    const before = smtp.mails.length;
    const deps = { db: t.db, mailer, secret: 's'.repeat(40), origin: 'https://raqmi.example', now: NOW };
    expect(await signUp(deps, { email, frequency: 'daily', lang, params, client: `client-${email}` })).toBe('accepted');
    expect(smtp.mails).toHaveLength(before + 1);
    const mail = smtp.mails.at(-1)!;
    return { subject: mail.subject ?? '', text: withoutLinks(mail.text ?? ''), html: withoutLinks(String(mail.html)) };
  };

  it.each([
    ['en', 'Remote · Content planning & creation · a word search', 'Content planning &amp; creation'],
    ['ar', 'عن بعد، تخطيط المحتوى وإنشاؤه، بحث بكلمات', 'تخطيط المحتوى وإنشاؤه'],
  ] as const)('in %s names the filters by the site’s labels and never quotes the search text', async (lang, label, htmlLabel) => {
    const mail = await signUpWith(`victim-${lang}@example.org`, lang, { workplace: 'remote', skills: 'content', q: HOSTILE });
    for (const part of [mail.subject, mail.text, mail.html])
      for (const piece of PIECES) expect([piece, part.includes(piece)]).toEqual([piece, false]);
    expect(mail.text).toContain(label);
    expect(mail.html).toContain(htmlLabel);
  });

  it('names a view that is only a search without its text', async () => {
    const mail = await signUpWith('only-search@example.org', 'en', { q: HOSTILE });
    expect(mail.text).toContain('for this view on Raqmi: a word search.');
    for (const piece of PIECES) expect(mail.text + mail.html).not.toContain(piece);
  });

  it('still names a view without a search as before', async () => {
    const mail = await signUpWith('plain@example.org', 'en', { workplace: 'remote', engagement: 'freelance' });
    expect(mail.text).toContain('for this view on Raqmi: Remote · Freelance.');
  });
});
