// A currency as a reader names it in the page's language ("Saudi Riyal", "ريال سعودي"), for the pay
// filter's menu: an ISO code ("SAR") means little to most readers, and nothing on an Arabic page.
// The names are ICU's (Node and the build ship full ICU); the menu's values stay the codes, so
// addresses do not change.
import type { UiLocale } from '../i18n';

const NAMES: Record<UiLocale, Intl.DisplayNames> = {
  en: new Intl.DisplayNames('en', { type: 'currency' }),
  ar: new Intl.DisplayNames('ar', { type: 'currency' }),
};

/** The currency's name, or its code when ICU has no name for it. */
export function currencyName(code: string, lang: UiLocale): string {
  // `of` throws on anything but three letters; the filters only pass codes of the rates table.
  return /^[A-Z]{3}$/.test(code) ? (NAMES[lang].of(code) ?? code) : code;
}
