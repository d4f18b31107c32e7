import { highlight } from '../../lib/search';

/** Original text with the words that match the search marked. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

/** A short excerpt around the first match (or the opening), for cards. It begins and ends on
 *  whole words: a cut word ("…rketing") reads as a typo. A single word longer than the excerpt is
 *  the one case cut mid-word, so that something still shows. */
export function snippet(text: string, terms: readonly string[], length = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const segments = highlight(flat, terms);
  let offset = 0;
  for (const s of segments) {
    if (s.match) break;
    offset += s.text.length;
  }
  if (offset >= flat.length) offset = 0;
  let start = Math.max(0, offset - 60);
  // Forward to the next word's start, unless that would pass the match.
  if (start > 0 && flat[start - 1] !== ' ') {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < Math.max(offset, start + 1)) start = space + 1;
  }
  let end = Math.min(flat.length, start + length);
  // Back to the last word's end, if a word ends inside the excerpt at all.
  if (end < flat.length && flat[end] !== ' ') {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
