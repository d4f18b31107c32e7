// The pieces a user sees directly: pay shown in each UI language, and the region lists behind
// `open_to` (each committed, each a subset of the wider one it belongs to).
import { describe, expect, it } from 'vitest';
import { formatPay } from '../../lib/pay';
import { isCountryCode } from '../../lib/place/countries';
import { REGION_COUNTRIES, REGION_NAMES, regionsContaining } from '../../lib/place';
import { formatLocation, placeText } from '../../lib/place/display';

describe('formatPay', () => {
  it.each([
    [{ min: 150000, max: 230000, currency: 'USD', period: 'year' }, 'en', '$150,000–230,000 a year'],
    [{ min: 3000, max: 5000, currency: 'EGP', period: 'month' }, 'ar', '٣٬٠٠٠–٥٬٠٠٠ ج.م شهريًا'],
    [{ min: 3000, max: 5000, currency: 'EGP', period: 'month' }, 'en', '3,000–5,000 EGP a month'],
    [{ min: null, max: 2500, currency: 'USD', period: 'month' }, 'en', 'up to $2,500 a month'],
    [{ min: 2500, max: null, currency: 'EUR', period: null }, 'en', 'from €2,500'],
    [{ min: 25, max: 25, currency: 'USD', period: 'hour' }, 'ar', '٢٥ دولار في الساعة'],
    [{ min: 100, max: 250, currency: 'USD', period: 'project' }, 'en', '$100–250 for the project'],
    [{ min: 3000, max: 3000, currency: null, period: null }, 'en', '3,000'],
  ] as const)('shows %j in %s as %s', (pay, lang, text) => {
    expect(formatPay({ ...pay }, lang)).toBe(text);
  });
});

describe('regions', () => {
  it('backs each of the ten names with valid country codes', () => {
    for (const name of REGION_NAMES) {
      expect(REGION_COUNTRIES[name].size, name).toBeGreaterThan(3);
      for (const code of REGION_COUNTRIES[name]) expect(isCountryCode(code) || code === 'XK', `${name} ${code}`).toBe(true);
    }
  });
  it.each([
    ['GCC', 'MENA'],
    ['MENA', 'EMEA'],
    ['EU', 'Europe'],
    ['Europe', 'EMEA'],
    ['Africa', 'EMEA'],
    ['LATAM', 'Americas'],
    ['North America', 'Americas'],
  ] as const)('%s lies inside %s', (inner, outer) => {
    for (const code of REGION_COUNTRIES[inner]) expect(REGION_COUNTRIES[outer].has(code), code).toBe(true);
  });
  it('finds the regions a Cairo or Riyadh job seeker belongs to', () => {
    expect(regionsContaining('EG').sort()).toEqual(['Africa', 'EMEA', 'MENA']);
    expect(regionsContaining('SA').sort()).toEqual(['EMEA', 'GCC', 'MENA']);
  });
});

describe('formatLocation', () => {
  it('names a known city in the page language, whichever script the board used', () => {
    expect(formatLocation({ city: 'القاهرة', country: 'EG' }, 'en')).toBe('Cairo, Egypt');
    expect(formatLocation({ city: 'Riyadh', country: 'SA' }, 'ar')).toBe('الرياض، السعودية');
    expect(formatLocation({ city: 'الإسكندرية', country: 'EG' }, 'en')).toBe('Alexandria, Egypt');
    expect(formatLocation({ city: 'Berlin', country: 'DE' }, 'ar')).toMatch(/^برلين، /);
    expect(formatLocation({ city: 'Lisbon', country: 'PT' }, 'ar')).toMatch(/^لشبونة، /);
  });
  it('keeps a city it does not know as the board wrote it', () => {
    expect(formatLocation({ city: 'Köln-Ehrenfeld', country: 'DE' }, 'en')).toBe('Köln-Ehrenfeld, Germany');
  });
});

describe('placeText (cards, posting pages and feeds)', () => {
  it('shows the decided place in the page language, and the board text only when nothing was decided', () => {
    expect(placeText({ country: 'EG', city: 'القاهرة', location: 'القاهرة، مصر' }, 'en')).toEqual({
      text: 'Cairo, Egypt',
      localised: true,
    });
    expect(placeText({ country: null, city: null, location: 'Tech Park, Building 4' }, 'ar')).toEqual({
      text: 'Tech Park, Building 4',
      localised: false,
    });
    expect(placeText({ country: null, city: null, location: '' }, 'en')).toBeNull();
  });

  it("says a remote job's place words and regions in the page language too", () => {
    // An Arabic reader saw "Worldwide" and "LATAM, Europe" in English on every remote card.
    const at = (location: string, lang: 'en' | 'ar') => placeText({ country: null, city: null, location }, lang)?.text;
    expect(at('Worldwide', 'ar')).toBe('أي مكان');
    expect(at('Anywhere in the World', 'en')).toBe('Anywhere');
    expect(at('LATAM, Europe', 'ar')).toBe('أمريكا اللاتينية، أوروبا');
    expect(at('Remote - EMEA', 'en')).toBe('EMEA');
    expect(at('عن بعد', 'en')).toBe('Remote');
    expect(at('Fully Remote', 'ar')).toBe('عن بعد');
    // Countries a remote job names with no city: "USA Only", "Remote, USA", "Deutschland".
    expect(at('USA Only', 'ar')).toBe('الولايات المتحدة');
    expect(at('Remote, USA', 'en')).toBe('United States');
    expect(at('Deutschland', 'en')).toBe('Germany');
    expect(at('EMEA, Egypt', 'ar')).toBe('أوروبا والشرق الأوسط وأفريقيا، مصر');
  });
});
