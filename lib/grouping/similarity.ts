// Description similarity: sets of hashed word 3-shingles. Containment (the shared shingles over
// the smaller set) rather than Jaccard, because aggregators shorten descriptions: a copy cut to
// its first paragraphs is wholly contained in the full text, while its Jaccard is low.
import { tokenise } from '../classifier/normalise';

export const SHINGLE_WORDS = 3;

/** FNV-1a over a string: a fast, stable 32-bit hash (no crypto needed for set membership). */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Shingles of already-tokenised text (e.g. the stored search body). */
export function shinglesOfTokens(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length > 0) out.add(hash32(tokens.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) out.add(hash32(tokens.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function shinglesOf(text: string): Set<number> {
  return shinglesOfTokens(tokenise(text));
}

/** |A ∩ B| / min(|A|, |B|): 1 when one text is a part of the other; 0 when either is empty. */
export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}
