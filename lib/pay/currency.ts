// Currency marks → ISO 4217. "$" is the US dollar unless the job is in a country with its own
// dollar; "ريال", "درهم", "دينار" alone are read from the job's country, or left unknown.

const SYMBOLS: [RegExp, string][] = [
  [/^(usd ?\$|us\$|usd|us dollars?|dollars?|دولار(?: امريكي| أمريكي)?|امريكي|أمريكي)$/i, 'USD'],
  [/^(ca\$|c\$|cad)$/i, 'CAD'],
  [/^(a\$|au\$|aud)$/i, 'AUD'],
  [/^(nz\$|nzd)$/i, 'NZD'],
  [/^(s\$|sgd)$/i, 'SGD'],
  [/^(r\$|brl)$/i, 'BRL'],
  [/^(€|eur|euros?|يورو)$/i, 'EUR'],
  [/^(£|gbp|pounds? sterling|جنيه استرليني|جنيه إسترليني)$/i, 'GBP'],
  [/^(₹|inr|rs\.?)$/i, 'INR'],
  [/^(egp|le|l\.e\.?|ج\.?م|جنيه(?: مصري)?|جنيها(?: مصريا)?|جنيهات)$/i, 'EGP'],
  [/^(sar|sr|ر\.?س|ريال سعودي|ريالا سعوديا)$/i, 'SAR'],
  [/^(aed|dhs?|د\.?إ|درهم (?:اماراتي|إماراتي))$/i, 'AED'],
  [/^(qar|ريال قطري)$/i, 'QAR'],
  [/^(kwd|دينار كويتي)$/i, 'KWD'],
  [/^(jod|jd|دينار (?:اردني|أردني))$/i, 'JOD'],
  [/^(bhd|دينار بحريني)$/i, 'BHD'],
  [/^(omr|ريال عماني)$/i, 'OMR'],
  [/^(mad|درهم مغربي)$/i, 'MAD'],
  [/^(tnd|دينار تونسي)$/i, 'TND'],
  [/^(s\/|pen)$/i, 'PEN'],
  [/^(chf)$/i, 'CHF'],
  [/^(₱|php)$/i, 'PHP'],
  [/^(mxn)$/i, 'MXN'],
  [/^(pln|zł)$/i, 'PLN'],
  [/^(₺|try)$/i, 'TRY'],
  [/^(₦|ngn)$/i, 'NGN'],
  [/^(zar)$/i, 'ZAR'],
  [/^(kes)$/i, 'KES'],
];

const BY_COUNTRY: Record<string, Record<string, string>> = {
  $: { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' },
  ريال: { SA: 'SAR', QA: 'QAR', OM: 'OMR', YE: 'YER' },
  درهم: { AE: 'AED', MA: 'MAD' },
  دينار: { JO: 'JOD', KW: 'KWD', BH: 'BHD', IQ: 'IQD', TN: 'TND', DZ: 'DZD', LY: 'LYD' },
};

/** The regex alternation of every currency mark, longest first, for the extractor. */
export const CURRENCY_PATTERN =
  'USD ?\\$|US\\$|CA\\$|C\\$|A\\$|AU\\$|NZ\\$|S\\$|R\\$|S\\/|\\$|€|£|₹|₱|₺|₦|zł|USD|EUR|GBP|EGP|SAR|AED|QAR|KWD|JOD|BHD|OMR|MAD|TND|CAD|AUD|NZD|SGD|BRL|INR|CHF|PHP|MXN|PLN|PEN|ZAR|KES|Euros?|euros?|US dollars?|dollars?|L\\.E\\.?|LE|ج\\.م|جنيها?(?: مصريا?| استرليني| إسترليني)?|جنيهات|ريالا?(?: سعوديا?| قطري| عماني)?|درهما?(?: اماراتي| إماراتي| مغربي)?|دينارا?(?: أردني| اردني| كويتي| بحريني| تونسي)?|دولارا?(?: أمريكي| امريكي)?|يورو|ر\\.س|د\\.إ|أمريكي|امريكي';

export function toCurrency(mark: string | undefined, country: string | null): string | null {
  if (!mark) return null;
  const m = mark
    .trim()
    .replace(/^(\S+)ا(\s|$)/u, '$1$2')
    .replace(/ا$/u, '');
  for (const [re, code] of SYMBOLS) if (re.test(m)) return code;
  if (m === '$') return (country && BY_COUNTRY['$']![country]) ?? 'USD';
  for (const word of ['ريال', 'درهم', 'دينار']) if (m.startsWith(word)) return (country && BY_COUNTRY[word]![country]) ?? null;
  if (/^[A-Z]{3}$/.test(m)) return m;
  return null;
}
