// One normaliser for classification and search: the search index stores text normalised here,
// and a user's query goes through the same function, so both sides always agree.

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ZERO_WIDTH_AND_BIDI = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digits to ASCII. */
function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

function foldArabicLetters(text: string): string {
  return text
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

/**
 * Unicode NFKC, lower case, Arabic diacritics and tatweel stripped, alef / yeh / teh marbuta and
 * hamza carriers folded, Arabic-Indic digits to ASCII, invisible and bidi controls removed,
 * whitespace collapsed. Keeps punctuation, so sentences can still be found in the result.
 */
const GENDER_SUFFIX = /(\p{Script=Arabic})\s?(?:\/\s?|\(\s?)(?:ه|ات|ين|ون)\s?\)?(?=[\s.,،:؛-]|$)/gu;

export function normaliseText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  out = out.replace(ZERO_WIDTH_AND_BIDI, '').replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '');
  out = foldArabicLetters(foldDigits(out));
  // Both genders written as one word: "مشرف/ة صفحات", "منشط(ة)", "مسوقين/ات" are the masculine.
  if (out.includes('/') || out.includes('(')) out = out.replace(GENDER_SUFFIX, '$1');
  return out.replace(/\s+/g, ' ').trim();
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

/** The text the FTS5 index stores: the tokens, space separated. */
export function toSearchText(text: string): string {
  return tokenise(text).join(' ');
}
