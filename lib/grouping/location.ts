// Locations as boards write them → places that can tell two jobs apart. "Remote", "Worldwide",
// regions and time zones say nothing about which office; a city or a country does. Two copies
// conflict when both name cities and share none, or both name countries and share none.
import { normaliseText, stemArabicToken } from '../classifier/normalise';

const GENERIC = new Set([
  'remote',
  'anywhere',
  'worldwide',
  'global',
  'globally',
  'hybrid',
  'onsite',
  'on',
  'site',
  'office',
  'based',
  'only',
  'timezone',
  'timezones',
  'time',
  'zone',
  'zones',
  'within',
  'from',
  'any',
  'location',
  'locations',
  'flexible',
  'home',
  'work',
  'in',
  'or',
  'and',
  'the',
  'of',
  'europe',
  'european',
  'emea',
  'americas',
  'america',
  'north',
  'south',
  'latam',
  'apac',
  'asia',
  'africa',
  'oceania',
  'mena',
  'gcc',
  'middle',
  'east',
  'eu',
  'cet',
  'cest',
  'est',
  'pst',
  'utc',
  'gmt',
  'friendly',
  'hours',
  'overlap',
  'عن',
  'بعد',
  'الشرق',
  'الاوسط',
  'شرق',
  'اوسط',
  'عمل',
  'من',
  'المنزل',
  'منزل',
  'و',
]);
// Country names and their spellings → one code.
const COUNTRIES: Record<string, string> = {
  us: 'us',
  usa: 'us',
  'united states': 'us',
  'united states of america': 'us',
  uk: 'gb',
  'united kingdom': 'gb',
  gb: 'gb',
  england: 'gb',
  britain: 'gb',
  germany: 'de',
  deutschland: 'de',
  france: 'fr',
  spain: 'es',
  italy: 'it',
  netherlands: 'nl',
  canada: 'ca',
  egypt: 'eg',
  مصر: 'eg',
  uae: 'ae',
  'united arab emirates': 'ae',
  emirates: 'ae',
  الامارات: 'ae',
  'saudi arabia': 'sa',
  saudi: 'sa',
  ksa: 'sa',
  السعوديه: 'sa',
  jordan: 'jo',
  الاردن: 'jo',
  qatar: 'qa',
  قطر: 'qa',
  kuwait: 'kw',
  الكويت: 'kw',
  india: 'in',
  ireland: 'ie',
  poland: 'pl',
  portugal: 'pt',
  australia: 'au',
  brazil: 'br',
  mexico: 'mx',
  israel: 'il',
  morocco: 'ma',
  المغرب: 'ma',
  lebanon: 'lb',
  لبنان: 'lb',
  austria: 'at',
  switzerland: 'ch',
};
const MULTI_WORD = Object.keys(COUNTRIES)
  .filter((k) => k.includes(' '))
  .sort((a, b) => b.length - a.length);

export type Places = { cities: Set<string>; countries: Set<string> };

/** The cities (any other place word) and countries a location names. */
export function placesOf(raw: string): Places {
  let text = ` ${normaliseText(raw).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const countries = new Set<string>();
  for (const name of MULTI_WORD) {
    if (text.includes(` ${name} `)) {
      countries.add(COUNTRIES[name]!);
      text = text.replaceAll(` ${name} `, ' ');
    }
  }
  const cities = new Set<string>();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const w = stemArabicToken(word);
    const country = COUNTRIES[word] ?? COUNTRIES[w];
    if (country) countries.add(country);
    else if (!GENERIC.has(word) && !GENERIC.has(w) && !/^\d+$/.test(w)) cities.add(w);
  }
  return { cities, countries };
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

/** True when the two locations name different places (so the copies are different jobs). */
export function placesConflict(a: Places, b: Places): boolean {
  return disjoint(a.cities, b.cities) || disjoint(a.countries, b.countries);
}

/** The stricter test for short descriptions: both name no place, or both name a place they share
 *  and none that conflicts ("Berlin" and "Berlin, Germany" match; "Remote" and "Berlin" do not). */
export function placesMatch(a: Places, b: Places): boolean {
  const empty = (p: Places) => p.cities.size === 0 && p.countries.size === 0;
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (placesConflict(a, b)) return false;
  return [...a.cities].some((c) => b.cities.has(c)) || [...a.countries].some((c) => b.countries.has(c));
}
