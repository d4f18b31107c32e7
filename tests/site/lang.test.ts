// /lang: the language switch returns the reader to a page of this site, whatever `back` or the
// Referer holds. Regression (issue 9, item 8): a `back` with non-Latin-1 text, DEL or NUL made
// the redirect header throw (500), and the Referer branch skipped the local-path check.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET } from '../../app/lang/route';

const switchTo = (query: string, headers: Record<string, string> = {}) =>
  GET(new NextRequest(`http://localhost:3000/lang?${query}`, { headers: { host: 'localhost:3000', ...headers } }));

describe('GET /lang', () => {
  it.each([
    ['Arabic text', '/?q=تسويق', '/?q=%D8%AA%D8%B3%D9%88%D9%8A%D9%82'],
    ['an accented path', '/skills/café', '/skills/caf%C3%A9'],
    ['a DEL character', '/?q=a\u007fb', '/'],
    ['a NUL character', '/jobs/x\u0000y', '/'],
    ['a newline (header splitting)', '/\r\nSet-Cookie: x=1', '/'],
  ])('redirects safely for a back holding %s', async (_, back, location) => {
    const res = switchTo(`to=en&back=${encodeURIComponent(back)}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(location);
  });

  it.each([
    ['another host', 'https://evil.example/x'],
    ['a protocol-relative path', '//evil.example/x'],
    ['a backslash path', '/\\evil.example/x'],
    ['a dot segment that collapses to //', '/.//evil.example/x'],
    ['a javascript: URL', 'javascript:alert(1)'],
    // Dropping the /ar prefix of "/ar//evil.example" left "//evil.example" (a newcomer found it).
    ['an Arabic path whose prefix hides //', '/ar//evil.example/phish'],
    ['an Arabic path whose prefix hides /\\', '/ar/\\evil.example/phish'],
  ])('never sends the reader to %s through back', (_, back) => {
    const location = switchTo(`to=en&back=${encodeURIComponent(back)}`).headers.get('location')!;
    expect(location.startsWith('/')).toBe(true);
    expect(location.startsWith('//')).toBe(false);
    expect(location).not.toContain('evil.example');
  });

  it('returns to the referring page of this site, percent-encoded', () => {
    // Header bytes arrive as Latin-1: a client that sends raw UTF-8 or Latin-1 still gets a valid Location.
    const res = switchTo('to=ar', { referer: 'http://localhost:3000/skills/caf\u00e9?q=a b&page=2' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/ar/skills/caf%C3%A9?q=a%20b&page=2');
  });

  it('does not turn a Referer path of this host into a protocol-relative redirect', () => {
    // new URL('http://localhost:3000//evil.example/x').pathname is '//evil.example/x'.
    const location = switchTo('to=en', { referer: 'http://localhost:3000//evil.example/x' }).headers.get('location')!;
    expect(location.startsWith('//')).toBe(false);
    expect(location).not.toContain('evil.example');
  });

  it('does not let an Arabic Referer path of this host become protocol-relative', () => {
    const location = switchTo('to=en', { referer: 'http://localhost:3000/ar//evil.example/' }).headers.get('location')!;
    expect(location.startsWith('//')).toBe(false);
    expect(location).not.toContain('evil.example');
  });

  it('ignores a Referer from another host and falls back to back', () => {
    expect(switchTo('to=ar&back=/stats', { referer: 'https://evil.example/' }).headers.get('location')).toBe('/ar/stats');
  });
});
