// Scraped HTML is third-party input: everything a page or a feed shows of it passes through here.
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p',
  'br',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'a',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'div',
];

/** Images on boards are tracking pixels and logos more often than content: we drop them all. */
export function sanitiseDescription(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel', 'target'], '*': ['dir', 'lang'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'svg', 'math', 'template'],
    transformTags: {
      // Links inside a description open in a new tab and never carry our page as opener.
      a: (tagName, attribs) => {
        const out: Record<string, string> = {};
        if (attribs.href) Object.assign(out, { href: attribs.href, rel: 'noopener ugc', target: '_blank' });
        return { tagName, attribs: out };
      },
      h1: 'h2',
    },
    exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
    // Bidi overrides can make text read differently from what it is ("gnp.exe"); direction comes
    // from dir attributes instead.
    textFilter: (text) => text.replace(BIDI_CONTROLS, ''),
  }).trim();
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const BLOCK_BREAKS = /<\/(p|div|li|h[1-6]|tr|blockquote|pre|ul|ol|table)>|<br\s*\/?>/gi;

/** Plain text of an HTML fragment with paragraph breaks kept as newlines; entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(BLOCK_BREAKS, (m) => `${m}\n`);
  const text = sanitizeHtml(withBreaks, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['script', 'style', 'textarea', 'noscript', 'title', 'svg', 'math', 'template'],
  });
  return decodeEntities(text)
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Plain text of HTML that sanitiseDescription already produced: its markup is known to be tags
 * and attributes only, so dropping tags and decoding entities is enough (and far cheaper than
 * parsing it again). Never use it on raw input: htmlToText is for that.
 */
export function textOfSanitised(html: string): string {
  return decodeEntities(html.replace(BLOCK_BREAKS, (m) => `${m}\n`).replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Decodes HTML entities once (numeric and the common named ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** A one-line field (title, company, location): entities decoded, tags and controls removed. */
export function cleanLine(value: string | undefined | null): string {
  if (!value) return '';
  const noTags = sanitizeHtml(decodeEntities(value), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(noTags)
    .replace(/[\u0000-\u001f\u007f\u202A-\u202E\u2066-\u2069]/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// UTF-8 bytes that were read as Latin-1 somewhere upstream ("Youâ\u0080\u0099ll"): a lead byte
// in À–ô followed by continuation bytes in the C1/Latin-1 range.
const MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF]{1,3}/g;

/** Re-decodes double-encoded UTF-8 runs; leaves anything that does not decode cleanly alone. */
export function repairMojibake(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    const decoded = Buffer.from(run, 'latin1').toString('utf8');
    // One character, counted by code point: an emoji is two UTF-16 units.
    return decoded.includes('\uFFFD') || [...decoded].length !== 1 ? run : decoded;
  });
}
