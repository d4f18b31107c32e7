// Search terms: what the reader types becomes at most eight quoted FTS5 terms; a term is matched
// as a prefix only from three characters on. Regression (issue 9, item 7): a single letter was a
// prefix of nearly every word, so `/?q=a e i o u m n t` scanned most of the index.
import { describe, expect, it } from 'vitest';
import { hasShortTerm, highlight, MAX_TERMS, queryTerms, toFtsQuery } from '../../lib/search';

const marked = (text: string, q: string) =>
  highlight(text, queryTerms(q))
    .filter((s) => s.match)
    .map((s) => s.text);

describe('toFtsQuery', () => {
  it('keeps words in quotes together as one phrase, the others as separate terms', () => {
    expect(toFtsQuery('"content marketing" remote')).toBe('"content marketing"* "remote"*');
    expect(toFtsQuery('“التسويق الرقمي”')).toBe('"تسويق رقمي"*'); // stored without the article, as the index is
    expect(toFtsQuery('«seo ads»')).toBe('"seo ads"*');
  });

  it('runs an unclosed quote to the end and reads a one-word phrase as a word', () => {
    expect(toFtsQuery('remote "social media')).toBe('"remote"* "social media"*');
    expect(toFtsQuery('"seo"')).toBe('"seo"*');
  });

  it('counts a phrase by its words against the limit of terms', () => {
    expect(toFtsQuery('"a b c d e f g" h i')).toBe('"a b c d e f g" "h"');
  });

  it('matches one- and two-character terms as whole words and longer ones as prefixes', () => {
    expect(toFtsQuery('a seo ma marketing')).toBe('"a" "seo"* "ma" "marketing"*');
  });

  it('counts characters, not UTF-16 units: a two-letter Arabic word is whole-word only', () => {
    expect(toFtsQuery('قم تسويق')).toBe('"قم" "تسويق"*');
  });

  it(`keeps at most ${MAX_TERMS} distinct terms, operators quoted as text`, () => {
    const fts = toFtsQuery('a b c d e f g h i j k OR NEAR');
    expect(fts?.split(' ')).toHaveLength(MAX_TERMS);
    expect(toFtsQuery('x OR y')).toBe('"x" "or" "y"');
  });
});

describe('highlight', () => {
  it('marks a short term only where it is the whole word', () => {
    expect(marked('Marketing manager at MA agency', 'ma')).toEqual(['MA']);
  });

  it('marks words a longer term begins', () => {
    expect(marked('Marketing manager at MA agency', 'man mark')).toEqual(['Marketing', 'manager']);
  });
});

// The empty listing's advice depends on it (tests/e2e/empty-search-advice.test.ts): a search
// with a whole-word-only term is told to type a longer word, not a shorter one.
describe('hasShortTerm', () => {
  it.each([
    ['se', true],
    ['seo ma', true],
    ['"content ma"', true],
    ['سو', true],
    ['seo', false],
    ['"a b seo"', false],
    ['', false],
  ])('%j: %s', (q, short) => {
    expect(hasShortTerm(q)).toBe(short);
  });
});
