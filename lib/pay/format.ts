// Pay shown in the UI's language: "$150,000–230,000 a year", "up to €45,000 a year",
// "٣٬٠٠٠–٥٬٠٠٠ ج.م شهريًا". Figures as stated; nothing converted.
import type { UiLocale } from '../i18n';
import type { Pay } from './extract';
import type { PayPeriod } from './period';

const EN_PREFIX: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$', AUD: 'A$', INR: '₹' };
const AR_SUFFIX: Record<string, string> = {
  USD: 'دولار',
  EUR: 'يورو',
  GBP: 'جنيه إسترليني',
  EGP: 'ج.م',
  SAR: 'ر.س',
  AED: 'د.إ',
  QAR: 'ر.ق',
  KWD: 'د.ك',
  JOD: 'د.أ',
  BHD: 'د.ب',
  OMR: 'ر.ع',
  MAD: 'د.م',
  TND: 'د.ت',
};
const PERIOD_WORDS: Record<UiLocale, Record<PayPeriod, string>> = {
  en: { hour: 'an hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year', project: 'for the project' },
  ar: { hour: 'في الساعة', day: 'يوميًا', week: 'أسبوعيًا', month: 'شهريًا', year: 'سنويًا', project: 'للمشروع' },
};

function numbers(lang: UiLocale) {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-EG' : 'en-US', { maximumFractionDigits: 2 });
}

function figures(pay: Pay, lang: UiLocale): string {
  const f = numbers(lang);
  const [min, max] = [pay.min, pay.max];
  if (min !== null && max !== null) return min === max ? f.format(min) : `${f.format(min)}–${f.format(max)}`;
  if (max !== null) return `${lang === 'ar' ? 'حتى' : 'up to'} ${f.format(max)}`;
  return `${lang === 'ar' ? 'من' : 'from'} ${f.format(min ?? 0)}`;
}

export function formatPay(pay: Pay, lang: UiLocale): string {
  let text = figures(pay, lang);
  if (lang === 'en') {
    const prefix = pay.currency ? EN_PREFIX[pay.currency] : undefined;
    if (prefix) text = text.replace(/\d/, (d) => `${prefix}${d}`);
    else if (pay.currency) text = `${text} ${pay.currency}`;
  } else if (pay.currency) {
    text = `${text} ${AR_SUFFIX[pay.currency] ?? pay.currency}`;
  }
  return pay.period ? `${text} ${PERIOD_WORDS[lang][pay.period]}` : text;
}

/** "USD a year", "ج.م شهريًا": the unit a group of pay figures is in. */
export function formatPayUnit(currency: string, period: PayPeriod, lang: UiLocale): string {
  const name = lang === 'ar' ? (AR_SUFFIX[currency] ?? currency) : currency;
  return `${name} ${PERIOD_WORDS[lang][period]}`;
}
