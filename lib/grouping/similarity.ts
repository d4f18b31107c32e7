// Description similarity: sets of hashed word 3-shingles. Containment (the shared shingles over
// the smaller set) rather than Jaccard, because aggregators shorten descriptions: a copy cut to
// its first paragraphs is wholly contained in the full text, while its Jaccard is low.
import { tokenise } from '../classifier/normalise';

/** Words per shingle; shinglesOfTokens writes the 3-word join out for speed. */
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

/** Shingles of already-tokenised text (e.g. the stored search body), sorted and unique: compact
 *  enough to keep many in memory, and compared by one merge. */
export function shinglesOfTokens(tokens: readonly string[]): Uint32Array {
  const hashes: number[] = [];
  if (tokens.length < SHINGLE_WORDS) {
    if (tokens.length > 0) hashes.push(hash32(tokens.join(' ')));
  } else {
    for (let i = 0; i + SHINGLE_WORDS <= tokens.length; i++) hashes.push(hash32(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`));
  }
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

export function shinglesOf(text: string): Uint32Array {
  return shinglesOfTokens(tokenise(text));
}

/** |A ∩ B| / min(|A|, |B|): 1 when one text is a part of the other; 0 when either is empty. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  if (smaller === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / smaller;
}
