// The same-origin check of the site's form posts, on the headers browsers send. Regression: a page
// delivered with `Referrer-Policy: no-referrer` posts its own form with `Origin: null`, and Save on
// the alert manage page answered 403.
import { describe, expect, it } from 'vitest';
import { isSameOriginPost, type PostHeaders } from '../../lib/same-origin';

const PUBLIC = 'https://raqmi.example';
const post = (over: Partial<PostHeaders>): PostHeaders => ({
  origin: null,
  secFetchSite: null,
  host: '127.0.0.1:3000',
  forwardedHost: null,
  ...over,
});

describe('isSameOriginPost', () => {
  it.each([
    ['a form of this site under no-referrer (Origin: null)', post({ origin: 'null', secFetchSite: 'same-origin' })],
    ['a form of this site', post({ origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' })],
    ['a browser without Fetch Metadata, on the public origin', post({ origin: PUBLIC })],
    ['a browser without Fetch Metadata, on the host it addressed', post({ origin: 'http://127.0.0.1:3000' })],
    ['a browser without Fetch Metadata, behind a proxy', post({ origin: 'https://jobs.example', forwardedHost: 'jobs.example' })],
    ['a post the reader started, with this Origin', post({ origin: PUBLIC, secFetchSite: 'none' })],
  ])('accepts %s', (_name, headers) => {
    expect(isSameOriginPost(headers, PUBLIC)).toBe(true);
  });

  it.each([
    ['a cross-site form', post({ origin: 'https://evil.example', secFetchSite: 'cross-site' })],
    ['a cross-site form under no-referrer', post({ origin: 'null', secFetchSite: 'cross-site' })],
    ['a cross-site form claiming this Origin', post({ origin: PUBLIC, secFetchSite: 'cross-site' })],
    ['a form on a sibling subdomain', post({ origin: 'https://blog.raqmi.example', secFetchSite: 'same-site' })],
    ['another Origin without Fetch Metadata', post({ origin: 'https://evil.example' })],
    ['Origin: null without Fetch Metadata', post({ origin: 'null' })],
    ['no Origin and no Fetch Metadata', post({})],
    ['a post the reader started, without an Origin', post({ secFetchSite: 'none' })],
    ['a malformed Origin', post({ origin: 'not a url' })],
  ])('refuses %s', (_name, headers) => {
    expect(isSameOriginPost(headers, PUBLIC)).toBe(false);
  });
});
