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
);

export function negated(norm: string, index: number, end: number): boolean {
  const before = norm.slice(0, index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const after = norm.slice(end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  return test(NEGATION, before) || /^(not|nicht)\b|^(possible|allowed)?\s*(not|no)\b/.test(after) || /^is not\b/.test(after);
}
