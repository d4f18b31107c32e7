import type { OpenToStats, PayRange } from '../../db/queries/pay-place-stats';
import { arabicCount, formatNumber, formatPercent, type UiLocale } from '../../lib/i18n';
import { formatPay, formatPayUnit } from '../../lib/pay';
import { OPEN_TO_REACHES } from '../../lib/place/reach';

const T = {
  en: {
    openTo: 'Who may take the remote jobs',
    remote: 'Open remote jobs',
    reaches: {
      anywhere: 'Anyone, anywhere',
      mena: 'Only the Middle East and North Africa (MENA, the Gulf or named Arab countries)',
      arabAndBeyond: 'Arab countries and places beyond them (such as EMEA or Africa)',
      outside: 'Only places outside the Arab world (such as the US or Europe)',
      unstated: 'Not stated',
    },
    share: 'Share',
    jobs: 'Jobs',
    pay: 'Pay stated, by currency and period',
    payNote: (n: number) =>
      `Only where at least ${n} open jobs state pay in the same currency and period; figures as stated, never converted (a range counts at its midpoint).`,
    currencyPeriod: 'Currency and period',
    count: 'Jobs',
    low: 'Lowest',
    median: 'Median',
    high: 'Highest',
    none: 'Not enough postings state pay yet.',
  },
  ar: {
    openTo: 'من يمكنه التقدم للوظائف عن بُعد',
    remote: 'الوظائف المفتوحة عن بُعد',
    reaches: {
      anywhere: 'أي شخص من أي مكان',
      mena: 'الشرق الأوسط وشمال أفريقيا فقط (المنطقة أو الخليج أو دول عربية بعينها)',
      arabAndBeyond: 'دول عربية وأماكن أخرى معها (مثل EMEA أو أفريقيا)',
      outside: 'أماكن خارج العالم العربي فقط (مثل الولايات المتحدة أو أوروبا)',
      unstated: 'غير مذكور',
    },
    share: 'النسبة',
    jobs: 'الوظائف',
    pay: 'الأجر المذكور حسب العملة والمدة',
    payNote: (n: number) =>
      `فقط حيث تذكر ${arabicCount(n, formatNumber(n, 'ar'), { one: 'وظيفة واحدة مفتوحة', two: 'وظيفتان مفتوحتان', few: '# وظائف مفتوحة', many: '# وظيفة مفتوحة' })} على الأقل الأجر بالعملة والمدة نفسيهما؛ الأرقام كما ذُكرت دون تحويل (يُحسب النطاق بمنتصفه).`,
    currencyPeriod: 'العملة والمدة',
    count: 'الوظائف',
    low: 'الأدنى',
    median: 'الوسيط',
    high: 'الأعلى',
    none: 'لا تذكر وظائف كافية الأجر بعد.',
  },
};

export function PayPlaceStats({
  openTo,
  pay,
  minSample,
  locale,
}: {
  openTo: OpenToStats;
  pay: PayRange[];
  minSample: number;
  locale: UiLocale;
}) {
  const t = T[locale];
  // One row per reach (lib/place/reach.ts): each job in exactly one, so they add up to the total.
  const rows: [string, number][] = OPEN_TO_REACHES.map((r) => [t.reaches[r], openTo.byReach[r]]);
  const money = (r: PayRange, v: number) => formatPay({ min: v, max: v, currency: r.currency, period: null }, locale);
  return (
    <>
      <h2>{t.openTo}</h2>
      <p>
        {t.remote}: <strong>{formatNumber(openTo.remote, locale)}</strong>
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.openTo}</th>
              <th scope="col">{t.jobs}</th>
              <th scope="col">{t.share}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{formatNumber(n, locale)}</td>
                <td>{formatPercent(n, openTo.remote, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.pay}</h2>
      <p>{t.payNote(minSample)}</p>
      {pay.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table-scroll">
          {/* Five columns do not fit a phone: there each row is a card (globals.css, table.cards). */}
          <table className="cards">
            <thead>
              <tr>
                <th scope="col">{t.currencyPeriod}</th>
                <th scope="col">{t.count}</th>
                <th scope="col">{t.low}</th>
                <th scope="col">{t.median}</th>
                <th scope="col">{t.high}</th>
              </tr>
            </thead>
            <tbody>
              {pay.map((r) => (
                <tr key={`${r.currency}-${r.period}`}>
                  <th scope="row">{formatPayUnit(r.currency, r.period, locale)}</th>
                  <td data-label={t.count}>{formatNumber(r.count, locale)}</td>
                  <td data-label={t.low}>{money(r, r.low)}</td>
                  <td data-label={t.median}>{money(r, r.median)}</td>
                  <td data-label={t.high}>{money(r, r.high)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
