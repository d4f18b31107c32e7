// Is this the same job? Only copies with the same blocking key (company + title words) are ever
// compared; then places must not conflict, and the descriptions must overlap. A wrong merge hides
// a job, which is worse than a duplicate, so every doubt answers "different".
import { tokenise } from '../classifier/normalise';
import { companyWords } from './company';
import { placesConflict, placesMatch, placesOf, type Places } from './location';
import { containment, shinglesOfTokens } from './similarity';
import { titleWordsOf } from './title';

/** Containment of description shingles at or above which two copies are one job; set from the
 *  labelled pair set (tests/grouping/pairs.test.ts prints the sweep). */
export const SAME_THRESHOLD = 0.75;
/** Below this many words a description says too little: the stricter key decides. */
export const SHORT_WORDS = 40;
/** A short text with at least this many words must still agree with the other copy. */
const SHORT_CHECK_WORDS = 10;

export type GroupingInput = {
  title: string;
  company: string;
  location: string;
  descriptionText: string;
  /** tokenise(title), when already known (the stored search title). */ titleTokens?: readonly string[];
};
export type Features = { key: string; company: string; places: Places; words: number; shingles: Uint32Array };
export type MergeReason = 'description' | 'short-key-location' | 'key' | 'location' | 'company-unknown';
export type Decision = { same: boolean; reason: MergeReason; score: number };

/** The blocking key: only postings with equal keys are candidates for one group. */
export function blockingKey(title: string, company: string, titleTokens: readonly string[] = tokenise(title)): string {
  const words = companyWords(company);
  return `${words.join('')}|${titleWordsOf(titleTokens, words).join(' ')}`;
}

/** `key`: the posting's blocking key when the caller has it already. */
export function featuresOf(
  p: GroupingInput,
  tokens: readonly string[] = tokenise(p.descriptionText),
  key = blockingKey(p.title, p.company, p.titleTokens),
): Features {
  return {
    key,
    company: key.slice(0, key.indexOf('|')),
    places: placesOf(p.location),
    words: tokens.length,
    shingles: shinglesOfTokens(tokens),
  };
}

/** The decision for one pair, with the reason and the score that made it. */
export function decideSameJob(a: Features, b: Features): Decision {
  if (a.key !== b.key) return { same: false, reason: 'key', score: 0 };
  // Without a company name two boards' "Marketing Manager" say nothing about each other.
  if (!a.company) return { same: false, reason: 'company-unknown', score: 0 };
  if (placesConflict(a.places, b.places)) return { same: false, reason: 'location', score: 0 };
  const score = Math.round(containment(a.shingles, b.shingles) * 1000) / 1000;
  if (Math.min(a.words, b.words) >= SHORT_WORDS) return { same: score >= SAME_THRESHOLD, reason: 'description', score };
  // Short text: the same places exactly, and what text there is must agree.
  if (!placesMatch(a.places, b.places)) return { same: false, reason: 'location', score };
  const checkable = Math.min(a.words, b.words) >= SHORT_CHECK_WORDS;
  return { same: !checkable || score >= SAME_THRESHOLD, reason: 'short-key-location', score: checkable ? score : 1 };
}
