// Text a board sends is cleaned at ingestion so everything downstream (pages, RSS, Atom, JSON)
// can hold it: characters XML 1.0 cannot carry are removed from every text field, and bidi
// embedding/override/isolate controls cannot reach one-line fields (cleanLine removes those).

/** C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates without their other half. */
const NON_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Numeric character references that decode to such a character (or to nothing valid). */
const NON_XML_REF = /&#(?:x([0-9a-f]{1,8})|(\d{1,10}));/gi;

function isXmlCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export function stripNonXml(text: string): string {
  return text.replace(NON_XML, '');
}

/** For HTML: also drops references like `&#11;` or `&#xFFFE;` that would decode to such characters. */
export function stripNonXmlHtml(html: string): string {
  return stripNonXml(html).replace(NON_XML_REF, (ref, hex: string | undefined, dec: string | undefined) =>
    isXmlCodePoint(hex ? parseInt(hex, 16) : Number(dec)) ? ref : '',
  );
}

/** Every string in a board's posting (nested hint strings too) without non-XML characters. */
export function withoutNonXml<T>(value: T): T {
  if (typeof value === 'string') return stripNonXml(value) as T;
  if (Array.isArray(value)) return value.map(withoutNonXml) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNonXml(v)])) as T;
  }
  return value;
}
