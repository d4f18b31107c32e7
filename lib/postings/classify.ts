// Stage 2, normalised → classified: the classifier's decisions (with the board's defaults and its
// declared language as input) and the search columns, both of which a reclassify rewrites.
import { CLASSIFIER_VERSION, classifyPosting, tokenise, toSearchText, type BoardDefaults } from '../classifier';
import { skillMask } from '../taxonomy';
import { cityName } from '../place/city-names';
import { countryName, type Location, type OpenTo } from '../place';
import { namesOfCountry } from '../place/countries';
import { displayRegion } from '../place/display';
import { derivePayPlace, PAY_PLACE_VERSION, payPlaceColumns } from './pay-place';
import type { ClassifiedPosting, NormalisedPosting } from './types';

/** The version of every rule this stage applies: a reclassify rewrites rows stored under another. */
export const RULES_VERSION = `${CLASSIFIER_VERSION}+pay-place.${PAY_PLACE_VERSION}`;

export function classifyNormalised(posting: NormalisedPosting, board: BoardDefaults): ClassifiedPosting {
  const c = classifyPosting({
    title: posting.title,
    text: posting.descriptionText,
    company: posting.company,
    location: posting.location,
    lang: posting.declaredLanguage ?? undefined,
    hints: posting.hints,
    board,
  });
  // Pay and place read the workplace just decided (taxonomy §7: openTo only for remote jobs).
  const payPlace = derivePayPlace({
    title: posting.title,
    text: posting.descriptionText,
    location: posting.location,
    source: posting.source,
    workplace: c.workplace,
    region: posting.hints.region,
    salary: posting.salary ?? undefined,
    salaryMin: posting.salaryMin ?? undefined,
    salaryMax: posting.salaryMax ?? undefined,
    salaryCurrency: posting.salaryCurrency ?? undefined,
    salaryPeriod: posting.salaryPeriod ?? undefined,
  });
  return {
    ...posting,
    language: c.language,
    digitalMarketing: c.digitalMarketing,
    engagement: c.engagement,
    workplace: c.workplace,
    skills: c.skills,
    skillMask: skillMask(c.skills),
    evidence: { ...c.evidence, ...payPlace.evidence },
    classifierVersion: RULES_VERSION,
    ...payPlaceColumns(payPlace),
    // The title's tokens as grouping reads them (its blocking key is built from this column);
    // the body as a searcher reads it ("e-mail" is "email").
    searchTitle: tokenise(posting.title).join(' '),
    searchBody: toSearchText(`${posting.company}\n${posting.descriptionText}`),
    searchPlace: toSearchText(placeNames(posting.location, payPlace.location, payPlace.openTo)),
  };
}

/** The place as a searcher may type it: as the board wrote it; the country by every name it goes
 *  by ("Egypt", "مصر", "UAE", "KSA") and the city in English and Arabic ("Cairo" finds a job the
 *  board placed in القاهرة); and the countries and regions a remote job is open to, as the card
 *  shows them ("open to Egypt" is found by "Egypt"). */
function placeNames(written: string, { country, city }: Location, openTo: OpenTo | null): string {
  const countries = [...new Set([country, ...(openTo?.countries ?? [])].filter((c): c is string => Boolean(c)))];
  const names = [written, ...countries.flatMap((c) => namesOfCountry(c))];
  for (const lang of ['en', 'ar'] as const) {
    names.push(...countries.map((c) => countryName(c, lang)), ...(openTo?.regions ?? []).map((r) => displayRegion(r, lang)));
    if (city) names.push(cityName(city, lang) ?? '');
  }
  return names.filter(Boolean).join('\n');
}
