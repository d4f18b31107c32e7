// The per-client limit on uncached searches (issue 9, item 7) and who the client is.
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../lib/client-address';
import { createSearchGate, isSearchCached, publishSearchCacheProbe, searchParamsOf } from '../../lib/search-gate';

describe('createSearchGate', () => {
  it('lets a client hold two searches at once, refuses the third, and frees a slot when one ends', () => {
    const gate = createSearchGate(2);
    const first = gate.tryEnter('198.51.100.7')!;
    expect(gate.tryEnter('198.51.100.7')).not.toBeNull();
    expect(gate.tryEnter('198.51.100.7')).toBeNull();
    // Another client is not held back by the first one.
    expect(gate.tryEnter('203.0.113.9')).not.toBeNull();
    first();
    first(); // a response that closes twice frees one slot, not two
    expect(gate.tryEnter('198.51.100.7')).not.toBeNull();
    expect(gate.tryEnter('198.51.100.7')).toBeNull();
  });

  it('does not limit at all with a limit of 0 (RAQMI_SEARCH_CONCURRENCY=0)', () => {
    const gate = createSearchGate(0);
    for (let i = 0; i < 50; i++) expect(gate.tryEnter('198.51.100.7')).not.toBeNull();
  });
});

describe('searchParamsOf', () => {
  it.each([
    ['GET', '/?q=seo', true],
    ['GET', '/api/postings?workplace=remote&q=content', true],
    ['HEAD', '/feed.xml?q=seo', true],
    ['GET', '/?q=', false],
    ['GET', '/?q=%20%2B%2B', false],
    ['GET', '/?workplace=remote', false],
    ['GET', '/', false],
    ['POST', '/?q=seo', false],
    ['GET', '/_next/static/x.js?q=seo', false],
  ])('%s %s is a search: %s', (method, url, expected) => {
    expect(searchParamsOf(method, url) !== null).toBe(expected);
  });
});

describe('isSearchCached', () => {
  it("asks every probe the site's bundles publish; one that throws says nothing", () => {
    const unpublish = [
      publishSearchCacheProbe(() => {
        throw new Error('no database');
      }),
      publishSearchCacheProbe((params) => params.get('q') === 'seo'),
    ];
    expect(isSearchCached(new URLSearchParams('q=seo'))).toBe(true);
    expect(isSearchCached(new URLSearchParams('q=ads'))).toBe(false);
    for (const u of unpublish) u();
    expect(isSearchCached(new URLSearchParams('q=seo'))).toBe(false);
  });
});

describe('clientAddress', () => {
  it('is the socket peer, whatever X-Forwarded-For claims, unless a proxy is trusted', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', false)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', undefined, false)).toBe('198.51.100.7');
    expect(clientAddress(undefined, undefined, false)).toBe('unknown');
  });

  it('behind a trusted proxy, is the last hop: the one the proxy appended, not one the client wrote', () => {
    expect(clientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9', true)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '203.0.113.9 '], true)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', ' , ', true)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', undefined, true)).toBe('10.0.0.2');
  });
});
