// The direction of mixed Arabic and English text on the site's pages.
import { describe, expect, it } from 'vitest';
import { backArrow, textDir, textLanguage } from '../../app/_lib/direction';

describe('textDir', () => {
  it('reads figures and Latin left to right, anything with an Arabic letter right to left', () => {
    expect(textDir('$60,000 – $75,000')).toBe('ltr');
    expect(textDir('8,000 - 12,000 جنيه شهريا')).toBe('rtl');
  });
});

describe('textLanguage', () => {
  it('takes an English description under an Arabic title as English, left to right', () => {
    expect(textLanguage('Full Time · On-site · Digital Marketing. Manage our Facebook ads.', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
  });
  it('keeps an Arabic description with a few English words Arabic', () => {
    expect(textLanguage('إدارة حملات Google Ads وكتابة المحتوى لصفحات الشركة', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
  });
  it('falls back to the posting language when there are no letters', () => {
    expect(textLanguage('2024 — 2025', 'de')).toEqual({ lang: 'de', dir: 'ltr' });
  });
});

describe('backArrow', () => {
  it('points back in the reading direction', () => {
    expect(backArrow('en')).toBe('←');
    expect(backArrow('ar')).toBe('→');
  });
});
