// Labelled postings (shared/labels/*.jsonl) classified and scored per language, with the
// committed hold-out fifth apart from the rest. Shared by `npm run eval` and the ratchet test.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { classifyPosting, type Classification } from '../classifier';
import { boardDefaultsOf } from '../sources';
import type { Hints } from '../taxonomy';
import { HOLDOUT_IDS } from './holdout';
import { scorePairs, type Labels, type Score } from './metrics';

export type Row = {
  id: string;
  source?: string;
  lang?: string;
  title: string;
  company?: string;
  location?: string;
  text: string;
  hints?: Hints;
  labels: Labels;
  why?: { skills?: Record<string, string> };
};
export type Classified = { file: string; row: Row; pred: Classification; heldOut: boolean; lang: 'en' | 'ar' };

/** German postings count in the English figures (taxonomy §6). */
export const langOf = (r: Row): 'en' | 'ar' => (r.lang === 'ar' ? 'ar' : 'en');

export function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

export function classifyFile(file: string): Classified[] {
  return readRows(file).map((row) => ({
    file: basename(file, '.jsonl'),
    row,
    pred: classifyPosting({
      title: row.title,
      text: row.text,
      company: row.company,
      location: row.location,
      lang: row.lang,
      hints: row.hints,
      board: row.source ? boardDefaultsOf(row.source) : undefined,
    }),
    heldOut: HOLDOUT_IDS.has(row.id),
    lang: langOf(row),
  }));
}

export const score = (items: readonly Classified[]): Score => scorePairs(items.map((c) => ({ gold: c.row.labels, pred: c.pred })));

/** The four headline figures the issue tracks and the ratchet guards. */
export type Headline = {
  n: number;
  dmF1: number;
  workplace: number;
  engagement: number;
  skillsMicroF1: number;
  skillsMacroF1: number;
  dmPositives: number;
};

export function headline(s: Score): Headline {
  return {
    n: s.n,
    dmF1: s.digitalMarketing.f1,
    workplace: s.workplace.accuracy,
    engagement: s.engagement.accuracy,
    skillsMicroF1: s.skills.micro.f1,
    skillsMacroF1: s.skills.macroF1,
    dmPositives: s.digitalMarketing.support,
  };
}

/** The groups reported for one language: the rest, the hold-out, the later files' hold-out, all. */
export function groups(items: readonly Classified[], lang: 'en' | 'ar'): [string, Classified[]][] {
  const inLang = items.filter((c) => c.lang === lang);
  return [
    ['rest (four fifths)', inLang.filter((c) => !c.heldOut)],
    ['hold-out fifth', inLang.filter((c) => c.heldOut)],
    ['hold-out, -2 files', inLang.filter((c) => c.heldOut && c.file.endsWith('-2'))],
    ['all', inLang],
  ];
}
