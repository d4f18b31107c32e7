// A city's name in each UI language, so a card reads "Cairo, Egypt" on the English pages and
// "القاهرة، مصر" on the Arabic ones whichever script the board wrote it in. The cities boards in
// our sources name most often; any other city is shown as the board wrote it.
import { foldPlace } from './fold';
import type { UiLocale } from '../i18n';

// [English, Arabic, other spellings boards use...]
const NAMES: readonly (readonly string[])[] = [
  ['Cairo', 'القاهرة'],
  ['New Cairo', 'القاهرة الجديدة'],
  ['Nasr City', 'مدينة نصر'],
  ['Heliopolis', 'مصر الجديدة'],
  ['Maadi', 'المعادي', 'المعادى'],
  ['Giza', 'الجيزة'],
  ['Dokki', 'الدقي', 'الدقى'],
  ['Mohandessin', 'المهندسين'],
  ['Sheikh Zayed', 'الشيخ زايد'],
  ['6th of October', 'السادس من أكتوبر'],
  ['Alexandria', 'الإسكندرية'],
  ['Mansoura', 'المنصورة'],
  ['Tanta', 'طنطا'],
  ['Ismailia', 'الإسماعيلية'],
  ['Port Said', 'بورسعيد'],
  ['Suez', 'السويس'],
  ['Riyadh', 'الرياض'],
  ['Jeddah', 'جدة', 'Jidda'],
  ['Dammam', 'الدمام'],
  ['Khobar', 'الخبر', 'Al Khobar'],
  ['Dhahran', 'الظهران'],
  ['Mecca', 'مكة', 'Makkah', 'مكة المكرمة'],
  ['Medina', 'المدينة المنورة', 'Madinah'],
  ['Taif', 'الطائف'],
  ['Tabuk', 'تبوك'],
  ['Abha', 'أبها'],
  ['Dubai', 'دبي'],
  ['Abu Dhabi', 'أبوظبي', 'أبو ظبي'],
  ['Sharjah', 'الشارقة'],
  ['Ajman', 'عجمان'],
  ['Al Ain', 'العين'],
  ['Amman', 'عمّان'],
  ['Zarqa', 'الزرقاء'],
  ['Irbid', 'إربد'],
  ['Aqaba', 'العقبة'],
  ['Kuwait City', 'مدينة الكويت'],
  ['Hawally', 'حولي'],
  ['Doha', 'الدوحة'],
  ['Manama', 'المنامة'],
  ['Muscat', 'مسقط'],
  ['Beirut', 'بيروت'],
  ['Baghdad', 'بغداد'],
  ['Erbil', 'أربيل'],
  ['Basra', 'البصرة'],
  ['Casablanca', 'الدار البيضاء'],
  ['Rabat', 'الرباط'],
  ['Marrakech', 'مراكش'],
  ['Tunis', 'تونس العاصمة'],
  ['Algiers', 'الجزائر العاصمة'],
  ['Ramallah', 'رام الله'],
  ['Gaza', 'غزة'],
  ['London', 'لندن'],
  ['Berlin', 'برلين'],
  ['Munich', 'ميونخ', 'München', 'Munchen'],
  ['Hamburg', 'هامبورغ'],
  ['Frankfurt', 'فرانكفورت', 'Frankfurt am Main'],
  ['Cologne', 'كولونيا', 'Köln', 'Koln'],
  ['Paris', 'باريس'],
  ['Amsterdam', 'أمستردام'],
  ['Istanbul', 'إسطنبول'],
  ['Lisbon', 'لشبونة', 'Lisboa'],
  ['Porto', 'بورتو'],
  ['Dublin', 'دبلن'],
  ['Manchester', 'مانشستر'],
  ['Madrid', 'مدريد'],
  ['Barcelona', 'برشلونة'],
  ['Milan', 'ميلانو', 'Milano'],
  ['Rome', 'روما'],
  ['Vienna', 'فيينا', 'Wien'],
  ['Zurich', 'زيورخ', 'Zürich'],
  ['Stockholm', 'ستوكهولم'],
  ['Warsaw', 'وارسو'],
  ['Singapore', 'سنغافورة'],
  ['New York', 'نيويورك', 'New York City', 'NYC'],
  ['Los Angeles', 'لوس أنجلوس'],
  ['Chicago', 'شيكاغو'],
  ['Austin', 'أوستن'],
  ['Seattle', 'سياتل'],
  ['Boston', 'بوسطن'],
  ['San Francisco', 'سان فرانسيسكو'],
  ['Toronto', 'تورنتو'],
];

const BY_FOLDED = new Map<string, { en: string; ar: string }>();
for (const [en, ar, ...others] of NAMES) for (const name of [en!, ar!, ...others]) BY_FOLDED.set(foldPlace(name), { en: en!, ar: ar! });

/** Every name of every city we know, as written (for search: see lib/search.ts). */
export function allCityNames(): readonly string[] {
  return NAMES.flat();
}

/** The city's name in `lang` when it is one we know, else undefined. */
export function cityName(city: string, lang: UiLocale): string | undefined {
  return BY_FOLDED.get(foldPlace(city))?.[lang];
}
