// What an empty listing advises, through the production server on the demo postings.
//
// Tester's report: /?q=se finds no job and advised "searching for a shorter word", but a term
// under three letters matches whole words only (lib/search.ts MIN_PREFIX): a longer word, which
// is a prefix, is what finds more. A search with such a term now advises a longer or whole word;
// any other empty view keeps the advice it had, in both languages.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite({ browser: false, timeout: 600_000 });

/** The heading and the empty listing's advice, as the reader sees them. */
async function emptyView(path: string): Promise<{ heading: string; advice: string }> {
  const $ = cheerio.load(await (await fetch(`${site.url}${path}`)).text());
  return { heading: $('h1').text(), advice: $('.empty p').eq(1).text() };
}

const SHORT = {
  en: 'Words under three letters match only whole words: try a longer or whole word, remove a filter, or widen the date range.',
  ar: 'الكلمات الأقل من ثلاثة أحرف لا تطابق إلا كلمات كاملة: جرّب كلمة أطول أو كاملة، أو أزل فلترًا، أو وسّع المدة.',
};

describe('an empty search’s advice', () => {
  it.each([
    ['/?q=se', 'en'],
    ['/?q=seo+zq', 'en'],
    ['/ar?q=se', 'ar'],
    ['/ar?q=%D8%B3%D9%88', 'ar'],
  ] as const)('%s: suggests a longer or whole word, not a shorter one', async (path, lang) => {
    const view = await emptyView(path);
    expect(view.heading).toBe(lang === 'en' ? '0 open jobs' : '٠ وظائف متاحة');
    expect(view.advice).toContain(SHORT[lang]);
    expect(view.advice).not.toMatch(/shorter|أقصر/);
  });

  it.each([
    ['/?q=zzqxwvy', 'en', 'searching for a shorter word'],
    ['/ar?q=zzqxwvy', 'ar', 'البحث بكلمة أقصر'],
  ] as const)('%s: a longer word keeps the advice to try a shorter one', async (path, lang, advice) => {
    const view = await emptyView(path);
    expect(view.advice).toContain(advice);
    expect(view.advice).not.toContain(SHORT[lang]);
  });
});
