// The page an alert's manage / unsubscribe link opens names the alert's view in quotes. The view's
// own search is quoted too: nested quotes alternate, as in print, instead of doubling up
// (“Remote · “seo”” read as two quotations).
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { managePage } from '../../lib/alerts/pages';

const current = (locale: 'en' | 'ar', view: string) =>
  cheerio
    .load(managePage(locale, 'manage', 'tok', view, 'daily').html)('main p')
    .first()
    .text();

describe('the manage page names the view', () => {
  it('with the search in inner quotes in English', () => {
    expect(current('en', 'workplace=remote&q=seo')).toBe('View: “Remote · ‘seo’”, daily.');
  });

  it('with the search in inner quotes in Arabic', () => {
    expect(current('ar', 'workplace=remote&q=seo')).toBe('العرض: «عن بعد، “seo”»، يومياً.');
  });

  it('as before when the view has no search', () => {
    expect(current('en', 'workplace=remote')).toBe('View: “Remote”, daily.');
  });
});
