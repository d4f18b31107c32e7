// The contrastive suite: each pair changes one phrase and must flip exactly one decision (or
// one skill label) while the other decisions stay as they were.
import { describe, expect, it } from 'vitest';
import { classifyPosting, type Classification } from '../../lib/classifier';
import { boardDefaultsOf } from '../../lib/sources';
import { SKILL_IDS } from '../../lib/taxonomy';
import { AR_PAIRS, EN_PAIRS, type Pair, type Side } from './pairs';

const run = (s: Side): Classification =>
  classifyPosting({
    title: s.title,
    text: s.text,
    hints: s.hints,
    board: s.source ? boardDefaultsOf(s.source) : undefined,
    location: s.location,
  });
const value = (c: Classification, decision: Pair['decision']) =>
  (SKILL_IDS as readonly string[]).includes(decision) ? c.skills.includes(decision as never) : c[decision as 'workplace'];

function check(pair: Pair): void {
  const a = run(pair.a);
  const b = run(pair.b);
  expect([value(a, pair.decision), value(b, pair.decision)], 'the decision flips as expected').toEqual(pair.expect);
  const others = (['digitalMarketing', 'engagement', 'workplace'] as const).filter((d) => d !== pair.decision);
  for (const d of others) expect([d, b[d]], `${d} stays`).toEqual([d, a[d]]);
  if ((SKILL_IDS as readonly string[]).includes(pair.decision)) {
    const changed = SKILL_IDS.filter((s) => a.skills.includes(s) !== b.skills.includes(s));
    expect(changed, 'only that skill changes').toEqual([pair.decision]);
  }
}

describe('English and German minimal pairs', () => {
  it('has at least 60 pairs covering every decision and skill', () => {
    expect(EN_PAIRS.length).toBeGreaterThanOrEqual(60);
    for (const d of ['digitalMarketing', 'engagement', 'workplace', ...SKILL_IDS])
      expect(
        EN_PAIRS.some((p) => p.decision === d),
        d,
      ).toBe(true);
  });
  it.each(EN_PAIRS.map((p) => [p.name, p] as const))('%s', (_name, pair) => check(pair));
});

describe('Arabic minimal pairs', () => {
  it('has at least 60 pairs covering every decision and skill', () => {
    expect(AR_PAIRS.length).toBeGreaterThanOrEqual(60);
    for (const d of ['digitalMarketing', 'engagement', 'workplace', ...SKILL_IDS])
      expect(
        AR_PAIRS.some((p) => p.decision === d),
        d,
      ).toBe(true);
  });
  it.each(AR_PAIRS.map((p) => [p.name, p] as const))('%s', (_name, pair) => check(pair));
});
