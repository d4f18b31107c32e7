// The pure parts of email alerts: signed links, address checks, views, due times, the mail's text.
import { describe, expect, it } from 'vitest';
import { composeConfirmation, composeDigest, digestSubject, type DigestJob } from '../../lib/alerts/digest';
import { normaliseEmail } from '../../lib/alerts/email';
import { isDue, latestSlot } from '../../lib/alerts/schedule';
import { CONFIRM_TTL_MS, readToken, signToken } from '../../lib/alerts/tokens';
import { canonicalView, viewLabel } from '../../lib/alerts/view';

const SECRET = 'k'.repeat(40);
const NOW = Date.parse('2026-11-20T10:00:00Z');

describe('signed tokens', () => {
  it('names the subscription for its own purpose only', () => {
    const token = signToken(SECRET, 'unsubscribe', 42, NOW);
    expect(readToken(SECRET, token, 'unsubscribe', NOW + 1e12)).toEqual({ id: 42, isExpired: false });
    expect(readToken(SECRET, token, 'manage', NOW)).toBeNull();
    expect(readToken('other'.repeat(8), token, 'unsubscribe', NOW)).toBeNull();
  });

  // Expired, it still names its subscription: a link to an alert that is gone says so (signup.ts).
  it('lets a confirmation link expire after 7 days', () => {
    const token = signToken(SECRET, 'confirm', 7, NOW);
    expect(readToken(SECRET, token, 'confirm', NOW + CONFIRM_TTL_MS)).toEqual({ id: 7, isExpired: false });
    expect(readToken(SECRET, token, 'confirm', NOW + CONFIRM_TTL_MS + 1)).toEqual({ id: 7, isExpired: true });
  });

  it.each([
    ['a changed id', (tk: string) => `${Buffer.from('unsubscribe.43.0').toString('base64url')}.${tk.split('.')[1]}`],
    ['a truncated signature', (tk: string) => tk.slice(0, -2)],
    ['garbage', () => 'not-a-token'],
    ['an extra part', (tk: string) => `${tk}.x`],
  ])('rejects %s', (_name, tamper) => {
    expect(readToken(SECRET, tamper(signToken(SECRET, 'unsubscribe', 42, NOW)), 'unsubscribe', NOW)).toBeNull();
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['Reader@Example.ORG', 'Reader@example.org'],
    ['  a.b+alerts@mail.example.co  ', 'a.b+alerts@mail.example.co'],
  ])('accepts %s', (input, out) => expect(normaliseEmail(input)).toBe(out));
  it.each([
    '',
    'no-at',
    'a@b',
    'a@@b.org',
    'a b@c.org',
    'a@b.org\r\nBcc: x@y.org',
    '.a@b.org',
    'a..b@c.org',
    'a@-b.org',
    `${'a'.repeat(65)}@b.org`,
    42,
  ])('rejects %j', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });
});

describe('views', () => {
  it('keep the listing’s valid parameters in canonical order and drop the rest', () => {
    expect(canonicalView({ engagement: 'freelance', workplace: 'remote', page: '4', skills: 'content,bogus', evil: '<x>' })).toBe(
      'workplace=remote&engagement=freelance&skills=content',
    );
  });
  it('are named like the issue’s example subject', () => {
    expect(viewLabel('workplace=remote&engagement=freelance', 'en')).toBe('Remote · Freelance');
    expect(viewLabel('workplace=remote&engagement=freelance', 'ar')).toBe('عن بعد، عمل حر');
    expect(viewLabel('', 'en')).toBe('All jobs');
  });
});

describe('due times', () => {
  it('puts daily slots at 07:00 UTC and weekly ones on Mondays', () => {
    expect(new Date(latestSlot('daily', Date.parse('2026-11-20T06:59:00Z'))).toISOString()).toBe('2026-11-19T07:00:00.000Z');
    expect(new Date(latestSlot('weekly', Date.parse('2026-11-20T10:00:00Z'))).toISOString()).toBe('2026-11-16T07:00:00.000Z');
    expect(new Date(latestSlot('weekly', Date.parse('2026-11-16T07:00:00Z'))).toISOString()).toBe('2026-11-16T07:00:00.000Z');
  });
  it('catches a missed run up once', () => {
    const lastChecked = Date.parse('2026-11-10T07:00:00Z');
    expect(isDue('daily', lastChecked, Date.parse('2026-11-20T12:00:00Z'))).toBe(true);
    expect(isDue('daily', Date.parse('2026-11-20T12:00:00Z'), Date.parse('2026-11-20T13:00:00Z'))).toBe(false);
  });
});

describe('digestSubject', () => {
  it.each([
    [1, 'en', '1 new job · Remote · Freelance — Raqmi'],
    [12, 'en', '12 new jobs · Remote · Freelance — Raqmi'],
    [1, 'ar', 'وظيفة جديدة واحدة، عن بعد، عمل حر — رقمي'],
    [5, 'ar', '٥ وظائف جديدة، عن بعد، عمل حر — رقمي'],
    [12, 'ar', '١٢ وظيفة جديدة، عن بعد، عمل حر — رقمي'],
  ] as const)('%i jobs in %s', (count, locale, subject) => {
    expect(digestSubject(count, 'workplace=remote&engagement=freelance', locale)).toBe(subject);
  });
});

describe('composeDigest', () => {
  const job = (over: Partial<DigestJob> = {}): DigestJob => ({
    publicId: 'abc',
    title: 'SEO Lead',
    company: 'Acme',
    location: 'Cairo',
    workplace: 'remote',
    engagement: 'freelance',
    salary: '$50/h',
    country: null,
    city: null,
    pay: null,
    ...over,
  });
  const links = { origin: 'https://r.example', unsubscribeToken: 'u.t', manageToken: 'm.t' };

  it('escapes scraped text and strips bidi overrides', () => {
    const mail = composeDigest({
      jobs: [job({ title: '<script>alert(1)</script>', company: 'Evil\u202Egnp.exe "Co"' })],
      total: 1,
      view: '',
      locale: 'en',
      frequency: 'daily',
      links,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Evilgnp.exe &quot;Co&quot;');
    expect(mail.text).not.toContain('\u202E');
  });

  it('shows pay and place where known and leaves unknowns out', () => {
    const mail = composeDigest({
      jobs: [
        job(),
        job({ publicId: 'def', title: 'PPC', company: '', salary: null, location: '', workplace: 'unknown', engagement: 'unknown' }),
      ],
      total: 2,
      view: '',
      locale: 'en',
      frequency: 'weekly',
      links,
    });
    expect(mail.text).toContain(
      'Company: Acme · Workplace: Remote · Engagement: Freelance · Pay: $50/h · Place: Cairo\n  https://r.example/jobs/abc',
    );
    expect(mail.text).toContain('* PPC\n  https://r.example/jobs/def');
    expect(mail.headers).toEqual({
      'List-Unsubscribe': '<https://r.example/alerts/unsubscribe?token=u.t>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  // Regression: an Arabic digest linked /alerts/manage and /alerts/unsubscribe, English addresses.
  it('links an Arabic reader to the Arabic manage and unsubscribe pages', () => {
    const mail = composeDigest({ jobs: [job()], total: 1, view: '', locale: 'ar', frequency: 'daily', links });
    expect(mail.text).toContain('https://r.example/ar/alerts/manage?token=m.t');
    expect(mail.text).toContain('https://r.example/ar/alerts/unsubscribe?token=u.t');
    expect(mail.html).toContain('href="https://r.example/ar/alerts/manage?token=m.t"');
    expect(mail.html).not.toMatch(/r\.example\/alerts/);
    expect(mail.headers['List-Unsubscribe']).toBe('<https://r.example/ar/alerts/unsubscribe?token=u.t>');
  });
});

// Tester's report: "Confirm your Raqmi job alert — Raqmi" named the site twice.
describe('composeConfirmation', () => {
  it.each([
    ['en', 'Confirm your Raqmi job alert', 'Raqmi'],
    ['ar', 'أكّد تنبيه الوظائف من رقمي', 'رقمي'],
  ] as const)('in %s names the site once in its subject', (locale, subject, brand) => {
    const mail = composeConfirmation({
      view: 'workplace=remote',
      locale,
      frequency: 'daily',
      origin: 'https://raqmi.example',
      confirmToken: 't',
    });
    expect(mail.subject).toBe(subject);
    expect(mail.subject.split(brand)).toHaveLength(2);
  });
  // "رسالة الأسبوعية" pairs an indefinite noun with a definite adjective: the mail asks for "a
  // weekly mail", as the confirm page does.
  it.each([
    ['daily', 'رسالة يومية'],
    ['weekly', 'رسالة أسبوعية'],
  ] as const)('in Arabic asks for a %s mail with noun and adjective agreeing', (frequency, phrase) => {
    const mail = composeConfirmation({
      view: 'workplace=remote',
      locale: 'ar',
      frequency,
      origin: 'https://raqmi.example',
      confirmToken: 't',
    });
    expect(mail.text).toContain(phrase);
    expect(mail.html).toContain(phrase);
    expect(mail.text).not.toMatch(/رسالة ال(?:يومية|أسبوعية)/);
  });
});
