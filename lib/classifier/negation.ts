// Negation and its scope: a cue up to three words before a phrase ("not a remote position",
// "لا يوجد عمل عن بعد", "is not based on commission"), or "not" just after it ("remote is not
// possible"). Shared by the workplace and engagement decisions.
import { phrases, test } from './lexicon';

export const NEGATION = phrases(
  'not',
  'no',
  'non',
  'never',
  'without',
  'cannot',
  'can’t',
  "can't",
  'isn’t',
  "isn't",
  // "we don't offer home office", "this role doesn't allow remote work".
  'don’t',
  "don't",
  'doesn’t',
  "doesn't",
  'won’t',
  "won't",
  'nicht',
  'kein',
  'keine',
  'kein*',
  'لا',
  'ليس',
  'ليست',
  'غير',
  'بدون',
  'يوجد لا',
  // Dialect: there is no (Egyptian مفيش / مافيش, Levantine and Gulf ما في, Maghrebi ماكاينش), not (مش، ماشي).
  'مفيش',
  'مافيش',
  'ما فيش',
  'ما في',
  // Gulf, written joined or with the pronoun: "ومافي راتب ثابت", "ما فيه دوام".
  'مافي',
  'مافيه',
  'ما فيه',
  'ماكاينش',
  'مش',
  'ماشي',
  // Gulf "ما" before a verb of need: "ما يحتاج دوام".
  'ما يحتاج',
  'ما تحتاج',
  'ما يتطلب',
  'ما يلزم',
);

// "remote is not possible", "remote work isn't an option", "Homeoffice ist nicht möglich": the
// phrase, at most a noun or gerund for the work ("remote editing is not possible") and a place
// ("eine Anwesenheit in Frankfurt ist nicht nötig"), then the negated verb, a few words allowed
// between the verb and its "not" ("ist bei uns leider nicht möglich", "ist in dieser Stelle leider
// nicht vorgesehen").
const NOT_AFTER =
  /^(?:not|nicht)\b|^(?:possible|allowed)?\s*(?:not|no)\b|^is not\b|^(?:(?:work|working|arbeit|jobs?|[\p{L}]+ing)\s+)?(?:(?:in|at|im|am|vor|bei) [\p{L}-]+\s+)?(?:(?:is|are|ist)\s+(?:[\p{L}]+\s+){0,4}?(?:not|nicht)|isn['’]t|aren['’]t)\s+(?:possible|allowed|permitted|an option|available|offered|supported|required|necessary|needed|planned|möglich|nötig|notwendig|erforderlich|vorgesehen|erlaubt|gestattet)(?![\p{L}])/u;

// Arabic says it after the phrase too: "العمل عن بعد غير متاح"، "العمل من المنزل غير ممكن".
// Dialect says there is none after it too: "والتيليتراڤاي ماكاينش", "الريموت مفيش", "ممنوع".
const NOT_AFTER_AR =
  /^(?:\S+\s+)?(?:(?:غير|ليس|ليست|مش)\s+(?:متاح|متاحه|ممكن|ممكنه|مسموح|مسموحه|متوفر|متوفره|وارد)|ماكاينش|مكاينش|مفيش|مافيش|ممنوع)/;

// An employer that cannot grant it: "we are not able to consider remote or hybrid arrangements",
// "we're unable to offer remote work". The cue sits four or five words back, past the three-word
// reach above, and covers both of "remote or hybrid".
const UNABLE_TO =
  /\b(?:not able|unable|not in a position) to (?:consider|offer|accommodate|support|allow|provide|accept)(?: (?:any|fully|a))?(?: [\p{L}-]+ (?:or|nor|and))?\s*$/u;

// The cues reach a few words either side: reading no more than this many characters of the text
// keeps a long line without punctuation from being split once per phrase found in it (a 100 KB
// line was quadratic: bench/long-posting.ts).
const WINDOW = 400;

export function negated(norm: string, index: number, end: number): boolean {
  // A cue's reach ends at a comma or a full stop: in "بدون رأس مال وبدون مواعيد، تشتغل من البيت"
  // the "without" is said of the hours, not of working from home.
  const clause =
    norm
      .slice(Math.max(0, index - WINDOW), index)
      .split(/[,،;؛.!?؟]/)
      .pop() ?? '';
  const before = clause.split(/\s+/).filter(Boolean).slice(-3).join(' ');
  // Wide enough for "Homeoffice ist bei uns leider nicht möglich", and ended by a comma too: in
  // "أونلاين من البيت، مفيش حضور" the "there is none" is said of attending, not of home.
  const after = (norm.slice(end, end + WINDOW).split(/[,،;؛.!?؟]/)[0] ?? '').split(/\s+/).filter(Boolean).slice(0, 7).join(' ');
  return test(NEGATION, before) || UNABLE_TO.test(clause) || NOT_AFTER.test(after) || NOT_AFTER_AR.test(after);
}
