// Direction helpers for mixed Arabic and English text. `dir="auto"` takes the direction of the
// first strong letter, and text with none ("$60,000 – $75,000") takes the page's: in Arabic the
// range then reads backwards. Text is given its own direction from its letters instead.
import { arabicShare } from '../../lib/classifier/language';
import type { UiLocale } from '../../lib/i18n';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

/** The direction of a posting's own text by its language: its title, company and place line. */
export const languageDir = (language: string): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/** rtl when the text holds an Arabic letter, else ltr (numbers, currency signs and Latin). */
export const textDir = (text: string): 'rtl' | 'ltr' => (ARABIC_LETTER.test(text) ? 'rtl' : 'ltr');

/** The language and direction of a longer text by its letters: Arabic when at least 30% of them
 *  are (as the classifier decides a posting's language), else the posting's own. A board may put
 *  an English description under an Arabic title. */
export function textLanguage(text: string, fallback: string): { lang: string; dir: 'rtl' | 'ltr' } {
  if (!/\p{L}/u.test(text)) return { lang: fallback, dir: fallback === 'ar' ? 'rtl' : 'ltr' };
  if (arabicShare(text) >= 0.3) return { lang: 'ar', dir: 'rtl' };
  return { lang: fallback === 'ar' ? 'en' : fallback, dir: 'ltr' };
}

/** The arrow that points back in the page's reading direction. */
export const backArrow = (locale: UiLocale): string => (locale === 'ar' ? '→' : '←');
