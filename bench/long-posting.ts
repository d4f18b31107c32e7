// Hostile postings for the classifier: a description of 100 KB on one line with no full stop, as
// a broken board page or a pasted spam block arrives. The pipeline classifies it in the scrape
// worker; the figure shows whether time grows with the length or with its square (a 100 KB
// Arabic line took 2.8 s when the negation window read the whole line before every "remote").
import { performance } from 'node:perf_hooks';
import { classifyPosting } from '../lib/classifier';

const UNITS = {
  ar: ['مسوق إلكتروني', 'مطلوب مسوق إلكتروني لإدارة صفحات الفيسبوك وكتابة المحتوى وإطلاق الحملات الممولة والعمل من المنزل براتب شهري '],
  en: ['Digital Marketer', 'We need a marketer to run paid campaigns on Meta and write content for our blog from home with a monthly salary '],
} as const;

export type LongPostingTimes = { worstMs: number; cases: { lang: string; kb: number; ms: number }[] };

export function timeLongPostings(sizesKb: readonly number[] = [25, 100]): LongPostingTimes {
  const cases: LongPostingTimes['cases'] = [];
  for (const [lang, [title, unit]] of Object.entries(UNITS)) {
    for (const kb of sizesKb) {
      const text = unit.repeat(Math.ceil((kb * 1024) / unit.length));
      const start = performance.now();
      classifyPosting({ title, text });
      cases.push({ lang, kb, ms: Math.round(performance.now() - start) });
    }
  }
  return { worstMs: Math.max(...cases.map((c) => c.ms)), cases };
}
