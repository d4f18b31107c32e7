// Hostile postings for the classifier: a description of 25–100 KB on one line with no full stop, as
// a broken board page or a pasted spam block arrives. The pipeline classifies it in the scrape
// worker; the figure shows whether time grows with the length or with its square (a 100 KB Arabic
// line took 4.5 s when the negation window read the whole line before every "remote").
import { performance } from 'node:perf_hooks';
import { classifyPosting } from '../lib/classifier';

const repeat = (unit: string) => (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

// Words as postings have them, and the degenerate runs an adversarial test found quadratic: a run
// of digits (pay patterns restarted at every digit), Arabic before one, an opening "<a" with no
// ">" (the markup check scanned to the end from every "<"), and one phrase said thousands of times.
const CASES: { name: string; title: string; text: (chars: number) => string }[] = [
  {
    name: 'ar',
    title: 'مسوق إلكتروني',
    text: repeat('مطلوب مسوق إلكتروني لإدارة صفحات الفيسبوك وكتابة المحتوى وإطلاق الحملات الممولة والعمل من المنزل براتب شهري '),
  },
  {
    name: 'en',
    title: 'Digital Marketer',
    text: repeat('We need a marketer to run paid campaigns on Meta and write content for our blog from home with a monthly salary '),
  },
  { name: 'digits', title: 'Digital Marketer', text: repeat('9') },
  { name: 'ar-digits', title: 'مسوق إلكتروني', text: (chars) => `من ${'9'.repeat(chars)}` },
  { name: 'open-tags', title: 'Digital Marketer', text: repeat('<a') },
  { name: 'remote-ar', title: 'مسوق إلكتروني', text: repeat('عن بعد ') },
];

export type LongPostingTimes = { worstMs: number; cases: { name: string; kb: number; ms: number }[] };

export function timeLongPostings(sizesKb: readonly number[] = [25, 100]): LongPostingTimes {
  const cases: LongPostingTimes['cases'] = [];
  for (const { name, title, text } of CASES) {
    for (const kb of sizesKb) {
      const body = text(kb * 1024);
      const start = performance.now();
      classifyPosting({ title, text: body });
      cases.push({ name, kb, ms: Math.round(performance.now() - start) });
    }
  }
  return { worstMs: Math.max(...cases.map((c) => c.ms)), cases };
}
