// A redirect target from the outside world (a `back` parameter, a Referer) reduced to a path of
// this site, percent-encoded so it always fits in a Location header, or null.
const BASE = 'http://local.invalid';
// Controls are never part of a page address a reader followed; the URL parser would drop some
// (tab, newline) and encode others (NUL, DEL), so they are refused before it sees them.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function toLocalPath(target: string): string | null {
  if (!target.startsWith('/') || CONTROL.test(target)) return null;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return null;
  }
  // `//host` and `/\host` resolve to another origin; `/.//host` normalises to a `//` path, which a
  // Location header would read as protocol-relative.
  if (url.origin !== BASE || url.pathname.startsWith('//')) return null;
  return `${url.pathname}${url.search}`;
}
