// The committed hold-out is the rule's choice for every labelled file, so no posting was moved
// in or out of it after rules were tuned.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_IDS, holdoutFifth } from '../../lib/eval/holdout';
import { SHARED_LABELS } from '../helpers/recordings';

const files = existsSync(SHARED_LABELS) ? readdirSync(SHARED_LABELS).filter((f) => f.endsWith('.jsonl')) : [];

describe.skipIf(files.length === 0)('the hold-out fifth', () => {
  it.each(files)('%s: its first fifth by SHA-1 is held out, and nothing more', (file) => {
    const ids = readFileSync(resolve(SHARED_LABELS, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { id: string }).id);
    const chosen = holdoutFifth(ids);
    expect(chosen.length).toBeGreaterThanOrEqual(ids.length / 5);
    expect(ids.filter((id) => HOLDOUT_IDS.has(id)).sort()).toEqual([...chosen].sort());
  });
});
