// npm run eval [-- FILE.jsonl ...] [--labels] [--errors [--field dm|wp|en|sk]]
// Scores the classifier on labelled sets (default: every ../shared/labels/*.jsonl), per language,
// the committed hold-out fifth apart from the rest, with counts beside every figure. --labels adds
// the per-label skills table; --errors lists the decisions it got wrong, and only ever for postings
// outside the hold-out: the held-out postings stay unread while rules are written.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKILL_IDS } from '../lib/taxonomy';
import { classifyFile, groups, headline, score, type Classified } from '../lib/eval/dataset';

const args = process.argv.slice(2);
const only = args.includes('--field') ? args[args.indexOf('--field') + 1] : undefined;
const LABELS = fileURLToPath(new URL('../../shared/labels', import.meta.url));
let files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--field');
if (files.length === 0 && existsSync(LABELS))
  files = readdirSync(LABELS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => resolve(LABELS, f));
if (files.length === 0) {
  console.error('usage: npm run eval -- FILE.jsonl [FILE.jsonl ...] [--labels] [--errors [--field dm|wp|en|sk]]');
  process.exit(2);
}

const f3 = (x: number) => x.toFixed(3);

function errorsOf(c: Classified): string[] {
  const { row: r, pred: p } = c;
  const bad: string[] = [];
  const want = (f: string) => !only || only === f;
  if (p.digitalMarketing !== r.labels.digitalMarketing && want('dm'))
    bad.push(`dm gold=${r.labels.digitalMarketing} ev=${JSON.stringify(p.evidence.digitalMarketing).slice(0, 160)}`);
  if (p.workplace !== r.labels.workplace && want('wp'))
    bad.push(`wp gold=${r.labels.workplace} pred=${p.workplace} ev=${JSON.stringify(p.evidence.workplace).slice(0, 160)}`);
  if (p.engagement !== r.labels.engagement && want('en'))
    bad.push(
      `en gold=${r.labels.engagement} pred=${p.engagement} ev=${JSON.stringify(p.evidence.engagement).slice(0, 160)} hint=${JSON.stringify(r.hints)}`,
    );
  if (r.labels.digitalMarketing && want('sk')) {
    const miss = r.labels.skills.filter((k) => !p.skills.includes(k as never));
    const extra = p.skills.filter((k) => !r.labels.skills.includes(k));
    if (miss.length || extra.length)
      bad.push(
        `skills miss=${miss} extra=${extra}${miss.map((k) => `\n    - ${k} (labeller): ${r.why?.skills?.[k] ?? '?'}`).join('')}${extra.map((k) => `\n    + ${k}: ${JSON.stringify(p.evidence.skills[k]).slice(0, 200)}`).join('')}`,
      );
  }
  return bad;
}

const all = files.flatMap(classifyFile);
if (args.includes('--errors')) {
  for (const c of all.filter((x) => !x.heldOut)) {
    const bad = errorsOf(c);
    if (bad.length) console.log(`${c.row.id} [${c.row.title.slice(0, 60)}] ${bad.join(' | ')}`);
  }
}

console.log(`files: ${files.map((f) => f.split('/').pop()).join(', ')}`);
for (const lang of ['en', 'ar'] as const) {
  console.log(
    `\n## ${lang}\n| part | n | DM F1 (pos) | workplace | engagement | skills micro-F1 | macro-F1 |\n|---|---|---|---|---|---|---|`,
  );
  const parts = groups(all, lang).filter(([, items]) => items.length);
  for (const [name, items] of parts) {
    const h = headline(score(items));
    console.log(
      `| ${name} | ${h.n} | ${f3(h.dmF1)} (${h.dmPositives}) | ${f3(h.workplace)} | ${f3(h.engagement)} | ${f3(h.skillsMicroF1)} | ${f3(h.skillsMacroF1)} |`,
    );
  }
  if (!args.includes('--labels')) continue;
  const scores = parts.map(([name, items]) => [name, score(items)] as const);
  console.log(
    `\n| skill (${lang}) | ${scores.map(([n]) => `${n}: P / R / F1 (pos)`).join(' | ')} |\n|---|${scores.map(() => '---|').join('')}`,
  );
  for (const id of SKILL_IDS)
    console.log(
      `| ${id} | ${scores
        .map(([, s]) => {
          const v = s.skills.perLabel[id];
          return `${f3(v.p)} / ${f3(v.r)} / ${f3(v.f1)} (${v.support})`;
        })
        .join(' | ')} |`,
    );
}
