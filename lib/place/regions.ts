// The ten region names of taxonomy §7 and the countries each one holds (ISO 3166-1 alpha-2).
// Committed lists, so "is a person in EG allowed to take a job open to MENA?" has one answer.
// Where a definition varies between employers we take the common one and say so here:
// North America is the US, Canada and Mexico (plus Bermuda, Greenland, Saint Pierre); MENA is the
// Arab League members plus Iran and Israel; EMEA is Europe ∪ MENA ∪ Africa plus the Caucasus and
// Turkey; APAC is East, South-East and South Asia with Oceania.

export const REGION_NAMES = ['EMEA', 'Europe', 'EU', 'MENA', 'GCC', 'Americas', 'North America', 'LATAM', 'APAC', 'Africa'] as const;
export type RegionName = (typeof REGION_NAMES)[number];

const list = (codes: string): readonly string[] => codes.trim().split(/\s+/);

const EU = list('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE');
const EUROPE = [...EU, ...list('AL AD BY BA FO GI GG IS IM JE XK LI MK MD MC ME NO RU SM RS CH UA GB VA AX')];
const MENA = list('DZ BH DJ EG IR IQ IL JO KW LB LY MA MR OM PS QA SA SD SY TN AE YE KM SO');
const GCC = list('SA AE KW QA BH OM');
const ARAB_LEAGUE_MEMBERS = list('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE');
const AFRICA = list(
  'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH RE YT SH',
);
const NORTH_AMERICA = list('US CA MX BM GL PM');
const LATAM = list('AR BO BR CL CO CR CU DO EC SV GT HN HT MX NI PA PY PE PR UY VE BZ GY SR');
const AMERICAS = [
  ...new Set([...NORTH_AMERICA, ...LATAM, ...list('AG AI AW BB BL BQ BS CW DM FK GD GF GP JM KN KY LC MF MQ MS SX TC TT VC VG VI')]),
];
const APAC = list(
  'AU NZ CN HK MO TW JP KR KP MN BN KH ID LA MY MM PH SG TH TL VN BD BT IN LK MV NP PK FJ PG SB VU NC PF WS TO KI TV NR PW FM MH GU MP AS CK NU',
);
const EMEA = [...new Set([...EUROPE, ...MENA, ...AFRICA, ...list('TR GE AM AZ CY')])];

export const REGION_COUNTRIES: Readonly<Record<RegionName, ReadonlySet<string>>> = {
  EMEA: new Set(EMEA),
  Europe: new Set(EUROPE),
  EU: new Set(EU),
  MENA: new Set(MENA),
  GCC: new Set(GCC),
  Americas: new Set(AMERICAS),
  'North America': new Set(NORTH_AMERICA),
  LATAM: new Set(LATAM),
  APAC: new Set(APAC),
  Africa: new Set(AFRICA),
};

/** The 22 members of the Arab League: the Arab world, for the stats page's rows and the country
 *  picker (MENA above also holds Iran and Israel). */
export const ARAB_LEAGUE: ReadonlySet<string> = new Set(ARAB_LEAGUE_MEMBERS);

/** The regions that hold a country: what `open_to=EG` matches besides the country itself. */
export function regionsContaining(country: string): RegionName[] {
  return REGION_NAMES.filter((r) => REGION_COUNTRIES[r].has(country));
}

// How boards and postings write the regions (folded to lower case). "Asia" and "Oceania" alone
// map to APAC, the nearest of the ten names; "Middle East" to MENA.
const REGION_ALIASES: Record<string, RegionName> = {
  emea: 'EMEA',
  europe: 'Europe',
  european: 'Europe',
  europa: 'Europe',
  europas: 'Europe',
  'der eu': 'EU',
  eu: 'EU',
  'european union': 'EU',
  'europaische union': 'EU',
  'eu/eea': 'EU',
  eea: 'EU',
  mena: 'MENA',
  'middle east': 'MENA',
  'middle east and north africa': 'MENA',
  'الشرق الاوسط': 'MENA',
  'الشرق الاوسط وشمال افريقيا': 'MENA',
  'الوطن العربي': 'MENA',
  'العالم العربي': 'MENA',
  'الدول العربيه': 'MENA',
  gcc: 'GCC',
  'gulf countries': 'GCC',
  'دول الخليج': 'GCC',
  الخليج: 'GCC',
  'الخليج العربي': 'GCC',
  americas: 'Americas',
  'the americas': 'Americas',
  'north america': 'North America',
  'northern america': 'North America',
  nordamerika: 'North America',
  latam: 'LATAM',
  'latin america': 'LATAM',
  'south america': 'LATAM',
  'central america': 'LATAM',
  lateinamerika: 'LATAM',
  apac: 'APAC',
  'asia pacific': 'APAC',
  'asia-pacific': 'APAC',
  asia: 'APAC',
  oceania: 'APAC',
  africa: 'Africa',
  afrika: 'Africa',
  افريقيا: 'Africa',
  اوروبا: 'Europe',
  'الاتحاد الاوروبي': 'EU',
};

/** A region name as written ("Latin America", "apac-c1" is not one) → one of the ten, or null. */
export function lookupRegion(folded: string): RegionName | null {
  return REGION_ALIASES[folded.replace(/\s+only$/, '').trim()] ?? null;
}

export function regionAliasKeys(): string[] {
  return Object.keys(REGION_ALIASES);
}
