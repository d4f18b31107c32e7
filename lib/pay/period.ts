// Pay periods as boards and postings state them → hour | day | week | month | year | project.
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year', 'project'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Periods in a full-time year, for comparing pay stated by different periods (the pay_min
 *  filter only; figures are always shown as stated): 12 months, 52 weeks, 260 working days,
 *  2,080 hours. A project has no period to compare, so it is compared only with a project. */
export const PER_YEAR: Readonly<Record<Exclude<PayPeriod, 'project'>, number>> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };
export const perYear = (period: PayPeriod): number | undefined => (period === 'project' ? undefined : PER_YEAR[period]);

const WORDS: [RegExp, PayPeriod][] = [
  [
    /\b(hourly|hour|hr|hrs|h|60 ?min|stunde|stündlich|stundenlohn|per hour)\b|بالساعة|بالساعه|في الساعة|في الساعه|للساعة|ساعة|ساعه/i,
    'hour',
  ],
  [/\b(daily|day|tag|täglich|tagessatz)\b|يوميا|يوميًا|في اليوم|باليوم/i, 'day'],
  [/\b(weekly|week|wk|woche|wöchentlich)\b|أسبوعيا|اسبوعيا|أسبوعيًا|في الأسبوع/i, 'week'],
  [/\b(monthly|month|mo|monat|monatlich|monatsgehalt)\b|شهريا|شهريًا|شهري|شهرية|شهريه|في الشهر|بالشهر/i, 'month'],
  [/\b(annual|annually|yearly|year|yr|annum|p\.?a|jahr|jährlich|jahresgehalt|brutto\/jahr)\b|سنويا|سنويًا|سنوي|سنوية|في السنة/i, 'year'],
  [/\b(project|fixed|per project|one-?time|projekt)\b|للمشروع|المشروع|مشروع/i, 'project'],
];

/** A board's period word ("annual", "yearly", "hourly", "month") or a phrase → the period, or null. */
export function toPeriod(words: string | undefined | null): PayPeriod | null {
  if (!words) return null;
  for (const [re, period] of WORDS) if (re.test(words)) return period;
  return null;
}
