// The classifier over every labelled dev file (../shared/labels, when present) must keep each
// language's headline figures at or above the committed floors (lib/eval/floors.ts).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile, headline, score } from '../../lib/eval/dataset';
import { FLOORS } from '../../lib/eval/floors';
import { SHARED_LABELS } from '../helpers/recordings';

const files = existsSync(SHARED_LABELS)
  ? readdirSync(SHARED_LABELS)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];

describe.skipIf(files.length === 0)('the ratchet: headline figures stay at or above their floors', () => {
  const all = files.flatMap((f) => classifyFile(resolve(SHARED_LABELS, f)));
  it.each(['en', 'ar'] as const)('%s', (lang) => {
    const items = all.filter((c) => c.lang === lang);
    expect(items.length, 'labelled postings in this language').toBeGreaterThan(100);
    const h = headline(score(items));
    const floors = FLOORS[lang];
    const measured = { dmF1: h.dmF1, workplace: h.workplace, engagement: h.engagement, skillsMicroF1: h.skillsMicroF1 };
    for (const key of Object.keys(floors) as (keyof typeof floors)[]) {
      expect(measured[key], `${lang} ${key} (n=${h.n}) against floor ${floors[key]}`).toBeGreaterThanOrEqual(floors[key]);
    }
  });
});
