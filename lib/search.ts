// Search: the user's words become FTS5 terms over text normalised exactly like the index, each
// quoted on its own so operators and symbols are just text; words the user put in quotes become
// one FTS5 phrase. Highlighting works on the original text by normalising each word the same way.
// A term is a prefix only from three characters on: a one-letter prefix matches nearly every
// word, and reading that many doclists made a handful of letters the most expensive request the
// site could be asked. A one-word place name is a whole word too.
import { normaliseText, searchTokens, stemArabicToken } from './classifier/normalise';
import { allCityNames } from './place/city-names';
import { countryNameKeys } from './place/countries';

export const MAX_TERMS = 8;
export const MIN_PREFIX = 3;

/** Characters, not UTF-16 units: a two-letter Arabic word is two. */
const isShortTerm = (term: string) => [...term].length < MIN_PREFIX;

let placeWords: Set<string> | undefined;
/** A country or city named in one word ("egypt", "مصر", "uae", "دبي") is searched as that word,
 *  not as a prefix: a newcomer's "مصر" (Egypt) found "المصروفة" (spent) in two Saudi projects. */
function isPlaceWord(term: string): boolean {
  placeWords ??= new Set(
    [...countryNameKeys(), ...allCityNames()].map((name) => searchTokens(name)).flatMap((tokens) => (tokens.length === 1 ? tokens : [])),
  );
  return placeWords.has(term);
}

const isPrefixTerm = (term: string) => !isShortTerm(term) && !isPlaceWord(term);

// Straight, curly and guillemet quotes all open or close a phrase: phones type the curly ones.
export const QUOTE = /["“”„«»]/;

/** The query as groups of words: a quoted phrase is one group whose words must stand together, in
 *  order; every other word is a group of its own. An unclosed quote runs to the end, as on the big
 *  search engines. At most MAX_TERMS words in all. */
export function queryGroups(q: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  let words = 0;
  q.split(QUOTE).forEach((part, i) => {
    const tokens = searchTokens(part);
    const quoted = i % 2 === 1 && tokens.length > 1;
    for (const group of quoted ? [tokens] : tokens.map((t) => [t])) {
      const key = group.join(' ');
      if (seen.has(key) || words + group.length > MAX_TERMS) continue;
      seen.add(key);
      words += group.length;
      groups.push(group);
    }
  });
  return groups;
}

/** The query's words, each once, for highlighting and for telling whether there is a search. */
export function queryTerms(q: string): string[] {
  return [...new Set(queryGroups(q).flat())];
}

/** Whether a term of the query is under MIN_PREFIX characters, and so found only as a whole word
 *  ("se" finds "SE", never "SEO"): for that search a longer word, which is a prefix, finds more,
 *  not a shorter one. The listing's empty-result advice depends on it. */
export function hasShortTerm(q: string): boolean {
  return queryGroups(q).some((g) => isShortTerm(g[g.length - 1]!));
}

/** An FTS5 MATCH expression: every group must appear, in any order; a phrase's words together and in
 *  order. A long last word is a prefix, so "content market" finds "content marketing". */
export function toFtsQuery(q: string): string | null {
  const groups = queryGroups(q);
  if (groups.length === 0) return null;
  return groups.map((g) => `"${g.join(' ').replace(/"/g, '""')}"${isPrefixTerm(g[g.length - 1]!) ? '*' : ''}`).join(' ');
}

export type Segment = { text: string; match: boolean };

/** Splits original text into runs, marking the words that match a query term. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const segments: Segment[] = [];
  let last = 0;
  // "E-Mail" is one word, as the index reads it (searchTokens).
  for (const m of text.matchAll(/(?:\b[a-z]-(?=[a-z]))?[\p{L}\p{N}\p{M}\u0640]+/giu)) {
    const word = stemArabicToken(normaliseText(m[0]).replace(/[^\p{L}\p{N}]/gu, ''));
    if (!terms.some((t) => (isPrefixTerm(t) ? word.startsWith(t) : word === t))) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), match: false });
    segments.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
