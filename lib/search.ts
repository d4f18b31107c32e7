// Search: the user's words become FTS5 terms over text normalised exactly like the index, each
// quoted on its own so operators, quotes and symbols are just text. Highlighting works on the
// original text by normalising each word the same way. A term is a prefix only from three
// characters on: a one-letter prefix matches nearly every word, and reading that many doclists
// made a handful of letters the most expensive request the site could be asked.
import { normaliseText, stemArabicToken, tokenise } from './classifier/normalise';

export const MAX_TERMS = 8;
export const MIN_PREFIX = 3;

/** Characters, not UTF-16 units: a two-letter Arabic word is two. */
const isPrefixTerm = (term: string) => [...term].length >= MIN_PREFIX;

export function queryTerms(q: string): string[] {
  return [...new Set(tokenise(q))].slice(0, MAX_TERMS);
}

/** An FTS5 MATCH expression: every term must appear, in any order; long terms as prefixes. */
export function toFtsQuery(q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, '""')}"${isPrefixTerm(t) ? '*' : ''}`).join(' ');
}

export type Segment = { text: string; match: boolean };

/** Splits original text into runs, marking the words that match a query term. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}\u0640]+/gu)) {
    const word = stemArabicToken(normaliseText(m[0]).replace(/[^\p{L}\p{N}]/gu, ''));
    if (!terms.some((t) => (isPrefixTerm(t) ? word.startsWith(t) : word === t))) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
