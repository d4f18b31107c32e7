// HTML and plain-text building blocks for alert mails. Everything scraped (titles, companies,
// places, pay) is third-party text: escaped for HTML, stripped of control and bidi-override
// characters for both parts, and isolated with <bdi> so a Latin title cannot scramble an
// Arabic line (or the reverse).
import type { UiLocale } from '../i18n';

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(value: string): string {
  return value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Scraped text for the HTML part. */
export function scraped(value: string): string {
  return `<bdi>${escapeHtml(cleanText(value))}</bdi>`;
}

export function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${label}</a>`;
}

/** `style` is for the alert pages' own stylesheet; mails go without one (clients drop it). */
export function htmlDocument(locale: UiLocale, title: string, body: string, style = ''): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const align = locale === 'ar' ? 'right' : 'left';
  return [
    '<!doctype html>',
    `<html lang="${locale}" dir="${dir}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title>${style ? `<style>${style}</style>` : ''}</head>`,
    `<body dir="${dir}" style="font-family:system-ui,'Noto Sans Arabic',sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;text-align:${align}">`,
    body,
    '</body></html>',
  ].join('\n');
}
