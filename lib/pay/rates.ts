// A committed, dated table of exchange rates, used only by the `pay_min` filter to compare pay
// stated in another currency (the page then says "≈" and this date). Stored pay is never
// converted. Approximate mid-market values of the date below: enough to say "about as much",
// never shown as a salary.
export const RATES_DATE = '2025-06-30';

/** US dollars per one unit of each currency. */
export const USD_PER: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.17,
  GBP: 1.37,
  CHF: 1.25,
  CAD: 0.73,
  AUD: 0.65,
  NZD: 0.61,
  SGD: 0.78,
  HKD: 0.127,
  INR: 0.0117,
  PHP: 0.0177,
  BRL: 0.183,
  MXN: 0.053,
  PEN: 0.28,
  PLN: 0.276,
  TRY: 0.025,
  ZAR: 0.056,
  NGN: 0.00065,
  KES: 0.0077,
  EGP: 0.0201,
  SAR: 0.2666,
  AED: 0.2723,
  QAR: 0.2747,
  KWD: 3.27,
  BHD: 2.66,
  OMR: 2.6,
  JOD: 1.41,
  MAD: 0.111,
  TND: 0.34,
};

/** `amount` of `from` in `to`, or null when the table lacks either currency. */
export function convert(amount: number, from: string, to: string): number | null {
  if (from === to) return amount;
  const a = USD_PER[from];
  const b = USD_PER[to];
  return a && b ? (amount * a) / b : null;
}
