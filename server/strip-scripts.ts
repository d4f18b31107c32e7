// Pages need no JavaScript (GET forms, plain links), so the server sends them without Next's
// hydration scripts and RSC payload: half the bytes, and a CSP of `script-src 'none'` blocks any
// injected script without a per-request nonce. Elements are found by a real HTML tokenizer, so
// text or attribute values that merely look like "<script" are never touched.
import { Parser } from 'htmlparser2';

const isScriptLink = (attrs: Record<string, string>) => {
  const rel = (attrs.rel ?? '').toLowerCase();
  return rel === 'modulepreload' || (rel === 'preload' && (attrs.as ?? '').toLowerCase() === 'script');
};

/** The HTML without <script> elements and script preloads. */
export function stripScripts(html: string): string {
  const cut: [number, number][] = [];
  let scriptStart = -1;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script') scriptStart = parser.startIndex;
        else if (name === 'link' && isScriptLink(attrs)) cut.push([parser.startIndex, parser.endIndex + 1]);
      },
      onclosetag(name) {
        if (name === 'script' && scriptStart >= 0) {
          cut.push([scriptStart, parser.endIndex + 1]);
          scriptStart = -1;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  if (!cut.length) return html;
  let out = '';
  let at = 0;
  for (const [start, end] of cut.sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    out += html.slice(at, start);
    at = end;
  }
  return out + html.slice(at);
}
