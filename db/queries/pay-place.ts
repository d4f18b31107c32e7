// A stored posting's pay and place as pages, feeds and the API read them.
import type { Pay, PayPeriod } from '../../lib/pay';
import type { OpenTo } from '../../lib/place';
import { postings } from '../schema';

export type StoredPayPlace = { country: string | null; city: string | null; openTo: OpenTo | null; pay: Pay | null };

/** The columns to select (drizzle), under their schema names. */
export const PAY_PLACE_COLUMNS = {
  country: postings.country,
  city: postings.city,
  openTo: postings.openTo,
  payMin: postings.payMin,
  payMax: postings.payMax,
  payCurrency: postings.payCurrency,
  payPeriod: postings.payPeriod,
};

type Columns = {
  country: string | null;
  city: string | null;
  openTo: string | null;
  payMin: number | null;
  payMax: number | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
};

export function payPlaceOf(r: Columns): StoredPayPlace {
  const hasPay = r.payMin !== null || r.payMax !== null;
  return {
    country: r.country,
    city: r.city,
    openTo: r.openTo ? (JSON.parse(r.openTo) as OpenTo) : null,
    pay: hasPay ? { min: r.payMin, max: r.payMax, currency: r.payCurrency, period: r.payPeriod } : null,
  };
}
