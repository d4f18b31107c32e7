// npm run eval -- FILE.jsonl [--split dev|holdout|all] [--errors]
// Scores the classifier on a labelled set, per language, with the committed hold-out fifth
// reported apart from the rest.
import { readFileSync } from 'node:fs';
import { classifyPosting } from '../lib/classifier';
import { boardDefaultsOf } from '../lib/sources';
import { scorePairs, type Labels, type Pair, type Score } from '../lib/eval/metrics';
import { HOLDOUT_IDS } from '../lib/eval/holdout';

type Row = { id: string; source?: string; lang?: string; title: string; company?: string; location?: string; text: string; hints?: Record<string, unknown>; labels: Labels };

const args = process.argv.slice(2);
const only = args.includes('--field') ? args[args.indexOf('--field') + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--field');
const showErrors = args.includes('--errors');
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--errors]');
  process.exit(2);
}

const fmt = (x: number) => x.toFixed(3);

function print(title: string, s: Score): void {
  console.log(`\n## ${title} (n=${s.n})`);
  const dm = s.digitalMarketing;
  console.log(`digitalMarketing  P ${fmt(dm.p)}  R ${fmt(dm.r)}  F1 ${fmt(dm.f1)}   confusion tp=${dm.confusion.tp} fp=${dm.confusion.fp} fn=${dm.confusion.fn} tn=${dm.confusion.tn}`);
  for (const key of ['workplace', 'engagement'] as const) {
    const r = s[key];
    console.log(`${key.padEnd(17)} accuracy ${fmt(r.accuracy)}   ` + Object.entries(r.perClass).map(([c, v]) => `${c}: P ${fmt(v.p)} R ${fmt(v.r)} (n=${v.support})`).join('  '));
    const classes = Object.keys(r.confusion);
    console.log(`  confusion (rows gold, cols predicted): ${classes.join(' / ')}`);
    for (const g of classes) console.log(`  ${g.padEnd(10)} ${classes.map((c) => String(r.confusion[g]?.[c] ?? 0).padStart(4)).join('')}`);
  }
  console.log(`skills            micro P ${fmt(s.skills.micro.p)} R ${fmt(s.skills.micro.r)} F1 ${fmt(s.skills.micro.f1)}   macro-F1 ${fmt(s.skills.macroF1)}`);
  for (const [id, v] of Object.entries(s.skills.perLabel)) console.log(`  ${id.padEnd(20)} P ${fmt(v.p)} R ${fmt(v.r)} F1 ${fmt(v.f1)} (positives ${v.support})`);
}

for (const file of files) {
  const rows: Row[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
  const pairsOf = (subset: Row[], report = false): Pair[] =>
    subset.map((r) => {
      const c = classifyPosting({ ...r, hints: r.hints, board: r.source ? boardDefaultsOf(r.source) : undefined });
      if (report && showErrors && !HOLDOUT_IDS.has(r.id)) {
        const bad: string[] = [];
        if (c.digitalMarketing !== r.labels.digitalMarketing && (!only || only === 'dm')) bad.push(`dm gold=${r.labels.digitalMarketing}`);
        if (c.workplace !== r.labels.workplace && (!only || only === 'wp')) bad.push(`wp gold=${r.labels.workplace} pred=${c.workplace} ev=${JSON.stringify(c.evidence.workplace).slice(0, 160)}`);
        if (c.engagement !== r.labels.engagement && (!only || only === 'en')) bad.push(`en gold=${r.labels.engagement} pred=${c.engagement} ev=${JSON.stringify(c.evidence.engagement).slice(0, 160)} hint=${JSON.stringify(r.hints)}`);
        if (r.labels.digitalMarketing && (!only || only === 'sk')) {
          const miss = r.labels.skills.filter((k) => !c.skills.includes(k as never));
          const extra = c.skills.filter((k) => !r.labels.skills.includes(k));
          if (miss.length || extra.length) bad.push(`skills miss=${miss} extra=${extra}`);
        }
        if (bad.length) console.log(`${r.id} [${r.title.slice(0, 60)}] ${bad.join(' | ')}`);
      }
      return { gold: r.labels, pred: c };
    });
  const dev = rows.filter((r) => !HOLDOUT_IDS.has(r.id));
  const held = rows.filter((r) => HOLDOUT_IDS.has(r.id));
  console.log(`# ${file}`);
  const langs = [...new Set(rows.map((r) => (r.lang === 'de' ? 'en' : r.lang ?? 'en')))];
  for (const lang of langs) {
    const inLang = (r: Row) => (r.lang === 'de' ? 'en' : r.lang ?? 'en') === lang;
    print(`${lang}: development four fifths`, scorePairs(pairsOf(dev.filter(inLang), true)));
    print(`${lang}: hold-out fifth`, scorePairs(pairsOf(held.filter(inLang))));
    print(`${lang}: all`, scorePairs(pairsOf(rows.filter(inLang))));
  }
}
