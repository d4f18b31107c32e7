// Phrase matching: Arabic number and gender forms, clitics, and verb-object nearness.
import { describe, expect, it } from 'vitest';
import { near, phrases, test } from '../../lib/classifier/lexicon';
import { normaliseText } from '../../lib/classifier/normalise';

const has = (list: string, text: string) => test(phrases(list), normaliseText(text));

describe('Arabic phrases meet other numbers, genders and clitics', () => {
  it.each([
    ['حملة إعلانية', 'إدارة الحملات الإعلانية على فيسبوك'],
    ['حملة إعلانية', 'تنفيذ حملات إعلانية ممولة'],
    ['مسوق إلكتروني', 'مطلوب مسوقة إلكترونية'],
    ['مسوق إلكتروني', 'نبحث عن مسوقين إلكترونيين'],
    ['إعلان ممول', 'خبرة في الإعلانات الممولة'],
    ['كاتب محتوى', 'ولكاتبة المحتوى خبرة'],
    // A word that itself begins with ال once hamza is folded (إلكتروني) still takes the article.
    ['بريد إلكتروني', 'إرسال رسائل البريد الإلكتروني'],
    ['إلكتروني', 'عبر المنصات الإلكترونية'],
    ['تسويق إلكتروني', 'خبرة في التسويق الإلكتروني'],
    // A count after the first word: "writing 10 posts", "managing 3 pages" (digits of either kind).
    ['كتابة منشورات', 'كتابة 10 منشورات لصفحة مطعم'],
    ['إدارة صفحات', 'إدارة ٣ صفحات على فيسبوك'],
  ])('%s ← %s', (phrase, text) => expect(has(phrase, text)).toBe(true));

  it.each([
    // Only one count, only after the first word, and only in Arabic phrases.
    ['كتابة منشورات', 'كتابة 10 20 منشورات'],
    ['social posts', 'social 10 posts'],
  ])('%s ↛ %s (count)', (phrase, text) => expect(has(phrase, text)).toBe(false));

  it.each([
    ['حملة إعلانية', 'حملة تبرعات خيرية'],
    ['مسوق إلكتروني', 'مسوق عقاري'],
  ])('%s ↛ %s', (phrase, text) => expect(has(phrase, text)).toBe(false));
});

describe('near: a verb and its object within a few words', () => {
  const lead = phrases('lead', 'manage');
  const team = phrases('team');
  it('finds the object after its verb', () => expect(near(lead, team, 'you will lead a small team', 3)).toBe(true));
  it('not beyond the window', () => expect(near(lead, team, 'lead our many product launches for the whole team', 3)).toBe(false));
  it('not across a barrier word', () => expect(near(lead, team, 'lead launches with the team', 4, true, /\bwith\b/)).toBe(false));
  it('not before the verb when ordered', () => expect(near(lead, team, 'the team will lead', 4)).toBe(false));
});
