// Country names and codes from i18n-iso-countries (English, German and Arabic names with their
// alternatives), plus the short forms boards use ("USA", "UK", "UAE", "KSA", "السعودية").
// Names that are also something else ("Georgia", "Jordan" is safe, "عمان" = Oman or Amman) are
// kept out of the plain lookup and resolved by parse-place.ts from context.
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import { foldPlace } from './fold';
import type { UiLocale } from '../i18n';

countries.registerLocale(en);
countries.registerLocale(de);
countries.registerLocale(ar);

const EXTRA_ALIASES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  'u s': 'US',
  'u s a': 'US',
  'united states of america': 'US',
  america: 'US',
  amerika: 'US',
  'الولايات المتحده': 'US',
  'الولايات المتحده الامريكيه': 'US',
  امريكا: 'US',
  uk: 'GB',
  'u k': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'vereinigtes konigreich': 'GB',
  grossbritannien: 'GB',
  بريطانيا: 'GB',
  'المملكه المتحده': 'GB',
  uae: 'AE',
  'u a e': 'AE',
  emirates: 'AE',
  'the emirates': 'AE',
  الامارات: 'AE',
  'دوله الامارات': 'AE',
  'الامارات العربيه': 'AE',
  vae: 'AE',
  ksa: 'SA',
  saudi: 'SA',
  'saudi arabia': 'SA',
  السعوديه: 'SA',
  'المملكه العربيه السعوديه': 'SA',
  المملكه: 'SA',
  مصر: 'EG',
  'جمهوريه مصر العربيه': 'EG',
  egypt: 'EG',
  الاردن: 'JO',
  الكويت: 'KW',
  قطر: 'QA',
  البحرين: 'BH',
  'سلطنه عمان': 'OM',
  لبنان: 'LB',
  المغرب: 'MA',
  تونس: 'TN',
  الجزائر: 'DZ',
  العراق: 'IQ',
  سوريا: 'SY',
  فلسطين: 'PS',
  اليمن: 'YE',
  ليبيا: 'LY',
  السودان: 'SD',
  turkey: 'TR',
  turkiye: 'TR',
  'south korea': 'KR',
  korea: 'KR',
  russia: 'RU',
  vietnam: 'VN',
  czechia: 'CZ',
  'czech republic': 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  'ivory coast': 'CI',
  'hong kong sar': 'HK',
  taiwan: 'TW',
  deutschland: 'DE',
  deutschlands: 'DE',
  osterreichs: 'AT',
  'der schweiz': 'CH',
  osterreich: 'AT',
  schweiz: 'CH',
};

// Names that need context: a US state, or a city, with the same name.
const AMBIGUOUS = new Set(['georgia', 'عمان', 'jersey']);

let index: Map<string, string> | null = null;

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  for (const lang of ['en', 'de', 'ar']) {
    const names = countries.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        const key = foldPlace(name);
        if (!AMBIGUOUS.has(key) && !map.has(key)) map.set(key, code);
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_ALIASES)) map.set(foldPlace(name), code);
  return map;
}

/** A whole name ("Egypt", "Ägypten", "مصر", "USA") → its alpha-2 code, or null. */
export function lookupCountryName(name: string): string | null {
  index ??= buildIndex();
  return index.get(foldPlace(name).replace(/^the /, '')) ?? null;
}

let names: Map<string, string[]> | null = null;

/** Every name the lookup knows for a country (folded: English, German, Arabic, the short forms
 *  boards use), for search: "UAE", "KSA" and "السعودية" find the jobs placed there. */
export function namesOfCountry(code: string): readonly string[] {
  index ??= buildIndex();
  if (!names) {
    names = new Map();
    for (const [name, c] of index) names.set(c, [...(names.get(c) ?? []), name]);
  }
  return names.get(code) ?? [];
}

/** Every country name the lookup knows (folded), longest first: for scanning free text. */
export function countryNameKeys(): string[] {
  index ??= buildIndex();
  return [...index.keys()].sort((a, b) => b.length - a.length);
}

export function isAmbiguousName(folded: string): boolean {
  return AMBIGUOUS.has(folded);
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && code.length === 2;
}

/** The country's name in the UI's language. */
export function countryName(code: string, lang: UiLocale): string {
  return countries.getName(code, lang, { select: 'official' }) ?? code;
}
