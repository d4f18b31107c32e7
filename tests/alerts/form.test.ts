// The sign-up form as the listing renders it: the view's filters as hidden fields, the form's
// target in the page's language, and (no SMTP configured here) the note that mails go to the outbox.
import * as cheerio from 'cheerio';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AlertForm } from '../../app/_components/alert-form';
import { parseFilters } from '../../lib/filters';

describe('AlertForm', () => {
  it('carries the view and says where mail goes without SMTP', () => {
    const $ = cheerio.load(
      renderToStaticMarkup(AlertForm({ filters: parseFilters({ engagement: 'freelance', q: 'seo & ads', page: '3' }), locale: 'ar' })),
    );
    expect($('form').attr('action')).toBe('/ar/alerts');
    expect(
      $('input[type=hidden]')
        .toArray()
        .map((i) => [$(i).attr('name'), $(i).attr('value')]),
    ).toEqual([
      ['engagement', 'freelance'],
      ['q', 'seo & ads'],
    ]);
    expect($('input[type=email]').attr('required')).toBeDefined();
    expect($('.alert-note').text()).toContain('مجلد الصادر');
  });
});
