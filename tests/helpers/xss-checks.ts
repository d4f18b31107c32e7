// What "no XSS survived" means for a page, a feed's HTML or the API's text.
import * as cheerio from 'cheerio';

const DANGEROUS_URL = /^(javascript|data|vbscript):/i;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

/** Problems in an HTML document or fragment; `ownScripts` allows Next's nonce'd scripts. */
export function htmlProblems(html: string, options: { ownScripts?: boolean } = {}): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  $('script').each((_, el) => {
    const s = $(el);
    // Next's own scripts carry the request's nonce (its data payload may quote posting text, as
    // JSON); any other script is injected.
    const own = options.ownScripts && (s.attr('nonce') !== undefined || (s.attr('src') ?? '').startsWith('/_next/'));
    if (!own) problems.push(`script: ${$.html(el).slice(0, 120)}`);
  });
  $('*').each((_, el) => {
    if (el.type !== 'tag') return;
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) problems.push(`handler ${name} on <${el.name}>`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && DANGEROUS_URL.test(value.replace(/[\s\u0000-\u001f]/g, '')))
        problems.push(`${name}=${value.slice(0, 60)} on <${el.name}>`);
    }
  });
  for (const tag of [
    'iframe',
    'object',
    'embed',
    'base',
    'meta[http-equiv]',
    'form:not(.filters, .alert-signup)',
    'math',
    'template',
    'textarea',
    'link[rel="stylesheet"][href^="http"]',
  ]) {
    $(`body ${tag}`).each((_, el) => {
      problems.push(`<${tag}> in body: ${$.html(el).slice(0, 80)}`);
    });
  }
  $('body svg').each((_, el) => {
    // Our own charts are SVG without scripts; anything from a posting is not.
    if (!$(el).hasClass('chart') && $(el).attr('aria-hidden') !== 'true') problems.push(`<svg> in body: ${$.html(el).slice(0, 80)}`);
  });
  $('.description style, .card style').each(() => {
    problems.push('<style> inside posting content');
  });
  if (BIDI.test($('body').text() || $.root().text())) problems.push('bidi override character in text');
  return problems;
}

/** Problems in plain text that should hold no markup. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<\s*\/?\s*(script|img|svg|iframe|a\s|math|style|meta|object|embed|body|div|input|details|video|base|link|template)/i.test(text))
    problems.push(`markup in text: ${text.slice(0, 80)}`);
  if (/javascript:|vbscript:/i.test(text)) problems.push(`script URL in text: ${text.slice(0, 80)}`);
  if (/on\w+\s*=/i.test(text)) problems.push(`handler in text: ${text.slice(0, 80)}`);
  if (BIDI.test(text)) problems.push('bidi override character in text');
  return problems;
}
