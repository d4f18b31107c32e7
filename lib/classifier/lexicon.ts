// Phrase lists matched word by word over normalised text. Phrases are written as a person would
// (Arabic with hamza and teh marbuta); compilation normalises them the same way as the text, so
// the two always agree. Matching looks each word of the text up in a table keyed by the first
// word of every phrase (one pass per sentence, not one regex alternative per phrase and
// position), which keeps classification in the thousands of postings per second.
//   "word"    the word exactly (English, German); Arabic words also take a proclitic and the
//             article before the first word (و ف ب ك ل + ال), up to three letters of suffix
//             after the last, and any word may be written in another number or gender
//             (حملة / حملات / حملتين، إعلاني / إعلانية، مسوق / مسوقة / مسوقين: see arabicStem)
//   "word*"   the last word as a prefix
//   "a b"     consecutive words; punctuation and hyphens between them are ignored
import { normaliseText } from './normalise';

const ARABIC = /[\u0600-\u06FF]/;
const WORD = /[\p{L}\p{N}]+/gu;
const FUTURE = /^و?س(?=[تيان][\u0621-\u064a]{2,}$)/;
// "عالإعلانات", "عالفيس": على with the article, run together in Levantine and Maghrebi writing.
const PROCLITICS = ['عال', 'وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'ال', 'ول', 'وب', 'فل', 'و', 'ف', 'ب', 'ك', 'ل'];

/** `stems` and `headStem`: the arabicStem of each word and of `head` (the first word as written),
 *  found once here rather than at every comparison. */
type Phrase = { words: string[]; prefix: boolean; arabic: boolean; text: string; head: string; stems: string[]; headStem: string };
/** `starFirst` holds one-word prefix phrases keyed by their first two letters, so a word is
 *  compared only with the prefixes that can start it; `id` finds the text positions where this
 *  matcher may start (Tokens.starts). */
export type Matcher = { id: number; byFirst: Map<string, Phrase[]>; starFirst: Map<string, string[]> };
export type Hit = { index: number; end: number; text: string };
/** A text word with the lookup keys it may stand for, computed once per word (see firstForms). */
type Candidate = { form: string; key: string; whole: boolean; inflected?: boolean };

// Sound-plural, dual, feminine and nisba endings (after teh marbuta is folded to heh).
const INFLECTIONS = ['يات', 'ات', 'ين', 'ون', 'يه', 'ه', 'ي'];

/** An Arabic word without its number / gender ending, so حملة, حملات, إعلانية and إعلاني meet
 *  their stems (حمل، إعلان); at least three letters stay. Other words are returned as they are. */
const PLURAL = /(ات|ين|ون)$/;
// What may follow a three-letter word: number, gender, the nisba and attached pronouns.
const ROOT_SUFFIX = /^(?:|ه|ات|ين|ون|ان|ا|ي|يه|يات|ها|هم|هن|هما|ك|كم|نا)$/;
const POSSESSED = /ت(?:هما|ها|هم|هن|ه|كم|ك|نا|ي)$/;

/** Two Arabic words are the same word in another number or gender; a phrase written in the
 *  plural asks for a plural (ساعات العمل, working hours, is not ساعة عمل, an hour's work). */
function sameArabicWord(token: string, word: string, wordStem: string, first = false): boolean {
  return arabicStem(token) === wordStem && (!PLURAL.test(word) || PLURAL.test(token)) && (first || definiteAsWritten(token, word));
}

/** A later word written with the article asks for it (ساعات العمل, the job's hours, is not ساعات
 *  عمل, some hours of work); one written without it takes the text's either way. */
function definiteAsWritten(token: string, word: string): boolean {
  return !word.startsWith('ال') || token.startsWith('ال');
}

/** A word without the article; twice when the word itself begins with ال once hamza is folded
 *  (الإلكتروني → الالكتروني → الكتروني → كتروني), so it meets the same word written bare. */
function withoutArticle(word: string): string {
  let w = word;
  for (let i = 0; i < 2 && w.startsWith('ال') && w.length > 4; i++) w = w.slice(2);
  return w;
}

export function arabicStem(word: string): string {
  if (!ARABIC.test(word)) return word;
  const w = withoutArticle(word);
  for (const end of INFLECTIONS) if (w.endsWith(end) && w.length - end.length >= 3) return w.slice(0, -end.length);
  return w;
}
/** `cands` keeps only the lookup keys some phrase of some matcher starts with (most words start
 *  none), `wholes` the word's forms some prefix phrase may start (by their first two letters),
 *  `matchers` the ids of the matchers with such a phrase. */
type WordKeys = { cands: Candidate[]; wholes: string[]; matchers: number[] };
/** A text's words (with where each starts and ends, and its lookup keys) in parallel arrays
 *  rather than an object per word, and for each matcher id the positions of the words that may
 *  start one of its phrases: a scan visits only these. There are about a hundred matchers and each
 *  sentence is scanned by most of them, so visiting every word that starts a phrase of *some*
 *  matcher cost more than the matching itself. */
type Tokens = {
  words: string[];
  from: number[];
  to: number[];
  keys: WordKeys[];
  starts: (number[] | undefined)[];
  /** Each matcher's hits on this text once found, by matcher id: a third of the scans that reach
   *  the matching loop ask again what an earlier rule asked of the same sentence. */
  found: (readonly Hit[] | undefined)[];
};

// The first words of every compiled phrase, and the first two letters of every prefix phrase,
// each with the ids of the matchers that have such a phrase: a text word is looked up only under
// these keys.
const KEYS = new Map<string, number[]>();
const STAR_KEYS = new Map<string, number[]>();
let keysVersion = 0;
let matcherCount = 0;

function register(keys: Map<string, number[]>, key: string, id: number): void {
  const ids = keys.get(key);
  if (ids?.includes(id)) return;
  if (ids) ids.push(id);
  else keys.set(key, [id]);
  keysVersion++;
}

// English spells these suffixes both ways (optimization / optimisation, organize / organise): a
// phrase written either way matches both.
const IZE = /(?<=[a-z])i([zs])(e|ed|es|ing|ation|ations)\b/g;
const withSpellings = (raw: string) => [raw, raw.replace(IZE, (_, z: string, end: string) => `i${z === 'z' ? 's' : 'z'}${end}`)];

export function phrases(...list: string[]): Matcher {
  const id = matcherCount++;
  const byFirst = new Map<string, Phrase[]>();
  const starFirst = new Map<string, string[]>();
  for (const raw of new Set(list.flatMap(withSpellings))) {
    const prefix = raw.endsWith('*');
    const words = normaliseText(prefix ? raw.slice(0, -1) : raw).match(WORD) ?? [];
    if (words.length === 0) continue;
    const phrase: Phrase = { words, prefix, arabic: ARABIC.test(raw), text: raw, head: words[0]!, stems: [], headStem: '' };
    const bare = phrase.arabic && words[0]!.startsWith('ال') && words[0]!.length > 3 ? words[0]!.slice(2) : words[0]!;
    // Words of a phrase meet any number or gender; a one-word phrase is matched as written.
    const first = phrase.arabic && words.length > 1 ? arabicStem(bare) : bare;
    if (prefix && words.length === 1) {
      const key = first.slice(0, 2);
      starFirst.set(key, [...(starFirst.get(key) ?? []), first]);
      register(STAR_KEYS, key, id);
    } else {
      phrase.words = [first, ...words.slice(1)];
      phrase.stems = phrase.words.map(arabicStem);
      phrase.headStem = arabicStem(phrase.head);
      byFirst.set(first, [...(byFirst.get(first) ?? []), phrase]);
      register(KEYS, first, id);
    }
  }
  // Longest first: "تسويق الكتروني" must win over "تسويق" at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { id, byFirst, starFirst };
}

const tokenCache = new Map<string, Tokens>();
let lastText: string | undefined;
let lastTokens: Tokens | undefined;
// A word's lookup keys depend on the word alone: computed once per distinct word, not per use.
const wordCache = new Map<string, WordKeys>();
const NONE: WordKeys = { cands: [], wholes: [], matchers: [] };
let cacheVersion = 0;

function keysOf(w: string): WordKeys {
  let info = wordCache.get(w);
  if (info) return info;
  const all = candidates(w);
  const cands = all.filter((c) => KEYS.has(c.key));
  const wholes = all.filter((c) => c.whole && STAR_KEYS.has(c.form.slice(0, 2))).map((c) => c.form);
  const matchers = new Set<number>();
  for (const c of cands) for (const id of KEYS.get(c.key)!) matchers.add(id);
  for (const form of wholes) for (const id of STAR_KEYS.get(form.slice(0, 2))!) matchers.add(id);
  info = matchers.size ? { cands, wholes, matchers: [...matchers] } : NONE;
  if (wordCache.size > 100_000) wordCache.clear();
  wordCache.set(w, info);
  return info;
}

// The words of WORD, found by one regex reused word after word (exec from its lastIndex): on
// Node 20 this is about 1.7 times as fast as a scan over the code units in JavaScript, and needs
// no table of which units are letters. Its own instance, so nothing else moves its lastIndex.
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

function tokens(text: string): Tokens {
  // A matcher compiled later may add keys: words cached before then are looked up again.
  if (cacheVersion !== keysVersion) {
    tokenCache.clear();
    wordCache.clear();
    lastText = undefined;
    cacheVersion = keysVersion;
  }
  // Most calls scan the text the previous call scanned (one sentence against each label's
  // matcher in turn): comparing with it is cheaper than hashing the text for the map.
  if (text === lastText) return lastTokens!;
  let out = tokenCache.get(text);
  if (out) {
    lastText = text;
    lastTokens = out;
    return out;
  }
  // Indexed by matcher id: there are fewer than a hundred matchers, and an array read is cheaper
  // than a Map lookup on every one of the hundreds of scans a posting makes.
  out = { words: [], from: [], to: [], keys: [], starts: new Array<number[] | undefined>(matcherCount), found: [] };
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m; m = WORD_SCAN.exec(text)) {
    const w = m[0];
    const info = keysOf(w);
    const at = out.words.length;
    for (const id of info.matchers) {
      const list = out.starts[id];
      if (list) list.push(at);
      else out.starts[id] = [at];
    }
    out.words.push(w);
    out.from.push(m.index);
    out.to.push(m.index + w.length);
    out.keys.push(info);
  }
  if (tokenCache.size > 512) tokenCache.clear();
  tokenCache.set(text, out);
  lastText = text;
  lastTokens = out;
  return out;
}

/** The forms a text word may stand for as a phrase's first word: itself, and for Arabic without
 *  its proclitics / article. */
function firstForms(w: string): string[] {
  if (!ARABIC.test(w)) return [w];
  const forms = [w];
  for (const p of PROCLITICS) {
    if (!w.startsWith(p) || w.length - p.length < 2) continue;
    const rest = w.slice(p.length);
    forms.push(rest);
    // The article before a word that itself begins with ال: البريد الإلكتروني, بالإلكترونية.
    if (p.endsWith('ال') && rest.startsWith('ال') && rest.length > 4) forms.push(rest.slice(2));
  }
  // The future prefix before a present-tense verb: "ستشرف على الفريق" is تشرف, "وسيدير" يدير.
  const future = FUTURE.exec(w);
  if (future) forms.push(w.slice(future[0].length));
  return forms;
}

/** Arabic words may carry a suffix: a form is also looked up with up to three letters off. */
function candidates(w: string): Candidate[] {
  const out: Candidate[] = [];
  for (const form of firstForms(w)) {
    out.push({ form, key: form, whole: true });
    if (!ARABIC.test(form)) continue;
    const stem = arabicStem(form);
    for (let cut = 1; cut <= 3 && form.length - cut >= 2; cut++)
      out.push({ form, key: form.slice(0, -cut), whole: false, inflected: form.slice(0, -cut) === stem });
    // Teh marbuta is written ت before a pronoun: ميزانيتها، حملتنا، شركته → ميزانية، حملة، شركة.
    const possessed = POSSESSED.exec(form);
    if (possessed && possessed.index >= 2) {
      const alt = `${form.slice(0, possessed.index)}ه`;
      out.push({ form: alt, key: alt, whole: false, inflected: true }, { form: alt, key: arabicStem(alt), whole: false, inflected: true });
    }
  }
  return out;
}

function lastMatches(token: string, word: string, phrase: Phrase, stem: string): boolean {
  if (phrase.prefix) return token.startsWith(word);
  if (!phrase.arabic) return token === word;
  // A two-letter word takes no suffix: لا (no) is not لازم (must), او (or) is not اوفيس (office).
  // A three-letter one takes only a suffix: سكن (housing) is not سكندري (Alexandrian).
  if (phrase.words.length === 1)
    return (
      token.startsWith(word) &&
      token.length - word.length <= (word.length > 2 ? 3 : 0) &&
      (word.length !== 3 || ROOT_SUFFIX.test(token.slice(word.length)))
    );
  // Later words of a phrase may also take the article: حملة إعلانية ← الحملات الإعلانية.
  const bare = withoutArticle(token);
  return (
    bare.startsWith(stem) && bare.length - stem.length <= 3 && (!PLURAL.test(word) || PLURAL.test(bare)) && definiteAsWritten(token, word)
  );
}

// A count between an Arabic verb or noun and its object: "كتابة 10 منشورات", "إدارة ٣ صفحات".
const COUNT = /^\d+$/;

function matchAt(words: string[], i: number, firstForm: string, phrase: Phrase, cand: Candidate): number {
  const n = phrase.words.length;
  if (i + n > words.length) return -1;
  if (cand.inflected && n > 1 && !sameArabicWord(cand.form, phrase.head, phrase.headStem, true)) return -1;
  // An Arabic phrase may have one count after its first word; the phrase then ends a word later.
  const skip = phrase.arabic && n > 1 && COUNT.test(words[i + 1] ?? '') && !COUNT.test(phrase.words[1]!) ? 1 : 0;
  if (i + n + skip > words.length) return -1;
  for (let k = 0; k < n; k++) {
    const token = k === 0 ? firstForm : words[i + k + skip]!;
    const word = phrase.words[k]!;
    const ok =
      k === n - 1
        ? lastMatches(token, word, phrase, phrase.stems[k]!)
        : token === word || (phrase.arabic && sameArabicWord(token, word, phrase.stems[k]!));
    if (!ok) return -1;
  }
  return i + n - 1 + skip;
}

// Most scans find nothing (a sentence against each of about a hundred matchers): they share one
// frozen empty result instead of allocating their own.
const NO_HITS: readonly Hit[] = Object.freeze([]);

function scan(m: Matcher, text: string, first: boolean): readonly Hit[] {
  const { words, from, to, keys, starts, found } = tokens(text);
  const live = starts[m.id];
  if (!live) return NO_HITS;
  const known = found[m.id];
  if (known) return known;
  const hits: Hit[] = [];
  // Words up to `after` belong to the last hit: the next match starts past it.
  let after = -1;
  for (const i of live) {
    if (i <= after) continue;
    const { cands, wholes } = keys[i]!;
    let best = -1;
    for (const c of cands) {
      const list = m.byFirst.get(c.key);
      if (list) {
        for (const phrase of list) {
          // A stripped suffix is only allowed where the phrase ends, i.e. on one-word phrases,
          // except a number / gender ending, which any word may carry.
          if (!c.whole && !c.inflected && phrase.words.length > 1) continue;
          const end = matchAt(words, i, phrase.words.length === 1 ? c.form : c.key, phrase, c);
          if (end >= 0) {
            best = Math.max(best, end);
            break;
          }
        }
      }
    }
    if (m.starFirst.size) {
      for (const form of wholes) {
        const list = m.starFirst.get(form.slice(0, 2));
        if (list?.some((w) => form.startsWith(w))) best = Math.max(best, i);
      }
    }
    if (best >= 0) {
      hits.push({ index: from[i]!, end: to[best]!, text: text.slice(from[i]!, to[best]!) });
      // A first hit alone is not all of them: only a full scan is remembered.
      if (first) return hits;
      after = best;
    }
  }
  // Frozen: callers share it, so one that changed it would change what the next one reads.
  found[m.id] = hits.length ? Object.freeze(hits) : NO_HITS;
  return found[m.id]!;
}

export function findAll(m: Matcher, text: string): readonly Hit[] {
  return scan(m, text, false);
}

export function test(m: Matcher, text: string): boolean {
  return scan(m, text, true).length > 0;
}

/** The text with every match blanked out. */
export function removeAll(m: Matcher, text: string): string {
  const hits = findAll(m, text);
  let out = text;
  for (let i = hits.length - 1; i >= 0; i--) out = `${out.slice(0, hits[i]!.index)} ${out.slice(hits[i]!.end)}`;
  return out;
}

/** Words between two hits, for "a verb and its object within a few words". */
function gap(text: string, from: number, to: number): number {
  return text.slice(from, to).match(WORD)?.length ?? 0;
}

/** A hit of `a` followed within `maxWords` words by a hit of `b` (either order when `ordered`
 *  is false), with no `barrier` word between them: "lead … team" but not "work with … team". */
export function near(a: Matcher, b: Matcher, text: string, maxWords: number, ordered = true, barrier?: RegExp): boolean {
  // The object is usually the rarer of the two: look for it first.
  const bs = findAll(b, text);
  if (!bs.length) return false;
  const as = findAll(a, text);
  const close = (from: number, to: number) => gap(text, from, to) <= maxWords && !barrier?.test(text.slice(from, to));
  for (const x of as) {
    for (const y of bs) {
      if (y.index >= x.end && close(x.end, y.index)) return true;
      if (!ordered && x.index >= y.end && close(y.end, x.index)) return true;
    }
  }
  return false;
}
