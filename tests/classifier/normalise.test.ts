import { describe, expect, it } from 'vitest';
import { normaliseText, stemArabicToken, toSearchText } from '../../lib/classifier/normalise';

describe('normaliseText', () => {
  // Persian and Urdu keyboards type yeh and kaf as ی and ک: a reader who types تسویق means تسويق.
  it('folds the Persian yeh and kaf to the Arabic letters', () => {
    expect(normaliseText('تسویق الکترونی')).toBe(normaliseText('تسويق الكتروني'));
  });

  it.each([
    ['diacritics and tatweel', 'مُسَوِّقـــ', 'مسوق'],
    ['hamza forms of alef', 'أإآا', 'اااا'],
    ['teh marbuta and alef maqsura', 'مدينة مستشفى', 'مدينه مستشفي'],
    ['Arabic-Indic digits', '٢٠٢٦ و ۳', '2026 و 3'],
    ['NFKC and case', 'ＳＥＯ Manager', 'seo manager'],
    ['bidi controls', 'a\u202Eb', 'ab'],
    ['hamza on waw and yeh, and alef wasla', 'مسؤول قائد ٱلتسويق', 'مسوول قايد التسويق'],
    ['extended Arabic-Indic digits beside letters', 'خبرة ۵ سنوات', 'خبره 5 سنوات'],
    ['runs of whitespace in ASCII text', ' SEO \t Manager\n\nremote ', 'seo manager remote'],
    ['runs of whitespace in Arabic text', 'مسوق\u00A0 رقمي\t\tعن بعد', 'مسوق رقمي عن بعد'],
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

describe('normaliseText on both genders in one German word', () => {
  it('reads the masculine stem, as a search for it would', () => {
    expect(normaliseText('Mediaplaner:in Digital')).toBe('mediaplaner digital');
    expect(normaliseText('Redakteur*innen, Berater/in und Texter(in)')).toBe('redakteur, berater und texter');
    expect(normaliseText('Check-in / in person')).toBe('check-in / in person');
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
