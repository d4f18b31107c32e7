// Cities, US states and Canadian provinces that tell a location's country. A small committed
// table: the cities boards in our sources actually name, in the spellings they use (English,
// German, Arabic). A city missing here leaves the country unknown unless the string names one.
import { foldPlace } from './fold';

const CITIES: Record<string, string> = {
  // Egypt
  EG: 'cairo|new cairo|nasr city|heliopolis|maadi|giza|dokki|mohandessin|sheikh zayed|6th of october|alexandria|mansoura|tanta|zagazig|ismailia|port said|suez|asyut|luxor|aswan|القاهره|القاهره الجديده|مدينه نصر|مصر الجديده|المعادي|المعادى|الجيزه|الدقي|الدقى|المهندسين|الشيخ زايد|السادس من اكتوبر|الاسكندريه|المنصوره|طنطا|الزقازيق|الاسماعيليه|بورسعيد|السويس|شبرا|التجمع الاول|التجمع الخامس|الشروق|العاشر من رمضان',
  SA: 'riyadh|jeddah|jidda|dammam|khobar|al khobar|dhahran|mecca|makkah|medina|madinah|taif|tabuk|abha|khamis mushait|jazan|jizan|najran|yanbu|neom|al ahsa|hofuf|jubail|qassim|buraidah|hail|الرياض|جده|الدمام|الخبر|الظهران|مكه|مكه المكرمه|المدينه المنوره|الطايف|تبوك|ابها|خميس مشيط|جازان|نجران|ينبع|نيوم|الاحساء|الهفوف|الجبيل|القصيم|بريده|حايل',
  AE: 'dubai|abu dhabi|sharjah|ajman|al ain|fujairah|ras al khaimah|umm al quwain|دبي|ابوظبي|ابو ظبي|الشارقه|عجمان|العين|الفجيره|راس الخيمه|ام القيوين',
  JO: 'amman|zarqa|irbid|aqaba|الزرقاء|الزرقاء الجديده|اربد|العقبه',
  KW: 'kuwait city|hawally|salmiya|farwaniya|حولي|السالميه|الفروانيه|مدينه الكويت',
  QA: 'doha|الدوحه',
  BH: 'manama|المنامه',
  OM: 'muscat|مسقط',
  LB: 'beirut|بيروت',
  IQ: 'baghdad|erbil|basra|بغداد|اربيل|البصره',
  MA: 'casablanca|rabat|marrakech|tangier|الدار البيضاء|الرباط|مراكش',
  TN: 'tunis|sfax',
  DZ: 'algiers',
  PS: 'ramallah|gaza|رام الله|غزه',
  // Germany and neighbours (Arbeitnow)
  DE: 'berlin|munich|munchen|hamburg|frankfurt|frankfurt am main|cologne|koln|dusseldorf|stuttgart|hanover|hannover|nuremberg|nurnberg|leipzig|dresden|bremen|essen|dortmund|bochum|bonn|mainz|wiesbaden|darmstadt|mannheim|karlsruhe|heidelberg|freiburg|freiburg im breisgau|munster|gottingen|erfurt|chemnitz|offenburg|augsburg|regensburg|kiel|rostock|potsdam|aachen|duisburg|wuppertal|bielefeld|munchen',
  AT: 'vienna|wien|graz|linz|salzburg',
  CH: 'zurich|geneva|basel|bern|lausanne',
  NL: 'amsterdam|rotterdam|utrecht|the hague|eindhoven',
  GB: 'london|manchester|birmingham|edinburgh|glasgow|bristol|leeds|liverpool|cambridge|oxford',
  IE: 'dublin|cork|galway',
  FR: 'paris|lyon|marseille|toulouse|bordeaux|lille|nantes',
  ES: 'madrid|barcelona|valencia|seville|malaga',
  IT: 'rome|milan|milano|turin|naples|florence|bologna',
  PT: 'lisbon|porto',
  PL: 'warsaw|krakow|gdansk|wroclaw|poznan',
  CZ: 'prague|brno',
  HU: 'budapest',
  RO: 'bucharest|cluj-napoca',
  BG: 'sofia',
  SE: 'stockholm|gothenburg',
  DK: 'copenhagen',
  NO: 'oslo',
  FI: 'helsinki',
  BE: 'brussels|antwerp',
  GR: 'athens',
  UA: 'kyiv|kiev|lviv',
  EE: 'tallinn',
  LT: 'vilnius',
  LV: 'riga',
  TR: 'istanbul|ankara|izmir',
  IL: 'tel aviv|jerusalem|haifa',
  GE: 'tbilisi|batumi',
  // Americas
  US: 'washington|new york|new york city|nyc|san francisco|los angeles|seattle|boston|chicago|austin|denver|miami|atlanta|dallas|houston|philadelphia|phoenix|san diego|san jose|portland|washington dc|washington d c|minneapolis|detroit|nashville|charlotte|raleigh|salt lake city|pittsburgh|baltimore|tampa|orlando|st louis|saint louis|las vegas|brooklyn|palo alto|mountain view|menlo park|sunnyvale|oakland',
  CA: 'toronto|vancouver|montreal|ottawa|calgary|edmonton|winnipeg|quebec city',
  MX: 'mexico city|ciudad de mexico|guadalajara|monterrey',
  BR: 'sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|brasilia',
  AR: 'buenos aires|cordoba',
  CO: 'bogota|medellin|cali',
  CL: 'santiago',
  PE: 'lima',
  UY: 'montevideo',
  HT: 'port-au-prince|port au prince',
  // Asia-Pacific, Africa
  IN: 'bangalore|bengaluru|mumbai|delhi|new delhi|hyderabad|chennai|pune|gurgaon|gurugram|noida|kolkata',
  PK: 'karachi|lahore|islamabad',
  BD: 'dhaka',
  PH: 'manila|metro manila|makati|quezon city|cebu',
  SG: 'singapore',
  MY: 'kuala lumpur',
  ID: 'jakarta|bali',
  TH: 'bangkok',
  VN: 'ho chi minh city|hanoi',
  JP: 'tokyo|osaka',
  KR: 'seoul',
  CN: 'beijing|shanghai|shenzhen',
  HK: 'hong kong',
  TW: 'taipei',
  AU: 'sydney|melbourne|brisbane|perth|adelaide',
  NZ: 'auckland|wellington',
  NG: 'lagos|abuja',
  KE: 'nairobi',
  ZA: 'cape town|johannesburg|durban',
  GH: 'accra',
};

const US_STATES: Record<string, string> = {
  AL: 'alabama',
  AK: 'alaska',
  AZ: 'arizona',
  AR: 'arkansas',
  CA: 'california',
  CO: 'colorado',
  CT: 'connecticut',
  DE: 'delaware',
  FL: 'florida',
  GA: 'georgia',
  HI: 'hawaii',
  ID: 'idaho',
  IL: 'illinois',
  IN: 'indiana',
  IA: 'iowa',
  KS: 'kansas',
  KY: 'kentucky',
  LA: 'louisiana',
  ME: 'maine',
  MD: 'maryland',
  MA: 'massachusetts',
  MI: 'michigan',
  MN: 'minnesota',
  MS: 'mississippi',
  MO: 'missouri',
  MT: 'montana',
  NE: 'nebraska',
  NV: 'nevada',
  NH: 'new hampshire',
  NJ: 'new jersey',
  NM: 'new mexico',
  NY: 'new york',
  NC: 'north carolina',
  ND: 'north dakota',
  OH: 'ohio',
  OK: 'oklahoma',
  OR: 'oregon',
  PA: 'pennsylvania',
  RI: 'rhode island',
  SC: 'south carolina',
  SD: 'south dakota',
  TN: 'tennessee',
  TX: 'texas',
  UT: 'utah',
  VT: 'vermont',
  VA: 'virginia',
  WA: 'washington',
  WV: 'west virginia',
  WI: 'wisconsin',
  WY: 'wyoming',
  DC: 'district of columbia',
};
const CA_PROVINCES: Record<string, string> = {
  ON: 'ontario',
  BC: 'british columbia',
  QC: 'quebec',
  AB: 'alberta',
  MB: 'manitoba',
  SK: 'saskatchewan',
  NS: 'nova scotia',
  NB: 'new brunswick',
  NL: 'newfoundland and labrador',
  PE: 'prince edward island',
};
const DE_STATES =
  'bavaria|bayern|hesse|hessen|baden-wurttemberg|north rhine-westphalia|nordrhein-westfalen|lower saxony|niedersachsen|saxony|sachsen|thuringia|brandenburg|rhineland-palatinate|schleswig-holstein|mecklenburg-vorpommern|saarland|saxony-anhalt';
const EG_GOVERNORATES =
  'monufya|monufia|menoufia|qalyubia|sharqia|gharbia|dakahlia|beheira|kafr el sheikh|faiyum|minya|sohag|red sea|المنوفيه|القليوبيه|الشرقيه|الغربيه|الدقهليه|البحيره';

const cityIndex = new Map<string, string>();
for (const [code, names] of Object.entries(CITIES)) for (const n of names.split('|')) cityIndex.set(foldPlace(n), code);
const subdivisionIndex = new Map<string, string>();
for (const name of Object.values(US_STATES)) subdivisionIndex.set(name, 'US');
for (const name of Object.values(CA_PROVINCES)) subdivisionIndex.set(name, 'CA');
for (const name of DE_STATES.split('|')) subdivisionIndex.set(name, 'DE');
for (const name of EG_GOVERNORATES.split('|')) subdivisionIndex.set(foldPlace(name), 'EG');

export function lookupCity(folded: string): string | null {
  return cityIndex.get(folded) ?? null;
}

/** A state or province written out ("Bavaria", "California") → its country. "Georgia" is here too. */
export function lookupSubdivision(folded: string): string | null {
  return subdivisionIndex.get(folded) ?? null;
}

/** A two-letter state or province code after a city ("Chicago, IL") → its country. */
export function lookupSubdivisionCode(code: string): 'US' | 'CA' | null {
  if (code in US_STATES) return 'US';
  if (code in CA_PROVINCES) return 'CA';
  return null;
}
