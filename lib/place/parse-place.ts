// Reads a board's location or restriction field ("USA Only", "LATAM, Peru", "Nasr City, Cairo,
// Egypt", "San Francisco, CA", "الرياض", "Americas, Europe, Asia, Africa, Oceania") into the
// countries, regions and city it names. Nothing is guessed: a part it cannot place is ignored,
// an ambiguous one ("Georgia", "CA" alone, "عمان" alone) is resolved from the other parts or left.
import { isAmbiguousName, isCountryCode, lookupCountryName } from './countries';
import { lookupCity, lookupSubdivision, lookupSubdivisionCode } from './cities';
import { foldPlace } from './fold';
import { lookupRegion, type RegionName } from './regions';

export type ParsedPlace = {
  worldwide: boolean;
  regions: RegionName[];
  /** Countries named, or implied by a city or state that was named. */
  countries: string[];
  city: { name: string; country: string | null } | null;
  /** A region came from a time-zone window, not a name. */
  approximate: boolean;
};

const WORLDWIDE =
  /^(anywhere|anywhere in the world|worldwide|world ?wide|global|globally|international|remote worldwide|worldwide remote|weltweit|uberall|من اي مكان|اي مكان|عالمي|عن بعد من اي مكان)$/;
const NOISE = /\b(only|remote|fully remote|100% remote|remote first|nur|flexibility|based|hybrid|on-?site|office)\b|فقط|عن بعد/g;
const STOP = /^(other|others|dont specify|not specified|n\/a|various|multiple locations|اخري|اخرى|غير محدد)$/;
const CONTINENTS = ['Americas', 'Europe', 'Africa', 'APAC'];
const SHORT_CODES: Record<string, string> = { USA: 'US', US: 'US', UK: 'GB', UAE: 'AE', KSA: 'SA' };
const TZ_REGION: Record<string, RegionName | string> = {
  european: 'Europe',
  europe: 'Europe',
  emea: 'EMEA',
  usa: 'US',
  us: 'US',
  'north american': 'North America',
  latam: 'LATAM',
};

type Part = { raw: string; folded: string };

function splitParts(text: string): Part[] {
  const firstGroup = text.split(/\s*[|;]\s*/)[0] ?? '';
  return firstGroup
    .split(/\s*(?:[,/•·()[\]،]|\s[-–—]\s|\s+or\s+|\s+and\s+|\s+&\s+|\s+oder\s+|\s+und\s+)\s*/)
    .map((raw) => raw.trim().replace(/^(?:or|and|und|oder|أو|او)\s+/i, ''))
    .filter(Boolean)
    .map((raw) => ({
      raw,
      folded: foldPlace(raw)
        .replace(NOISE, '')
        .replace(/^[-–\s]+|[-–\s]+$/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
}

type Acc = ParsedPlace & { cityCandidates: Part[]; unknown: Part[]; ambiguous: (Part & { index: number })[] };

function placeCode(part: Part, acc: Acc, index: number): boolean {
  const code = part.raw.replace(/[.\s]/g, '').replace(/only$/i, '');
  if (SHORT_CODES[code]) return (add(acc, SHORT_CODES[code]!), true);
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const subdivision = lookupSubdivisionCode(code);
  if (subdivision && index > 0) return (add(acc, subdivision), true); // "Chicago, IL"
  if (subdivision) return (acc.ambiguous.push({ ...part, index }), true); // "CA" alone: Canada or California
  if (isCountryCode(code)) return (add(acc, code), true);
  return false;
}

function add(acc: Acc, country: string) {
  if (!acc.countries.includes(country)) acc.countries.push(country);
}

function classifyPart(part: Part, acc: Acc, index: number): void {
  const f = part.folded;
  if (!f) return;
  if (WORLDWIDE.test(f)) return void (acc.worldwide = true);
  if (placeCode(part, acc, index)) return;
  const tz = /^(.*?)\s*(time ?zones?|timezones?)$/.exec(f);
  if (tz) {
    const target = TZ_REGION[tz[1] ?? ''];
    if (target && target.length === 2) add(acc, target);
    else if (target && !acc.regions.includes(target as RegionName)) {
      acc.regions.push(target as RegionName);
      acc.approximate = true;
    }
    return;
  }
  const region = lookupRegion(f) ?? lookupRegion(f.split('-')[0] ?? '');
  if (region) return void (acc.regions.includes(region) || acc.regions.push(region));
  if (isAmbiguousName(f)) return void acc.ambiguous.push({ ...part, index });
  const country = lookupCountryName(f);
  if (country) return add(acc, country);
  const city = lookupCity(f);
  if (city) return void acc.cityCandidates.push(part);
  const subdivision = lookupSubdivision(f);
  if (subdivision) return add(acc, subdivision);
  if (placeLeadingWords(part, acc)) return;
  // Time-zone abbreviations ("CST"), offsets and "other / not specified" place nothing.
  if (!/\d|utc|gmt/.test(f) && !/^[A-Z]{2,5}$/.test(part.raw) && !STOP.test(f)) acc.unknown.push(part);
}

/** "Sweden Job Description" (a list run on into the next words): the longest leading place. */
function placeLeadingWords(part: Part, acc: Acc): boolean {
  const words = part.folded.split(' ');
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const region = lookupRegion(lead);
    if (region) return (acc.regions.includes(region) || acc.regions.push(region), true);
    const country = isAmbiguousName(lead) ? null : lookupCountryName(lead);
    if (country) return (add(acc, country), true);
  }
  return false;
}

/** "Georgia" with a US city is the state; "عمان" after a district is Amman; alone, neither. */
function resolveAmbiguous(acc: Acc): void {
  for (const part of acc.ambiguous) {
    if (part.folded === 'georgia' && acc.countries.includes('US')) continue;
    if (part.folded === 'georgia' && acc.cityCandidates.some((c) => lookupCity(c.folded) === 'GE')) add(acc, 'GE');
    if (part.folded === 'عمان' && acc.cityCandidates.some((c) => lookupCity(c.folded) === 'OM')) add(acc, 'OM');
    else if (part.folded === 'عمان' && part.index > 0) acc.cityCandidates.push(part);
  }
}

export function parsePlace(text: string | undefined | null): ParsedPlace {
  const acc: Acc = {
    worldwide: false,
    regions: [],
    countries: [],
    city: null,
    approximate: false,
    cityCandidates: [],
    unknown: [],
    ambiguous: [],
  };
  if (!text?.trim()) return acc;
  if (WORLDWIDE.test(foldPlace(text).replace(NOISE, '').trim())) return { ...acc, worldwide: true };
  splitParts(text).forEach((part, i) => classifyPart(part, acc, i));
  resolveAmbiguous(acc);
  // The last city named, unless it is also a state ("Seattle, Washington").
  const cityPart = acc.cityCandidates.filter((c) => !lookupSubdivision(c.folded)).at(-1) ?? acc.cityCandidates.at(-1);
  const cityCountry = cityPart ? (cityPart.folded === 'عمان' ? 'JO' : lookupCity(cityPart.folded)) : null;
  if (cityCountry && acc.countries.length === 0) add(acc, cityCountry);
  if (cityPart) acc.city = { name: cityPart.raw, country: cityCountry };
  else if (acc.unknown[0] && acc.countries.length <= 1) acc.city = { name: acc.unknown[0].raw, country: acc.countries[0] ?? null };
  // Every inhabited continent named is the whole world.
  if (CONTINENTS.every((c) => acc.regions.includes(c as RegionName)) && acc.regions.length === CONTINENTS.length)
    return { worldwide: true, regions: [], countries: [], city: null, approximate: false };
  return { worldwide: acc.worldwide, regions: acc.regions, countries: acc.countries, city: acc.city, approximate: acc.approximate };
}
