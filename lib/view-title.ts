// The name of a listing view in the UI language ("Remote · Freelance · SEO — Raqmi"): the feed's
// title, so a reader subscribed to several views tells their feeds apart, and the alert mail's
// subject and pages (lib/alerts/view.ts), so both name a view the same way.
import type { Filters } from './filters';
import { arabicCount, dict, formatNumber, pluralCategory, skillName, type UiLocale } from './i18n';
import { formatPay } from './pay';
import { displayCountry } from './place/display';
import { QUOTE } from './search';
import { sourceName } from './sources';

const WORDS = {
  en: {
    engagement: { freelance: 'Freelance', employee: 'Employee', unknown: 'Contract not stated' },
    openTo: (country: string, orUnknown: boolean) => `Open to ${country}${orUnknown ? ' or not stated' : ''}`,
    withPay: 'Pay stated',
    withinDays: (n: number) => (pluralCategory('en', n) === 'one' ? 'last day' : `last ${formatNumber(n, 'en')} days`),
    quotes: ['“', '”'],
  },
  ar: {
    engagement: { freelance: 'عمل حر', employee: 'موظف', unknown: 'نوع التعاقد غير محدد' },
    openTo: (country: string, orUnknown: boolean) => `متاحة من ${country}${orUnknown ? ' أو غير محدد' : ''}`,
    withPay: 'تذكر الأجر',
    // "آخر يوم"، "آخر ٧ أيام"، "آخر ٣٠ يومًا": the noun agrees with the number.
    withinDays: (n: number) =>
      arabicCount(n, formatNumber(n, 'ar'), {
        one: 'آخر يوم',
        two: 'آخر يومين',
        few: 'آخر # أيام',
        many: 'آخر # يومًا',
        other: 'آخر # يوم',
      }),
    quotes: ['«', '»'],
  },
} as const;

// A search is anyone's text: shortened, so a view's name (a feed title, a digest's subject) cannot
// carry a paragraph. A mail to an address not yet confirmed never quotes it (lib/alerts/view.ts).
const MAX_QUERY = 40;

/** The search in the UI's quotes: “seo ads”. A search that has phrases in quotes already shows them
 *  in the UI's quotes and the rest bare (“content marketing” remote), not quotes inside quotes. */
function quotedSearch(q: string, [open, close]: readonly [string, string]): string {
  if (!QUOTE.test(q)) return `${open}${q}${close}`;
  return q
    .split(QUOTE)
    .map((part, i) => (i % 2 === 1 && part.trim() ? `${open}${part.trim()}${close}` : part))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Freelance", "Employee": the engagement as a view's name and a mail's job line say it. */
export const engagementShort = (locale: UiLocale) => WORDS[locale].engagement;

export function viewLabels(f: Filters, locale: UiLocale): string[] {
  const t = dict(locale);
  const w = WORDS[locale];
  const q = f.q.length > MAX_QUERY ? `${f.q.slice(0, MAX_QUERY)}…` : f.q;
  const pay = f.payMin !== null && f.payCurrency && f.payPeriod;
  return [
    ...f.workplace.map((x) => t.workplaceBadges[x]),
    ...f.engagement.map((x) => w.engagement[x]),
    ...f.skills.map((s) => skillName(s, locale)),
    ...f.source.map((s) => sourceName(s, locale)),
    ...f.lang.map((l) => t.languages[l] ?? l),
    ...(f.openTo ? [w.openTo(displayCountry(f.openTo, locale), f.openToUnknown)] : []),
    ...(pay ? [formatPay({ min: f.payMin, max: null, currency: f.payCurrency, period: f.payPeriod }, locale)] : []),
    ...(f.pay && !pay ? [w.withPay] : []),
    ...(f.days ? [w.withinDays(f.days)] : []),
    ...(q ? [quotedSearch(q, w.quotes)] : []),
  ];
}

export function viewTitle(f: Filters, locale: UiLocale): string {
  const t = dict(locale);
  const labels = viewLabels(f, locale);
  return labels.length ? `${labels.join(t.sep)} — ${t.siteName}` : t.metaTitle;
}
