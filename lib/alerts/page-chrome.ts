// The site's header around the alert pages. They are route handlers' HTML, not React pages (each
// answers its own status: 400 for a broken link, 403, 413, 429), so the root layout and its
// stylesheet never reach them: this draws the layout's header (app/layout.tsx, from the same
// SITE_NAV and words) and carries, inline, the few rules of app/globals.css it needs, which
// tests/e2e/alert-pages-header.test.ts checks against the listing's header as drawn in Chromium.
import { dict, type UiLocale } from '../i18n';
import { localePath } from '../locale-path';
import { SITE_NAV } from '../site-nav';
import { escapeHtml, link } from './render';

// From app/globals.css: its colours and fonts, the header, the skip link, main's padding and the
// phone breakpoint. Main is narrower than the site's (these pages hold a paragraph and a form);
// the header's links are 24 px high as on the site, and pages.ts's PAGE_STYLE makes every link a
// box of 24 × 24 px at least (WCAG 2.2 SC 2.5.8).
export const CHROME_STYLE = [
  ':root{--fg:#1a1a1a;--bg:#fbfaf7;--card:#fff;--line:#d6d3cc;--accent:#0b5d8f;--focus:#c2410c;' +
    "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans Arabic',sans-serif;color:var(--fg);background:var(--bg);line-height:1.5}",
  "html[lang='ar'],[lang='ar']{font-family:'Noto Sans Arabic',system-ui,sans-serif}",
  '*{box-sizing:border-box}',
  'body{margin:0}',
  'a{color:var(--accent)}',
  'a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid var(--focus);outline-offset:2px}',
  '.skip{position:absolute;inset-inline-start:-9999px}',
  '.skip:focus{inset-inline-start:1rem;top:1rem;background:var(--card);padding:.5rem;z-index:10}',
  '.site-header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.75rem 1.5rem;border-bottom:1px solid var(--line);background:var(--card)}',
  '.brand{font-weight:700;font-size:1.25rem;text-decoration:none;color:var(--fg)}',
  ".brand-mark{font-family:'Noto Sans Arabic',sans-serif;color:var(--accent)}",
  '.site-header nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}',
  '.lang-switch{margin-inline-start:auto}',
  '.site-header a{line-height:24px}',
  'main{padding:1rem 1.5rem;max-width:40rem;margin:0 auto;overflow-wrap:anywhere}',
  '@media (max-width:47.99rem){main{padding:.75rem 1rem}.site-header{padding:.5rem 1rem;gap:.25rem 1rem}}',
].join('');

/**
 * The skip link and the header, as the layout writes them. `switchPath` is where the language
 * switch leads, language-neutral: a page with an address of its own (/alerts/sent) is the same
 * page in the other language; a page a mail's link opened speaks the alert's language whatever
 * the address, so its switch leads to the other language's jobs (and carries no token).
 */
export function siteHeader(locale: UiLocale, switchPath: string): string {
  const t = dict(locale);
  const other: UiLocale = locale === 'ar' ? 'en' : 'ar';
  const brand = `<span class="brand-mark" lang="ar">رقمي</span>${locale === 'ar' ? '' : `<span> ${escapeHtml(t.siteName)}</span>`}`;
  const items = SITE_NAV.map(({ path, label }) => `<li>${link(localePath(locale, path), escapeHtml(t.nav[label]))}</li>`).join('');
  const switchTo = `<a class="lang-switch" href="${escapeHtml(localePath(other, switchPath))}" hreflang="${other}" lang="${other}" title="${escapeHtml(t.switchLabel)}">${escapeHtml(t.switchTo)}</a>`;
  return [
    `<a class="skip" href="#main">${escapeHtml(t.skipToContent)}</a>`,
    `<header class="site-header"><a href="${escapeHtml(localePath(locale, '/'))}" class="brand">${brand}</a>`,
    `<nav aria-label="${escapeHtml(t.mainNav)}"><ul>${items}</ul></nav>${switchTo}</header>`,
  ].join('');
}

/** An alert page: the header, then `main` (the skip link's target), in the page's language. */
export function pageDocument(locale: UiLocale, title: string, main: string, switchPath: string, style: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title><style>${CHROME_STYLE}${style}</style></head>`,
    `<body>${siteHeader(locale, switchPath)}`,
    `<main id="main">${main}</main>`,
    '</body></html>',
  ].join('\n');
}
