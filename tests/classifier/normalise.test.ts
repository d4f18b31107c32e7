import { describe, expect, it } from 'vitest';
import { normaliseText, stemArabicToken, toSearchText } from '../../lib/classifier/normalise';

describe('normaliseText', () => {
  it.each([
    ['diacritics and tatweel', 'مُسَوِّقـــ', 'مسوق'],
    ['hamza forms of alef', 'أإآا', 'اااا'],
    ['teh marbuta and alef maqsura', 'مدينة مستشفى', 'مدينه مستشفي'],
    ['Arabic-Indic digits', '٢٠٢٦ و ۳', '2026 و 3'],
    ['NFKC and case', 'ＳＥＯ Manager', 'seo manager'],
    ['bidi controls', 'a\u202Eb', 'ab'],
  ])('folds %s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe('stemArabicToken', () => {
  it('drops the article and its proclitics when three letters remain', () => {
    expect(stemArabicToken('التسويق')).toBe('تسويق');
    expect(stemArabicToken('والتسويق')).toBe('تسويق');
    expect(stemArabicToken('للتسويق')).toBe('تسويق');
  });
  it('leaves words that only look like they start with one, such as فيسبوك', () => {
    expect(stemArabicToken('فيسبوك')).toBe('فيسبوك');
    expect(stemArabicToken('الي')).toBe('الي');
  });
  it('makes the search text of differently written Arabic equal', () => {
    expect(toSearchText('التَّسويقُ الإلكترونيّ')).toBe(toSearchText('تسويق الكتروني'));
  });
});

describe('normaliseText on both genders in one word', () => {
  it('reads "مشرف/ة", "منشط(ة)" and "مسوقين/ات" as the masculine', () => {
    expect(normaliseText('مشرف/ة صفحات')).toBe('مشرف صفحات');
    expect(normaliseText('منشط(ة) مبيعات')).toBe('منشط مبيعات');
    expect(normaliseText('مسوقين/ات، مطلوب')).toBe('مسوقين، مطلوب');
  });
  it('leaves a slash between Latin words alone', () => {
    expect(normaliseText('A/B tests')).toBe('a/b tests');
  });
});
