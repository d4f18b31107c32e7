// Writing XML that is well-formed whatever the text: characters XML 1.0 cannot hold are dropped
// (control characters, U+FFFE/U+FFFF, lone surrogates), markup characters escaped, no CDATA
// (which cannot hold `]]>`). Feeds stay safe on their own even if ingestion missed something.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with every character XML 1.0 cannot hold removed (lone surrogates included). */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text content or an attribute value, escaped (quotes too, so it fits either). */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export type XmlNode = {
  name: string;
  attrs?: Record<string, string | undefined>;
  text?: string;
  children?: (XmlNode | undefined | false)[];
};

/** Serialises a small element tree, two-space indented. */
export function writeXml(node: XmlNode, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = (node.children ?? []).filter((c): c is XmlNode => Boolean(c));
  if (children.length)
    return `${pad}<${node.name}${attrs}>\n${children.map((c) => writeXml(c, depth + 1)).join('\n')}\n${pad}</${node.name}>`;
  if (node.text !== undefined) return `${pad}<${node.name}${attrs}>${escapeXml(node.text)}</${node.name}>`;
  return `${pad}<${node.name}${attrs}/>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${writeXml(root)}\n`;
}
