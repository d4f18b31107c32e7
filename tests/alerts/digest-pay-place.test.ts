// Pay and place in a digest, as the reader gets it over SMTP (mailparser reading what a real
// server on loopback received).
//
// Tester's report: the Arabic digest copied pay as the board wrote it ("USD 180,000–210,000 /
// year", "$150k - $230k") and places raw ("Munich", "Worldwide", "LATAM, Europe"), while the
// Arabic site shows the same pay as "١٨٠٬٠٠٠–٢١٠٬٠٠٠ دولار سنويًا". The mail now says pay and place
// as the site's cards do, in the mail's language; the board's text stays only where nothing was
// parsed from it.
import * as cheerio from 'cheerio';
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from '../../alerts/mailer';
import { runDigests } from '../../alerts/run-digests';
import { scrapeTargets } from '../../scrapers/scrape';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { confirmedSubscription } from '../helpers/subscriptions';

const T0 = Date.parse('2026-11-20T08:00:00Z');
const NEXT_SLOT = Date.parse('2026-11-21T07:00:00Z');

let t: ReturnType<typeof tempDb>;
let smtp: TestSmtp;
let mailer: Mailer;

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

/** Four jobs as Remotive lists them: pay and place the parser understands, and some it does not. */
async function digestIn(lang: 'en' | 'ar'): Promise<ParsedMail> {
  confirmedSubscription(t.db, { email: `${lang}@example.org`, lang, at: T0 });
  await scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
    db: t.db,
    now: '2026-11-20T12:00:00Z',
    replayDir: writeRecordings([
      {
        url: 'https://remotive.com/api/remote-jobs',
        body: remotiveBody([
          remotiveJob(1, 'SEO Specialist', { salary: 'USD 180,000–210,000 / year', candidate_required_location: 'Munich' }),
          remotiveJob(2, 'PPC Manager', { salary: '$150k - $230k', candidate_required_location: 'LATAM, Europe' }),
          remotiveJob(3, 'Content Lead', { salary: 'Competitive', candidate_required_location: 'Worldwide' }),
          remotiveJob(4, 'Email Marketer', { salary: '', candidate_required_location: 'Springfield Gardens' }),
        ]),
      },
    ]),
  });
  expect(await runDigests({ db: t.db, mailer, secret: 's'.repeat(40), origin: 'https://raqmi.example', now: NEXT_SLOT })).toMatchObject({
    mails: 1,
    jobs: 4,
  });
  return smtp.mails[0]!;
}

/** Each job's facts line in the plain-text part, by title. */
function textFacts(mail: ParsedMail): Record<string, string> {
  const lines = (mail.text ?? '').split('\n');
  return Object.fromEntries(lines.flatMap((line, i) => (line.startsWith('* ') ? [[line.slice(2), lines[i + 1]!.trim()]] : [])));
}

/** Each job's facts line in the HTML part, by title. */
function htmlFacts(mail: ParsedMail): Record<string, string> {
  const $ = cheerio.load(String(mail.html));
  return Object.fromEntries(
    $('li')
      .map((_, li) => [[$(li).find('strong').text(), $(li).find('span').text()]])
      .get(),
  );
}

describe('a digest’s pay and place', () => {
  it('are in Arabic in an Arabic digest, as on the Arabic site', async () => {
    const mail = await digestIn('ar');
    const expected = {
      'SEO Specialist': 'الشركة: Acme، مكان العمل: عن بعد، نوع التعاقد: موظف، الأجر: ١٨٠٬٠٠٠–٢١٠٬٠٠٠ دولار سنويًا، المكان: ميونخ، ألمانيا',
      'PPC Manager':
        'الشركة: Acme، مكان العمل: عن بعد، نوع التعاقد: موظف، الأجر: ١٥٠٬٠٠٠–٢٣٠٬٠٠٠ دولار سنويًا، المكان: أمريكا اللاتينية، أوروبا',
      // Nothing parsed from "Competitive": the board's word is all there is to show.
      'Content Lead': 'الشركة: Acme، مكان العمل: عن بعد، نوع التعاقد: موظف، الأجر: Competitive، المكان: أي مكان',
      'Email Marketer': 'الشركة: Acme، مكان العمل: عن بعد، نوع التعاقد: موظف، المكان: Springfield Gardens',
    };
    expect(textFacts(mail)).toEqual(expected);
    expect(htmlFacts(mail)).toEqual(expected);
    expect(mail.text).not.toMatch(/USD|\/ year|\$150k|Munich|Worldwide|LATAM/);
  });

  it('are written the site’s way in an English digest', async () => {
    const mail = await digestIn('en');
    const expected = {
      'SEO Specialist': 'Company: Acme · Workplace: Remote · Engagement: Employee · Pay: $180,000–210,000 a year · Place: Munich, Germany',
      'PPC Manager':
        'Company: Acme · Workplace: Remote · Engagement: Employee · Pay: $150,000–230,000 a year · Place: Latin America, Europe',
      'Content Lead': 'Company: Acme · Workplace: Remote · Engagement: Employee · Pay: Competitive · Place: Anywhere',
      'Email Marketer': 'Company: Acme · Workplace: Remote · Engagement: Employee · Place: Springfield Gardens',
    };
    expect(textFacts(mail)).toEqual(expected);
    expect(htmlFacts(mail)).toEqual(expected);
  });
});
