// Who may take a remote job, from the posting's own words, in English, German and Arabic:
// "remote within Egypt", "must be based in the EU", "USA only", "work from anywhere",
// "من أي مكان", "داخل السعودية", "CET ± 2 hours". Only sentences that state a condition on where the
// worker lives count: "customers worldwide" or "offices in 34 countries" say nothing about it.
import { parsePlace, type ParsedPlace } from './parse-place';
import { findTimeZoneWindow } from './timezones';

export type TextOpenTo = ParsedPlace & { evidence: string };

const PLACE_LIST = "([\\p{L}][\\p{L} .'’,/&()-]{1,80}?)";
const END = '(?=$|[.;:!?\\n]|\\s*\\(|\\s(?:who|with|to|and be|as|for|during|while|we|you|that|but|please|or (?:can|align))\\b)';

const EN_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(?:must|need to|needs to|required to|have to|should|will need to)\\s+(?:be\\s+)?(?:currently\\s+)?(?:based|located|residing|reside|live|living|a resident)\\s+(?:in|within|of)\\s+(?:the\\s+|one of\\s+(?:the\\s+)?(?:following\\s+)?(?:countries:?\\s*)?)?${PLACE_LIST}${END}`,
    'iu',
  ),
  new RegExp(
    `\\b(?:only|exclusively)\\s+(?:open\\s+to\\s+|accepting\\s+|hiring\\s+|considering\\s+)?(?:candidates|applicants|people|residents|talent)\\s+(?:who\\s+(?:are|live)\\s+)?(?:based\\s+|located\\s+|living\\s+|residing\\s+)?(?:in|from|within)\\s+(?:the\\s+)?${PLACE_LIST}${END}`,
    'iu',
  ),
  new RegExp(
    `\\b(?:remote|work from home|wfh)\\s*(?:-|–|,|:)?\\s*(?:within|in|across|from anywhere in|anywhere in)\\s+(?:the\\s+)?${PLACE_LIST}${END}`,
    'iu',
  ),
  new RegExp(`\\b(?:work|working)\\s+(?:remotely\\s+)?from\\s+anywhere\\s+(?:in|within)\\s+(?:the\\s+)?${PLACE_LIST}${END}`, 'iu'),
  new RegExp(`\\blocation\\s*:\\s*(?:remote\\s*)?[-–(,]?\\s*${PLACE_LIST}\\s*\\(?\\s*remote\\s*\\)?`, 'iu'),
  new RegExp(`\\blocation\\s*:\\s*remote\\s*[-–(,]\\s*(?:applicants must reside in\\s+)?${PLACE_LIST}${END}`, 'iu'),
  new RegExp(
    `\\b(?:open to|hiring in|hiring from)\\s+(?:candidates|applicants)?\\s*(?:based\\s+|located\\s+)?(?:in|from)\\s+(?:the\\s+)?${PLACE_LIST}\\s+only\\b`,
    'iu',
  ),
  new RegExp(
    `\\byou\\s+(?:must\\s+|should\\s+|will\\s+)?(?:live|reside|are based|are located)\\s+(?:in|within)\\s+(?:the\\s+)?${PLACE_LIST}${END}`,
    'iu',
  ),
  new RegExp(
    `\\b(?:remote|role|position|job|candidate|contractor|freelancer)\\b[^.\\n]{0,30}?\\bbased in\\s+(?:the\\s+)?${PLACE_LIST}${END}`,
    'iu',
  ),
  // A heading line's "Remote (EU/UK)": the bracket after "remote" names where the worker may be.
  new RegExp(`\\bremote\\s*\\(\\s*${PLACE_LIST}\\s*\\)`, 'iu'),
  /\b((?:U\.S\.|US|USA|UK|EU|[A-Z][a-z]+))-based,?\s+(?:fully\s+)?remote\b/u,
  /\b((?:US|USA|UK|EU|EMEA|LATAM|APAC|Europe|Canada|[A-Z][a-z]+)(?:\s*(?:,|or|and|\/)\s*(?:US|USA|UK|EU|EMEA|LATAM|APAC|[A-Z][a-z]+))*)[- ]only\b/u,
];

const DE_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:remote|homeoffice|home-office|mobil)\\s+(?:innerhalb|in ganz|aus ganz|aus)\\s+${PLACE_LIST}${END}`, 'iu'),
  new RegExp(`\\b(?:wohnsitz|wohnort)\\s+in\\s+${PLACE_LIST}${END}`, 'iu'),
];

const AR_PATTERNS: RegExp[] = [
  // A remote / residence word, then "داخل" or "في" and the place: "العمل عن بعد من داخل مصر"، "للمقيمين في السعودية".
  /(?:عن بعد|عن بُعد|من المنزل|للمقيمين|المقيمين|مقيم|مقيمة|مقيما|الاقامة|الإقامة|متواجد|متواجدين|يشترط التواجد|يقيم)\s+(?:\S+\s+){0,3}?(?:داخل|في|بدولة|بدوله)\s+([\u0600-\u06FF ]{2,40}?)(?=$|[.،,:؛!\n]|\s(?:فقط|مع|او|أو|و)\b)/u,
];

const WORLDWIDE_EN =
  /\b(?:work|working|live|based|located|hire|hiring|apply|candidates|applicants|remote)\b[^.\n]{0,40}?\b(?:from\s+)?(?:anywhere(?:\s+in\s+the\s+world)?|worldwide|globally|any country)\b(?!\s+(?:in|within|across)\b)/i;
const WORLDWIDE_DE = /\b(?:remote|arbeiten|arbeitest)\b[^.\n]{0,30}\b(?:von überall|weltweit)\b/i;
const WORLDWIDE_AR = /(?:من اي مكان|من أي مكان|من أي دولة|من اي دولة|من أي مكان في العالم|من أي بلد)/u;

function fromList(list: string, evidence: string): TextOpenTo | null {
  const place = parsePlace(list.replace(/\s+(?:only|time ?zones?)$/i, ''));
  if (!place.worldwide && place.regions.length === 0 && place.countries.length === 0) return null;
  return { ...place, city: null, evidence: evidence.trim() };
}

function matchSentence(sentence: string): TextOpenTo | null {
  for (const pattern of [...EN_PATTERNS, ...DE_PATTERNS, ...AR_PATTERNS]) {
    const m = pattern.exec(sentence);
    const found = m?.[1] ? fromList(m[1], m[0]) : null;
    if (found) return found;
  }
  const ww = WORLDWIDE_EN.exec(sentence) ?? WORLDWIDE_DE.exec(sentence) ?? WORLDWIDE_AR.exec(sentence);
  if (
    ww &&
    !/\b(?:customers|clients|users|offices|installations|companies|brands|serves?|serving)\b[^.]{0,30}(?:worldwide|globally)/i.test(
      sentence,
    )
  ) {
    return { worldwide: true, regions: [], countries: [], city: null, approximate: false, evidence: ww[0] };
  }
  const tz = findTimeZoneWindow(sentence);
  if (tz && tz.regions.length && /time ?zones?|timezone|within|±|\+\/-|located|based|live|overlap|zeitzone|توقيت/i.test(sentence)) {
    return { worldwide: false, regions: tz.regions, countries: [], city: null, approximate: true, evidence: tz.evidence };
  }
  return null;
}

/** The first sentence that restricts (or opens) where the worker may live, read as openTo. */
export function findOpenToInText(text: string): TextOpenTo | null {
  for (const sentence of text.split(/(?<=[.!?؟])\s+|\n+|\s[•·]\s/)) {
    if (sentence.length < 4) continue;
    const found = matchSentence(sentence);
    if (found) return found;
  }
  return null;
}
