// The hold-out fifth of each labelled set: chosen once (the first fifth of the ids ordered by
// their SHA-1), committed, and never looked at while writing or tuning rules.
import ids from './holdout-ids.json' with { type: 'json' };

export const HOLDOUT_IDS: ReadonlySet<string> = new Set(ids as string[]);
