import { describe, expect, it } from 'vitest';
import { isNotModified, noneMatchHits, weakEtag } from '../../lib/http-cache';

const etag = weakEtag('feed', 'rss', 'en', '7', '', 0);

describe('If-None-Match (RFC 9110 weak comparison)', () => {
  it.each([
    [etag, true],
    [etag.replace(/^W\//, ''), true],
    [`"nope", ${etag}`, true],
    ['*', true],
    ['"nope"', false],
    ['W/"nope"', false],
    ['', false],
  ])('%j matches: %s', (header, hit) => {
    expect(noneMatchHits(header, etag)).toBe(hit);
  });

  it('changes with the data version and the view', () => {
    expect(weakEtag('feed', 'rss', 'en', '8', '', 0)).not.toBe(etag);
    expect(weakEtag('feed', 'rss', 'ar', '7', '', 0)).not.toBe(etag);
    expect(weakEtag('feed', 'rss', 'en', '7', 'workplace=remote', 0)).not.toBe(etag);
  });
});

describe('If-Modified-Since', () => {
  const changed = Date.UTC(2026, 11, 4, 10, 0, 0, 500);
  it('counts only without If-None-Match', () => {
    const later = new Date(changed + 60_000).toUTCString();
    expect(isNotModified(new Headers({ 'if-modified-since': later }), etag, changed)).toBe(true);
    expect(isNotModified(new Headers({ 'if-modified-since': later, 'if-none-match': '"other"' }), etag, changed)).toBe(false);
    expect(isNotModified(new Headers({ 'if-modified-since': new Date(changed - 60_000).toUTCString() }), etag, changed)).toBe(false);
    expect(isNotModified(new Headers({ 'if-modified-since': 'garbage' }), etag, changed)).toBe(false);
  });
});
