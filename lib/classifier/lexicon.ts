// Phrase lists compiled into regular expressions over normalised text. Phrases are written as a
// person would (Arabic with hamza and teh marbuta); compilation normalises them the same way as
// the text, so the two always agree.
import { normaliseText } from './normalise';

const ARABIC = /[\u0600-\u06FF]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileOne(phrase: string): string {
  const prefix = phrase.endsWith('*');
  const words = normaliseText(prefix ? phrase.slice(0, -1) : phrase).split(/[\s-]+/).filter(Boolean);
  const body = words.map(escape).join('[\\s\\-‐–]*');
  if (ARABIC.test(phrase)) {
    // Arabic words take proclitics (و ف ب ك ل + the article) and short suffixes.
    const bare = body.startsWith('ال') ? body.slice(2) : body;
    return `(?<![\\p{L}\\p{N}])(?:[وفبكل]?ال|لل|[وفبكل])?${bare}${prefix ? '[\\p{L}]*' : '[\\p{L}]{0,3}'}(?![\\p{L}\\p{N}])`;
  }
  return `(?<![\\p{L}\\p{N}])${body}${prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`;
}

/** A global, Unicode regex matching any of the phrases as whole words. */
export function phrases(...list: string[]): RegExp {
  // Longest first: "تسويق الكتروني" must win over "تسويق" at the same position.
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(compileOne).join('|'), 'gu');
}

export type Hit = { index: number; end: number; text: string };

export function findAll(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hits.push({ index: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return hits;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
