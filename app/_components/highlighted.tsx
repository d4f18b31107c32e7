import { highlight } from '../../lib/search';

/** Original text with the words that match the search marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** A short excerpt around the first match (or the opening), for cards. */
export function snippet(text: string, terms: readonly string[], length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const segments = highlight(flat, terms);
  let offset = 0;
  for (const s of segments) {
    if (s.match) break;
    offset += s.text.length;
  }
  if (offset >= flat.length) offset = 0;
  const start = Math.max(0, offset - 60);
  const cut = flat.slice(start, start + length);
  return `${start > 0 ? '…' : ''}${cut}${start + length < flat.length ? '…' : ''}`;
}
