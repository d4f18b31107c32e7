// Workplace: remote / hybrid / onsite / unknown, with negation and non-job uses of "remote"
// (after Hansen et al. 2023: a dictionary plus negation windows of 3 tokens before, 2 after).
import type { Hints, Workplace } from '../taxonomy';
import { findAll, phrases, test } from './lexicon';
import type { Sentence } from './segment';

const REMOTE = phrases(
  'remote', 'remotely', 'fully remote', 'remote-first', 'remote first', 'work from home', 'working from home',
  'work from anywhere', 'wfh', 'home office', 'home-office', 'homeoffice', 'telecommute*', 'distributed team',
  'work remotely', 'von zu hause', 'mobiles arbeiten', 'ortsunabhängig', 'remote-arbeit',
  'عن بعد', 'عن بعد', 'من المنزل', 'من البيت', 'العمل عن بعد', 'ريموت', 'اونلاين', 'أونلاين',
);
const HYBRID = phrases(
  'hybrid', 'hybrides arbeiten', 'hybride*', 'days in the office', 'days a week in the office', 'days per week in the office',
  'days in office', 'partly remote', 'partially remote', 'part remote', 'flexible between home and office', 'office and home',
  'هجين', 'هجينه', 'نظام هجين', 'عمل مرن بين المكتب والمنزل',
);
const ONSITE = phrases(
  'on-site', 'onsite', 'on site', 'in-office', 'in office', 'office-based', 'office based', 'in-person', 'in person',
  'at our office', 'at the office', 'from our office', 'vor ort', 'im büro', 'präsenz',
  'من المكتب', 'حضوري', 'حضوريا', 'بمقر الشركه', 'في مقر الشركه', 'داخل الشركه', 'في المكتب', 'مقر العمل',
);
// "remote" that is not about where the job is done.
const NOT_JOB_REMOTE = phrases(
  'remote sensing', 'remote interview*', 'remote onboarding', 'remote control*', 'remote access', 'remote monitoring',
  'remote support', 'remote patient', 'remote desktop', 'remote server*', 'remote teams', 'remote sales team',
  'التعليم عن بعد', 'التدريب عن بعد', 'التحكم عن بعد', 'مقابله عن بعد', 'مقابلات عن بعد', 'hybrid cloud', 'hybrid app*',
  'hybrid vehicle*', 'virtual assistant', 'remote work experience', 'experience working remotely',
);
const NEGATION = phrases(
  'not', 'no', 'non', 'never', 'without', 'cannot', 'can’t', "can't", 'isn’t', "isn't", 'nicht', 'kein', 'keine',
  'kein*', 'لا', 'ليس', 'ليست', 'غير', 'بدون', 'يوجد لا',
);
// "remote for the first 3 months, then on-site" and the like: remote only at first.
const REMOTE_AT_FIRST = phrases('initially remote', 'remote at first', 'remote for the first', 'remote during onboarding', 'then on-site', 'then onsite', 'then in office', 'then in the office', 'عن بعد في البدايه');

function negated(norm: string, index: number, end: number): boolean {
  const before = norm.slice(0, index).split(/\s+/).filter(Boolean).slice(-3).join(' ');
  const after = norm.slice(end).split(/\s+/).filter(Boolean).slice(0, 2).join(' ');
  return test(NEGATION, before) || /^(not|nicht)\b|^(possible|allowed)?\s*(not|no)\b/.test(after) || /^is not\b/.test(after);
}

type Signal = { kind: Workplace; evidence: string };

/** Explicit statements in the posting's text; a later, more specific kind overrides remote. */
export function workplaceSignals(sentences: readonly Sentence[]): Signal[] {
  const signals: Signal[] = [];
  for (const s of sentences) {
    if (s.part === 'company') continue;
    const blocked = findAll(NOT_JOB_REMOTE, s.norm);
    const inBlocked = (i: number) => blocked.some((b) => i >= b.index && i < b.end);
    if (test(REMOTE_AT_FIRST, s.norm)) {
      signals.push({ kind: 'hybrid', evidence: s.original });
      continue;
    }
    for (const h of findAll(HYBRID, s.norm)) {
      if (!inBlocked(h.index) && !negated(s.norm, h.index, h.end)) signals.push({ kind: 'hybrid', evidence: s.original });
    }
    for (const h of findAll(REMOTE, s.norm)) {
      if (inBlocked(h.index)) continue;
      signals.push({ kind: negated(s.norm, h.index, h.end) ? 'onsite' : 'remote', evidence: s.original });
    }
    for (const h of findAll(ONSITE, s.norm)) {
      if (!inBlocked(h.index) && !negated(s.norm, h.index, h.end) && s.part !== 'benefits') {
        signals.push({ kind: 'onsite', evidence: s.original });
      }
    }
  }
  return signals;
}

function fromField(value: string | undefined): Workplace | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (/hybrid|هجين/.test(v)) return 'hybrid';
  if (/on-?site|office|vor ort|مكتب|حضوري/.test(v)) return 'onsite';
  if (/remote|عن بعد|منزل/.test(v)) return 'remote';
  return undefined;
}

export function decideWorkplace(
  sentences: readonly Sentence[],
  hints: Hints,
  location: string,
): { workplace: Workplace; evidence: string[] } {
  const signals = workplaceSignals(sentences);
  const first = (kind: Workplace) => signals.find((s) => s.kind === kind);
  // Text first: a stated hybrid arrangement or a negated remote beats a bare "remote".
  const hybrid = first('hybrid');
  if (hybrid) return { workplace: 'hybrid', evidence: [hybrid.evidence] };
  const remote = first('remote');
  const onsite = first('onsite');
  const negatedRemote = onsite && signals.some((s) => s.kind === 'onsite' && /remote|عن بعد|من المنزل|wfh/i.test(s.evidence));
  if (negatedRemote && onsite) return { workplace: 'onsite', evidence: [onsite.evidence] };
  if (remote && !onsite) return { workplace: 'remote', evidence: [remote.evidence] };
  if (remote && onsite) {
    // Both said: the source's field, then the board default, decides between them.
    const field = fromField(hints.workplace);
    if (field === 'onsite' || (!field && !hints.remote)) return { workplace: 'onsite', evidence: [onsite.evidence] };
    return { workplace: 'remote', evidence: [remote.evidence] };
  }
  const field = fromField(hints.workplace);
  if (field) return { workplace: field, evidence: [`workplace: ${hints.workplace}`] };
  if (onsite) return { workplace: 'onsite', evidence: [onsite.evidence] };
  if (hints.remote === true) return { workplace: 'remote', evidence: ['remote: true'] };
  const loc = location.trim();
  if (loc && !/^(anywhere|worldwide|global|n\/?a|-)$/i.test(loc)) {
    if (fromField(loc) === 'remote') return { workplace: 'remote', evidence: [`location: ${loc}`] };
    return { workplace: 'onsite', evidence: [`location: ${loc}`] };
  }
  return { workplace: 'unknown', evidence: [] };
}
