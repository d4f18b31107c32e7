// decidePlace: where the job is (country + city) and, for a remote job, who may take it (openTo),
// from the board's fields first, then the posting's text (taxonomy §7). Pure; the scrapers'
// normalise stage, the classify command and the recompute script share it.
import type { Workplace } from '../taxonomy';
import { parsePlace, type ParsedPlace } from './parse-place';
import type { RegionName } from './regions';
import { findOpenToInText } from './text';

export { ARAB_LEAGUE, REGION_NAMES, REGION_COUNTRIES, regionsContaining, type RegionName } from './regions';
export { OPEN_TO_REACHES, reachOf, type OpenToReach } from './reach';
export { countryName, lookupCountryName } from './countries';

export type Location = { country: string | null; city: string | null };
export type OpenTo = { worldwide: boolean; regions: RegionName[]; countries: string[]; approximate?: true };
export type Place = { location: Location; openTo: OpenTo | null; evidence: { location: string[]; openTo: string[] } };

export type PlaceInput = {
  source?: string;
  /** The board's location field. */
  location?: string;
  workplace: Workplace;
  /** `region`: where a remote worker may live (a board's restriction field); `country`: a board's country field. */
  hints?: { region?: string; country?: string };
  /** Plain text of the posting (title and description). */
  text?: string;
};

// Boards whose unplaced locations are still in one country: Arbeitnow lists jobs in Germany.
const BOARD_COUNTRY: Record<string, string> = { arbeitnow: 'DE' };

function toOpenTo(p: ParsedPlace): OpenTo | null {
  if (p.worldwide) return { worldwide: true, regions: [], countries: [] };
  if (!p.regions.length && !p.countries.length) return null;
  const openTo: OpenTo = { worldwide: false, regions: [...p.regions], countries: [...p.countries] };
  if (p.approximate) openTo.approximate = true;
  return openTo;
}

/** A place that is a city and at most its own country ("London", "Cairo, Egypt"): no restriction named. */
function isCityOnly(p: ParsedPlace): boolean {
  return Boolean(p.city) && !p.worldwide && p.regions.length === 0 && p.countries.every((c) => c === p.city?.country);
}

function decideLocation(input: PlaceInput, parsedLocation: ParsedPlace, parsedRegion: ParsedPlace): Location {
  // A remote-only board may name the office city in its restriction field only ("Atlanta, Georgia").
  const parsed = input.workplace === 'remote' && !parsedLocation.city && parsedRegion.city ? parsedRegion : parsedLocation;
  const city = parsed.city?.name ?? null;
  const single = parsed.countries.length === 1 ? parsed.countries[0]! : null;
  const hinted = input.hints?.country ? (parsePlace(input.hints.country).countries[0] ?? null) : null;
  const boardDefault = input.location?.trim() && input.source ? (BOARD_COUNTRY[input.source] ?? null) : null;
  // A remote job has a country only where an office (a city) is named; "USA" alone is who may apply.
  if (input.workplace === 'remote')
    return city ? { country: parsed.city?.country ?? single ?? hinted ?? boardDefault, city } : { country: hinted, city: null };
  return { country: single ?? parsed.city?.country ?? hinted ?? boardDefault, city };
}

export function decidePlace(input: PlaceInput): Place {
  const locationText = input.location?.trim() ?? '';
  const regionText = input.hints?.region?.trim() ?? '';
  const parsedLocation = parsePlace(locationText);
  const parsedRegion = regionText === locationText ? parsedLocation : parsePlace(regionText);
  const location = decideLocation(input, parsedLocation, parsedRegion);
  const evidence = { location: location.country || location.city ? [locationText] : [], openTo: [] as string[] };
  if (input.workplace !== 'remote') return { location, openTo: null, evidence };

  const fromText = input.text ? findOpenToInText(input.text) : null;
  // A field that names only a city names an office, not who may apply ("London" on RemoteOK): the
  // text's own statement of regions or countries ("Remote (EU/UK)") wins over it.
  const textStatesWho = fromText && !fromText.worldwide && !fromText.approximate ? fromText : null;
  for (const field of [regionText, locationText]) {
    const parsed = field === locationText ? parsedLocation : parsedRegion;
    const openTo = field ? toOpenTo(parsed) : null;
    if (openTo && textStatesWho && isCityOnly(parsed))
      return { location, openTo: toOpenTo(textStatesWho), evidence: { ...evidence, openTo: [textStatesWho.evidence] } };
    if (openTo) return { location, openTo, evidence: { ...evidence, openTo: [field] } };
  }
  // A remote job whose office is placed only by its board (Arbeitnow: Germany) is remote there.
  if (location.country)
    return {
      location,
      openTo: { worldwide: false, regions: [], countries: [location.country] },
      evidence: { ...evidence, openTo: [locationText] },
    };
  if (fromText) return { location, openTo: toOpenTo(fromText), evidence: { ...evidence, openTo: [fromText.evidence] } };
  return { location, openTo: null, evidence };
}
