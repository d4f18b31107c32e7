// Scores the classifier's decisions against labelled postings (taxonomy §5).
import { SKILL_IDS, type SkillId } from '../taxonomy';

export type Labels = { digitalMarketing: boolean; engagement: string; workplace: string; skills: string[] };
export type Pair = { gold: Labels; pred: Labels };

export type PR = { p: number; r: number; f1: number; support: number };

function pr(tp: number, fp: number, fn: number): PR {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
}

function classReport(pairs: readonly Pair[], key: 'engagement' | 'workplace', classes: readonly string[]) {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of classes) confusion[g] = Object.fromEntries(classes.map((c) => [c, 0]));
  let correct = 0;
  for (const { gold, pred } of pairs) {
    const row = confusion[gold[key]];
    if (row) row[pred[key]] = (row[pred[key]] ?? 0) + 1;
    if (gold[key] === pred[key]) correct++;
  }
  const perClass = Object.fromEntries(
    classes.map((c) => {
      const tp = pairs.filter((x) => x.gold[key] === c && x.pred[key] === c).length;
      const fp = pairs.filter((x) => x.gold[key] !== c && x.pred[key] === c).length;
      const fn = pairs.filter((x) => x.gold[key] === c && x.pred[key] !== c).length;
      return [c, pr(tp, fp, fn)];
    }),
  );
  return { accuracy: pairs.length ? correct / pairs.length : 0, perClass, confusion };
}

export function scorePairs(pairs: readonly Pair[]) {
  const dmTp = pairs.filter((x) => x.gold.digitalMarketing && x.pred.digitalMarketing).length;
  const dmFp = pairs.filter((x) => !x.gold.digitalMarketing && x.pred.digitalMarketing).length;
  const dmFn = pairs.filter((x) => x.gold.digitalMarketing && !x.pred.digitalMarketing).length;
  const dmTn = pairs.length - dmTp - dmFp - dmFn;
  // Skills are labelled only on digital-marketing postings: score them there.
  const dmPairs = pairs.filter((x) => x.gold.digitalMarketing);
  const perLabel = {} as Record<SkillId, PR>;
  let tpAll = 0,
    fpAll = 0,
    fnAll = 0;
  for (const id of SKILL_IDS) {
    const tp = dmPairs.filter((x) => x.gold.skills.includes(id) && x.pred.skills.includes(id)).length;
    const fp = dmPairs.filter((x) => !x.gold.skills.includes(id) && x.pred.skills.includes(id)).length;
    const fn = dmPairs.filter((x) => x.gold.skills.includes(id) && !x.pred.skills.includes(id)).length;
    perLabel[id] = pr(tp, fp, fn);
    tpAll += tp;
    fpAll += fp;
    fnAll += fn;
  }
  const withSupport = SKILL_IDS.filter((id) => perLabel[id].support > 0);
  return {
    n: pairs.length,
    digitalMarketing: { ...pr(dmTp, dmFp, dmFn), confusion: { tp: dmTp, fp: dmFp, fn: dmFn, tn: dmTn } },
    workplace: classReport(pairs, 'workplace', ['remote', 'hybrid', 'onsite', 'unknown']),
    engagement: classReport(pairs, 'engagement', ['freelance', 'employee', 'unknown']),
    skills: {
      micro: pr(tpAll, fpAll, fnAll),
      macroF1: withSupport.length ? withSupport.reduce((s, id) => s + perLabel[id].f1, 0) / withSupport.length : 0,
      perLabel,
    },
  };
}

export type Score = ReturnType<typeof scorePairs>;
