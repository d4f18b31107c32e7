// The hold-out fifth of each labelled set: chosen once (the first fifth of the ids ordered by
// their SHA-1, rounded up, per file), committed, and never looked at while writing or tuning
// rules. A file added later gets its own fifth by the same rule; ids already held out stay so.
import { createHash } from 'node:crypto';
import ids from './holdout-ids.json' with { type: 'json' };

export const HOLDOUT_IDS: ReadonlySet<string> = new Set(ids as string[]);

/** The rule that chose the committed ids: the first ceil(n/5) ids of one file by SHA-1 (hex). */
export function holdoutFifth(fileIds: readonly string[]): string[] {
  const sha = (id: string) => createHash('sha1').update(id).digest('hex');
  const sorted = [...fileIds].sort((a, b) => (sha(a) < sha(b) ? -1 : sha(a) > sha(b) ? 1 : 0));
  return sorted.slice(0, Math.ceil(fileIds.length / 5));
}
