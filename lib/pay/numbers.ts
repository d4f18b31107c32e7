// Numbers as salaries are written in English, German and Arabic: "150,000", "56.472,00",
// "31,2k", "3.5k", "٣٬٠٠٠", "٤٠٠٠", "$1.500". A separator followed by exactly three digits is a
// thousands separator; otherwise it is the decimal mark; with both, the last one is the decimal.

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function foldDigits(text: string): string {
  return text
    .replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) >= 0x06f0 ? d.charCodeAt(0) - 0x06f0 : d.charCodeAt(0) - 0x0660))
    .replace(/\u066C/g, ',') // Arabic thousands separator
    .replace(/\u066B/g, '.'); // Arabic decimal separator
}

/** "56.472,00" → 56472; "31,2" → 31.2; "150,000" → 150000; null when it is not a number. */
export function parseNumber(token: string): number | null {
  const t = foldDigits(token)
    .replace(/\s/g, '')
    .replace(/[,.]-$/, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalised = t.split(thousands).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (!sep) normalised = t;
    else {
      const groups = t.split(sep);
      // Several groups ("1,500,000", the Indian "8,00,000") or one of exactly three digits.
      const thousands = groups.length > 2 || (groups.length === 2 && groups[1]!.length === 3);
      normalised = thousands ? groups.join('') : groups.join('.');
    }
  }
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Applies a "k" / "K" / "ألف" multiplier. */
export function applyMultiplier(value: number, suffix: string | undefined): number {
  if (!suffix) return value;
  if (/^(k|ألف|الف|آلاف|الاف|tsd|tausend)$/i.test(suffix.trim())) return Math.round(value * 1000 * 100) / 100;
  return value;
}
