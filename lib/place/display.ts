// Place shown in the UI's language: "Cairo, Egypt", "Remote · open to EMEA, Egypt (approx.)",
// "عن بُعد · متاح من أي مكان". Country names from i18n-iso-countries; region names here.
import type { UiLocale } from '../i18n';
import { cityName } from './city-names';
import { countryName } from './countries';
import { foldPlace } from './fold';
import { parsePlace } from './parse-place';
import type { Location, OpenTo } from './index';
import type { RegionName } from './regions';

const REGION_LABELS: Record<RegionName, { en: string; ar: string }> = {
  EMEA: { en: 'EMEA', ar: 'أوروبا والشرق الأوسط وأفريقيا' },
  Europe: { en: 'Europe', ar: 'أوروبا' },
  EU: { en: 'the EU', ar: 'الاتحاد الأوروبي' },
  MENA: { en: 'MENA', ar: 'الشرق الأوسط وشمال أفريقيا' },
  GCC: { en: 'the Gulf (GCC)', ar: 'دول الخليج' },
  Americas: { en: 'the Americas', ar: 'الأمريكتان' },
  'North America': { en: 'North America', ar: 'أمريكا الشمالية' },
  LATAM: { en: 'Latin America', ar: 'أمريكا اللاتينية' },
  APAC: { en: 'Asia-Pacific', ar: 'آسيا والمحيط الهادئ' },
  Africa: { en: 'Africa', ar: 'أفريقيا' },
};

const WORDS = {
  en: {
    openTo: 'open to',
    anywhere: 'open to anyone, anywhere',
    approx: '(approx., from time zones)',
    list: ', ',
    place: 'Anywhere',
    remote: 'Remote',
  },
  ar: {
    openTo: 'متاحة للمقيمين في',
    anywhere: 'متاحة من أي مكان',
    approx: '(تقريبًا، من المناطق الزمنية)',
    list: '، ',
    place: 'أي مكان',
    remote: 'عن بعد',
  },
} as const;

// The names people use where the official one differs ("Syrian Arab Republic", "State of Palestine").
const SHORT_EN: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  AE: 'UAE',
  KR: 'South Korea',
  RU: 'Russia',
  SY: 'Syria',
  PS: 'Palestine',
};

export function displayCountry(code: string, lang: UiLocale): string {
  return (lang === 'en' && SHORT_EN[code]) || countryName(code, lang);
}

export function displayRegion(region: RegionName, lang: UiLocale): string {
  return REGION_LABELS[region][lang];
}

/** "Cairo, Egypt" / "القاهرة، مصر": the country in the UI's language, and the city too when it is
 *  one we know (else as the board wrote it). */
export function formatLocation(location: Location, lang: UiLocale): string {
  const city = location.city ? (cityName(location.city, lang) ?? location.city) : null;
  const parts = [city, location.country ? displayCountry(location.country, lang) : null].filter((p): p is string => Boolean(p));
  return parts.join(WORDS[lang].list);
}

/** The place a card, a posting page or a feed item shows: the decided place in the UI's language
 *  when there is one (`localised`), else the board's own text, else nothing. */
export function placeText(
  p: { country?: string | null; city?: string | null; location?: string | null },
  lang: UiLocale,
): { text: string; localised: boolean } | null {
  if (p.country || p.city) return { text: formatLocation({ country: p.country ?? null, city: p.city ?? null }, lang), localised: true };
  if (!p.location) return null;
  const words = placeWords(p.location, lang);
  return words ? { text: words, localised: true } : { text: p.location, localised: false };
}

const JUST_REMOTE = /^(?:remote|fully remote|100% remote|remote first|remote only|work from home|wfh|عن بعد|من المنزل|عن بعد بالكامل)$/;
/** A place said with no city or country decided: "Worldwide", "LATAM, Europe", "USA Only", "عن بعد". */
function placeWords(location: string, lang: UiLocale): string | null {
  if (JUST_REMOTE.test(foldPlace(location).trim())) return WORDS[lang].remote;
  const parsed = parsePlace(location);
  if (parsed.worldwide) return WORDS[lang].place;
  // Regions and countries with no city: a remote job's "USA Only", "Remote, USA", "EMEA, Egypt".
  if ((parsed.regions.length || parsed.countries.length) && !parsed.city)
    return [...parsed.regions.map((r) => displayRegion(r, lang)), ...parsed.countries.map((c) => displayCountry(c, lang))].join(
      WORDS[lang].list,
    );
  return null;
}

/** Who may take a remote job, in a phrase. */
export function formatOpenTo(openTo: OpenTo, lang: UiLocale): string {
  const w = WORDS[lang];
  if (openTo.worldwide) return w.anywhere;
  const names = [...openTo.regions.map((r) => displayRegion(r, lang)), ...openTo.countries.map((c) => displayCountry(c, lang))];
  return `${w.openTo} ${names.join(w.list)}${openTo.approximate ? ` ${w.approx}` : ''}`;
}
