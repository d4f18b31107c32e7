// One normaliser for classification and search: the search index stores text normalised here,
// and a user's query goes through the same function, so both sides always agree.

// Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digits to ASCII; alef, yeh, teh
// marbuta, hamza carriers and the Persian yeh and kaf to their bare Arabic letters. A table indexed by code unit and one pass
// over the text: this runs on every sentence the classifier reads, and a regex replace with a
// callback per letter cost twice as much.
const FOLDED = new Uint16Array(0x0700);
for (const c of 'أإآٱ') FOLDED[c.charCodeAt(0)] = 'ا'.charCodeAt(0);
FOLDED['ى'.charCodeAt(0)] = 'ي'.charCodeAt(0);
FOLDED['ة'.charCodeAt(0)] = 'ه'.charCodeAt(0);
FOLDED['ؤ'.charCodeAt(0)] = 'و'.charCodeAt(0);
FOLDED['ئ'.charCodeAt(0)] = 'ي'.charCodeAt(0);
// Persian and Urdu keyboards type yeh and kaf as ی and ک: تسویق is تسويق.
FOLDED['\u06CC'.charCodeAt(0)] = 'ي'.charCodeAt(0);
FOLDED['\u06A9'.charCodeAt(0)] = 'ك'.charCodeAt(0);
for (let d = 0; d < 10; d++) FOLDED[0x0660 + d] = FOLDED[0x06f0 + d] = '0'.charCodeAt(0) + d;

function foldArabic(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const folded = unit < 0x0700 ? FOLDED[unit]! : 0;
    if (folded === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(folded);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// Removed outright: zero-width and bidi controls, Arabic diacritics, tatweel.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Any run of whitespace becomes one space; single spaces, the most common case by far, are left
// alone rather than replaced by themselves.
const WHITESPACE = /\s{2,}|[^\S ]/g;
// Text with nothing outside ASCII needs none of the Unicode steps (NFKC leaves ASCII as it is).
const NOT_ASCII = /[^\x00-\x7F]/;

// German writes both genders into one word: "Mediaplaner:in", "Redakteur*innen", "Berater/in",
// "Texter(in)". The classifier and search read the masculine stem, as for Arabic below.
const GERMAN_GENDER = /(\p{L})(?:[:*_/]in(?:nen)?|\(in(?:nen)?\))(?![\p{L}\p{N}])/gu;
const MAY_HAVE_GERMAN_GENDER = /[:*_/(]in/;
const GENDER_SUFFIX = /(\p{Script=Arabic})\s?(?:\/\s?|\(\s?)(?:ه|ات|ين|ون)\s?\)?(?=[\s.,،:؛-]|$)/gu;

/**
 * Unicode NFKC, lower case, Arabic diacritics and tatweel stripped, alef / yeh / teh marbuta and
 * hamza carriers folded, Arabic-Indic digits to ASCII, invisible and bidi controls removed,
 * whitespace collapsed. Keeps punctuation, so sentences can still be found in the result.
 */
/** A letter of the Latin script in normalised (lower-cased) text: patterns written for English or
 *  German are tried only where one is. */
export const LATIN_LETTER = /[a-zäöüß]/;

export function normaliseText(text: string): string {
  if (MAY_HAVE_GERMAN_GENDER.test(text)) text = text.replace(GERMAN_GENDER, '$1');
  if (!NOT_ASCII.test(text)) return text.toLowerCase().replace(WHITESPACE, ' ').trim();
  let out = text.normalize('NFKC').toLowerCase().replace(INVISIBLE, '');
  out = foldArabic(out);
  // Both genders written as one word: "مشرف/ة صفحات", "منشط(ة)", "مسوقين/ات" are the masculine.
  if (out.includes('/') || out.includes('(')) out = out.replace(GENDER_SUFFIX, '$1');
  return out.replace(WHITESPACE, ' ').trim();
}

// Proclitics that stand before the article: و، ف، ب، ك، ل. "لل" is ل + ال with the alef dropped.
const ARTICLE_PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ال', 'لل'];
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Light Arabic stemming for one normalised token: drops the article (with a leading conjunction or
 * preposition) while at least three letters remain. Only the article is touched, so words such as
 * فيسبوك or بيع keep their shape.
 */
export function stemArabicToken(token: string): string {
  if (!ARABIC_WORD.test(token)) return token;
  // Repeated, so that الإلكتروني (article + a word that itself begins with ال once hamza is
  // folded) and إلكتروني end up the same; both sides of a search go through this.
  let out = token;
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of ARTICLE_PREFIXES) {
      if (out.startsWith(prefix) && out.length - prefix.length >= 3) {
        out = out.slice(prefix.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Words of a text as search tokens: letters and digits of any script, normalised and stemmed. */
export function tokenise(text: string): string[] {
  const words = normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map(stemArabicToken);
}

// A single letter joined by a hyphen is one word to a searcher: "e-mail" is "email", "E-Commerce"
// is "ecommerce". Search only (queries and the stored body): grouping, which keys on the stored
// title, and the classifier read the words as written.
const LETTER_HYPHEN = /\b([a-z])-(?=[a-z])/gi;

/** Search tokens: tokenise, with "e-mail" read as "email". Index and query both go through it. */
export function searchTokens(text: string): string[] {
  return tokenise(text.includes('-') ? text.replace(LETTER_HYPHEN, '$1') : text);
}

/** The text the FTS5 index stores: the search tokens, space separated. */
export function toSearchText(text: string): string {
  return searchTokens(text).join(' ');
}
