// The pay and place part of the filter form: the country picker (every Arab country, then the
// other countries with jobs, each with the count a person there would find) and the pay fields.
import { formatNumber, localDigits, type UiLocale } from '../../lib/i18n';
import { PAY_PERIODS, currencyName } from '../../lib/pay';
import { RATES_DATE } from '../../lib/pay/rates';
import { groupCountries, type PayPlaceFilters } from '../../lib/pay-place-filters';
import { displayCountry } from '../../lib/place/display';

const T = {
  en: {
    place: 'Can I take it from…',
    country: 'Country',
    any: 'Any country',
    arabCountries: 'Arab countries',
    otherCountries: 'Other countries',
    unknown: 'Include remote jobs that do not say who may apply',
    pay: 'Pay',
    stated: 'Only jobs that state pay',
    atLeast: 'At least',
    currency: 'Currency',
    period: 'Per',
    periods: { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', project: 'project' },
    rates: `≈ pay in other currencies is compared at the rates of ${RATES_DATE}, and by other periods over a full-time year (12 months, 52 weeks, 260 days, 2,080 hours); figures are shown as stated.`,
  },
  ar: {
    place: 'هل يمكنني التقدم من…',
    country: 'الدولة',
    any: 'أي دولة',
    arabCountries: 'الدول العربية',
    otherCountries: 'دول أخرى',
    unknown: 'أضف الوظائف عن بُعد التي لا تذكر من يمكنه التقدم',
    pay: 'الأجر',
    stated: 'فقط الوظائف التي تذكر الأجر',
    atLeast: 'على الأقل',
    currency: 'العملة',
    period: 'لكل',
    periods: { hour: 'ساعة', day: 'يوم', week: 'أسبوع', month: 'شهر', year: 'سنة', project: 'مشروع' },
    // Figures in the Arabic UI's own digits, as everywhere else on an Arabic page.
    rates: `≈ يُقارن الأجر بالعملات الأخرى بأسعار صرف ${localDigits(RATES_DATE, 'ar')}، وبالفترات الأخرى على سنة عمل كاملة (${[
      `${formatNumber(12, 'ar')} شهرًا`,
      `${formatNumber(52, 'ar')} أسبوعًا`,
      `${formatNumber(260, 'ar')} يومًا`,
      `${formatNumber(2080, 'ar')} ساعة`,
    ].join('، ')})؛ وتُعرض الأرقام كما ذُكرت.`,
  },
} as const;

// The currencies a reader is likeliest to think in; a short list keeps the page within its budget
// (any currency of the rates table still works in the URL).
const CURRENCIES = ['EGP', 'SAR', 'AED', 'KWD', 'QAR', 'JOD', 'USD', 'EUR', 'GBP'];

export function PayPlaceFields({
  filters,
  counts,
  locale,
}: {
  filters: PayPlaceFilters;
  counts: Record<string, number>;
  locale: UiLocale;
}) {
  const t = T[locale];
  const countries = groupCountries(counts, locale, filters.openTo);
  const currencies = filters.payCurrency && !CURRENCIES.includes(filters.payCurrency) ? [...CURRENCIES, filters.payCurrency] : CURRENCIES;
  return (
    <>
      <fieldset className="place">
        <legend>{t.place}</legend>
        <label htmlFor="open_to">{t.country}</label>{' '}
        <select id="open_to" name="open_to" defaultValue={filters.openTo ?? ''}>
          <option value="">{t.any}</option>
          {(
            [
              ['arab', t.arabCountries],
              ['other', t.otherCountries],
            ] as const
          ).map(([group, label]) => (
            <optgroup key={group} label={label}>
              {countries[group].map(([code, n]) => (
                <option key={code} value={code}>{`${displayCountry(code, locale)} (${formatNumber(n, locale)})`}</option>
              ))}
            </optgroup>
          ))}
        </select>
        {/* Hidden while no country is chosen (globals.css), where it would do nothing. */}
        <label className="option if-country">
          <input type="checkbox" name="open_to_unknown" value="1" defaultChecked={filters.openToUnknown} /> <span>{t.unknown}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t.pay}</legend>
        <label className="option">
          <input type="checkbox" name="pay" value="1" defaultChecked={filters.pay} /> <span>{t.stated}</span>
        </label>
        <label htmlFor="pay_min">{t.atLeast}</label>{' '}
        <input
          id="pay_min"
          // Text, not a number box: Chromium's number box drops Arabic-Indic digits (٣٠٠٠) without a
          // word; the listing reads either digits (lib/pay-place-filters.ts).
          type="text"
          name="pay_min"
          inputMode="decimal"
          // A thousands word may follow the figure: "3k", "٣ آلاف".
          pattern="[0-9٠-٩۰-۹.,٫٬]*\s?(k|K|ألف|الف|آلاف|الاف)?"
          defaultValue={filters.payMin ?? ''}
          size={8}
        />{' '}
        <select name="pay_currency" aria-label={t.currency} defaultValue={filters.payCurrency ?? 'EGP'}>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {currencyName(c, locale)}
            </option>
          ))}
        </select>{' '}
        <select name="pay_period" aria-label={t.period} defaultValue={filters.payPeriod ?? 'month'}>
          {PAY_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t.periods[p]}
            </option>
          ))}
        </select>
        {filters.payMin !== null && <p className="hint">{t.rates}</p>}
      </fieldset>
    </>
  );
}
