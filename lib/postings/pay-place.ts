// Pay and place for one posting (taxonomy §7), shared by the normalise stage, the classify
// command and the recompute script, so all three give the same answer.
import { decidePay, type Pay, type PayPeriod } from '../pay';
import { decidePlace, type Location, type OpenTo } from '../place';
import type { Workplace } from '../taxonomy';

/** A board's own place and pay fields (taxonomy §7's optional hints). */
export type PayPlaceHints = {
  region?: string;
  country?: string;
  salary?: string;
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: string;
};

export type PayPlaceInput = PayPlaceHints & {
  title?: string;
  /** Plain text of the description. */
  text?: string;
  location?: string;
  source?: string;
  workplace: Workplace;
};

/** Bumped whenever pay or place rules change (the place names written into the search text
 *  included): part of the stored rules version, so
 *  `npm run reclassify` recomputes stored rows. */
export const PAY_PLACE_VERSION = '2026-12-07.2';

export type PayPlace = {
  location: Location;
  openTo: OpenTo | null;
  pay: Pay | null;
  evidence: { location: string[]; openTo: string[]; pay: string[] };
};

export function derivePayPlace(input: PayPlaceInput): PayPlace {
  const text = [input.title, input.text].filter(Boolean).join('\n');
  const place = decidePlace({
    source: input.source,
    location: input.location,
    workplace: input.workplace,
    hints: { region: input.region, country: input.country },
    text,
  });
  // Where the job is (not who may take it) says which "$" or "ريال" the posting means.
  const country = place.location.country;
  const pay = decidePay({
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    salaryCurrency: input.salaryCurrency,
    salaryPeriod: input.salaryPeriod,
    salary: input.salary,
    text: input.text,
    source: input.source,
    country,
  });
  return { location: place.location, openTo: place.openTo, pay: pay.pay, evidence: { ...place.evidence, pay: pay.evidence } };
}

/** The classify command's input (taxonomy §6/§7): the optional hints carry a board's pay fields. */
export type PostingForPayPlace = {
  title: string;
  text: string;
  location?: string;
  source?: string;
  hints?: PayPlaceHints;
};

export function payPlaceOfPosting(posting: PostingForPayPlace, workplace: Workplace, plainText: string): PayPlace {
  return derivePayPlace({
    ...posting.hints,
    title: posting.title,
    text: plainText,
    location: posting.location,
    source: posting.source,
    workplace,
  });
}

/** The stored columns of a posting's pay and place. */
export type PayPlaceColumns = {
  country: string | null;
  city: string | null;
  openTo: OpenTo | null;
  payMin: number | null;
  payMax: number | null;
  payCurrency: string | null;
  payPeriod: PayPeriod | null;
};

export function payPlaceColumns(p: PayPlace): PayPlaceColumns {
  return {
    country: p.location.country,
    city: p.location.city,
    openTo: p.openTo,
    payMin: p.pay?.min ?? null,
    payMax: p.pay?.max ?? null,
    payCurrency: p.pay?.currency ?? null,
    payPeriod: p.pay?.period ?? null,
  };
}

/** The keys a posting is found under by `open_to`: `*` for worldwide, its regions and countries. */
export function openToKeys(openTo: OpenTo | null): string[] {
  if (!openTo) return [];
  return openTo.worldwide ? ['*'] : [...openTo.regions, ...openTo.countries];
}
