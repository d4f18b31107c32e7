// What the site (and the scrapers) may know about a source: name, home page, schedule, the
// board's terms and how to credit it. Adapters in scrapers/sources/<id>/ spread these in.

import type { UiLocale } from './i18n';

const HOUR = 60 * 60 * 1000;

export type SourceMeta = {
  id: string;
  name: string;
  /** The name the board goes by in Arabic, when it has one; else `name` on Arabic pages too. */
  nameAr?: string;
  homepage: string;
  /** node-cron expression, evaluated in UTC. */
  schedule: string;
  /** The least time between two live fetches of one URL (the board's terms); replays ignore it. */
  minIntervalMs: number;
  attribution: { text: string; textAr: string; url: string };
  /** Board defaults (taxonomy §3): every posting is remote unless its text says otherwise. */
  remoteOnly: boolean;
  /** A freelance marketplace: every posting is a project. */
  freelanceMarketplace: boolean;
  /** One run per configured company (Greenhouse, Lever, Ashby). */
  perCompany: boolean;
  /** Dates without a zone on this board are in this offset (Mostaql: UTC+3). */
  timeZoneOffsetMinutes?: number;
  terms: string;
};

function meta(m: SourceMeta): SourceMeta {
  return m;
}

export const SOURCE_META = {
  remotive: meta({
    id: 'remotive',
    name: 'Remotive',
    homepage: 'https://remotive.com',
    schedule: '23 */6 * * *',
    minIntervalMs: 6 * HOUR,
    attribution: { text: 'via Remotive', textAr: 'عبر Remotive', url: 'https://remotive.com' },
    remoteOnly: true,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'At most 4 requests a day; link back and credit Remotive; never pass jobs to Google Jobs or LinkedIn.',
  }),
  remoteok: meta({
    id: 'remoteok',
    name: 'Remote OK',
    homepage: 'https://remoteok.com',
    schedule: '41 */3 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via Remote OK', textAr: 'عبر Remote OK', url: 'https://remoteok.com' },
    remoteOnly: true,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'Link back with a followed link and mention Remote OK as the source.',
  }),
  weworkremotely: meta({
    id: 'weworkremotely',
    name: 'We Work Remotely',
    homepage: 'https://weworkremotely.com',
    schedule: '7 */2 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: {
      text: 'via We Work Remotely',
      textAr: 'عبر We Work Remotely',
      url: 'https://weworkremotely.com',
    },
    remoteOnly: true,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'RSS: attribution and a link back.',
  }),
  arbeitnow: meta({
    id: 'arbeitnow',
    name: 'Arbeitnow',
    homepage: 'https://www.arbeitnow.com',
    schedule: '17 */4 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via Arbeitnow', textAr: 'عبر Arbeitnow', url: 'https://www.arbeitnow.com' },
    remoteOnly: false,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'Free public API; credit and link back.',
  }),
  jobicy: meta({
    id: 'jobicy',
    name: 'Jobicy',
    homepage: 'https://jobicy.com',
    schedule: '29 */2 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via Jobicy', textAr: 'عبر Jobicy', url: 'https://jobicy.com' },
    remoteOnly: true,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'At most one request an hour; link back to Jobicy.',
  }),
  himalayas: meta({
    id: 'himalayas',
    name: 'Himalayas',
    homepage: 'https://himalayas.app',
    schedule: '53 */4 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via Himalayas', textAr: 'عبر Himalayas', url: 'https://himalayas.app' },
    remoteOnly: true,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'Link back to Himalayas.',
  }),
  wuzzuf: meta({
    id: 'wuzzuf',
    name: 'Wuzzuf',
    nameAr: 'وظف',
    homepage: 'https://wuzzuf.net',
    schedule: '11 */6 * * *',
    minIntervalMs: 3 * HOUR,
    attribution: { text: 'via Wuzzuf', textAr: 'عبر وظف', url: 'https://wuzzuf.net' },
    remoteOnly: false,
    freelanceMarketplace: false,
    perCompany: false,
    terms: 'Public search pages, fetched rarely, robots.txt obeyed; credit and link back.',
  }),
  mostaql: meta({
    id: 'mostaql',
    name: 'Mostaql',
    nameAr: 'مستقل',
    homepage: 'https://mostaql.com',
    schedule: '37 */3 * * *',
    minIntervalMs: 2 * HOUR,
    attribution: { text: 'via Mostaql', textAr: 'عبر مستقل', url: 'https://mostaql.com' },
    remoteOnly: true,
    freelanceMarketplace: true,
    perCompany: false,
    timeZoneOffsetMinutes: 180,
    terms: 'Public project pages, fetched rarely, robots.txt obeyed; credit and link back.',
  }),
  greenhouse: meta({
    id: 'greenhouse',
    name: 'Greenhouse',
    homepage: 'https://www.greenhouse.com',
    schedule: '3 */6 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: {
      text: 'via the company’s Greenhouse board',
      textAr: 'عبر صفحة الوظائف على Greenhouse',
      url: 'https://www.greenhouse.com',
    },
    remoteOnly: false,
    freelanceMarketplace: false,
    perCompany: true,
    terms: 'Public job board API of each company.',
  }),
  lever: meta({
    id: 'lever',
    name: 'Lever',
    homepage: 'https://www.lever.co',
    schedule: '13 */6 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via the company’s Lever board', textAr: 'عبر صفحة الوظائف على Lever', url: 'https://www.lever.co' },
    remoteOnly: false,
    freelanceMarketplace: false,
    perCompany: true,
    terms: 'Public postings API of each company.',
  }),
  ashby: meta({
    id: 'ashby',
    name: 'Ashby',
    homepage: 'https://www.ashbyhq.com',
    schedule: '47 */6 * * *',
    minIntervalMs: 1 * HOUR,
    attribution: { text: 'via the company’s Ashby board', textAr: 'عبر صفحة الوظائف على Ashby', url: 'https://www.ashbyhq.com' },
    remoteOnly: false,
    freelanceMarketplace: false,
    perCompany: true,
    terms: 'Public job board API of each company.',
  }),
} as const satisfies Record<string, SourceMeta>;

export type SourceId = keyof typeof SOURCE_META;
export const SOURCE_IDS = Object.keys(SOURCE_META) as SourceId[];

export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCE_META, value);
}

/** A board's name as pages in `locale` say it; an id no longer listed here, as stored. */
export function sourceName(id: string, locale: UiLocale = 'en'): string {
  if (!isSourceId(id)) return id;
  const meta: SourceMeta = SOURCE_META[id];
  return (locale === 'ar' && meta.nameAr) || meta.name;
}

/** A board's defaults as the classifier takes them (none for an unknown source). */
export function boardDefaultsOf(source: string): { remoteOnly: boolean; marketplace: boolean } {
  if (!isSourceId(source)) return { remoteOnly: false, marketplace: false };
  return { remoteOnly: SOURCE_META[source].remoteOnly, marketplace: SOURCE_META[source].freelanceMarketplace };
}
