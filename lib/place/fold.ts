// One folding for place names: the classifier's normaliser (NFKC, lower case, Arabic letters and
// digits folded) plus Latin accents stripped, so "Türkiye", "München" and "الإمارات" match
// "turkiye", "munchen" and "الامارات".
import { normaliseText } from '../classifier/normalise';

export function foldPlace(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
