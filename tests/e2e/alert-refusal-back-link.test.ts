// The page a refused sign-up answers with leads back to the listing the form was on, through the
// production server.
//
// Reviewer's report: on `/?workplace=remote`, a sign-up with `bad` as the address answered "That
// address does not look right", and its "Back to the jobs" link went to `/`: the reader lost the
// filters they had chosen (and on /ar the same). "Sign-up refused" did the same. The link now
// returns to the view the form came from, in the form's language, built from its filters as the
// listing validates them: what the form sends is never copied into the link as it came.
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite({ browser: false });

/** The listing's sign-up form: where it posts and its hidden fields (the view). */
async function signUpForm(listing: string) {
  const $ = cheerio.load(await (await fetch(`${site.url}${listing}`)).text());
  const form = $('form.alert-signup');
  const hidden = form
    .find('input[type=hidden]')
    .toArray()
    .map((input) => [$(input).attr('name') ?? '', $(input).attr('value') ?? ''] as [string, string]);
  return { action: form.attr('action') ?? '', hidden };
}

async function post(action: string, fields: readonly (readonly [string, string])[]) {
  const res = await fetch(`${site.url}${action}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields.map(([k, v]) => [k, v])),
  });
  const $ = cheerio.load(await res.text());
  const back = $('main a')
    .toArray()
    .map((a) => $(a).attr('href'));
  return { status: res.status, title: $('h1').text(), lang: $('html').attr('lang'), back };
}

// A newcomer's report: after signing up on `/ar?workplace=remote&open_to=EG&q=…`, "Back to the
// jobs" on the "check your inbox" page went to `/ar`, and the filters were lost.
describe('an accepted sign-up', () => {
  it.each([
    ['/?workplace=remote&skills=content&q=seo', 'en', 'Check your inbox'],
    ['/ar?workplace=remote', 'ar', 'تفقّد بريدك'],
  ] as const)('lands on "check your inbox", which leads back to the view (%s)', async (listing, lang, title) => {
    const { action, hidden } = await signUpForm(listing);
    const res = await fetch(`${site.url}${action}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([...hidden, ['email', `reader-${lang}@example.org`], ['frequency', 'daily']]),
    });
    expect(res.status).toBe(303);
    const sent = await fetch(`${site.url}${res.headers.get('location')}`);
    const $ = cheerio.load(await sent.text());
    const back = $('main a')
      .toArray()
      .map((a) => $(a).attr('href'));
    expect({ status: sent.status, title: $('h1').text().slice(0, title.length), back }).toEqual({ status: 200, title, back: [listing] });
  });

  it('reads the view of "check your inbox" as the listing does, dropping what is not a filter', async () => {
    const $ = cheerio.load(await (await fetch(`${site.url}/alerts/sent?workplace=remote&next=https://evil.example/`)).text());
    expect($('main a').attr('href')).toBe('/?workplace=remote');
  });
});

describe('a refused sign-up', () => {
  it.each([
    ['/?workplace=remote', 'en', 'That address does not look right'],
    ['/?workplace=remote&skills=content&q=seo', 'en', 'That address does not look right'],
    ['/ar?workplace=remote', 'ar', 'يبدو أن العنوان غير صحيح'],
  ] as const)('over a bad address leads back to the view it came from (%s)', async (listing, lang, title) => {
    const { action, hidden } = await signUpForm(listing);
    expect(hidden.length).toBeGreaterThan(0);
    const answer = await post(action, [...hidden, ['email', 'bad'], ['frequency', 'daily']]);
    expect(answer).toEqual({ status: 400, title, lang, back: [listing] });
  });

  it.each([
    ['/?workplace=remote', 'en', 'Sign-up refused'],
    ['/ar?workplace=remote', 'ar', 'رُفض الاشتراك'],
  ] as const)('over a frequency the form does not offer leads back to the view too (%s)', async (listing, lang, title) => {
    const { action, hidden } = await signUpForm(listing);
    const answer = await post(action, [...hidden, ['email', 'reader@example.org'], ['frequency', 'hourly']]);
    expect(answer).toEqual({ status: 400, title, lang, back: [listing] });
  });

  it('from the listing without filters leads back to it', async () => {
    expect((await post('/ar/alerts', [['email', 'bad']])).back).toEqual(['/ar']);
    expect((await post('/alerts', [['email', 'bad']])).back).toEqual(['/']);
  });

  // The hidden fields are the reader's to change: the link is built from the filters the listing
  // would take from them, and nothing else.
  it.each([
    ['a URL of another site', [['back', 'https://evil.example/']], '/'],
    ['a protocol-relative path as a filter', [['workplace', '//evil.example']], '/'],
    ['markup in a filter', [['workplace', '"><script>alert(1)</script>']], '/'],
    [
      'a known filter beside unknown ones',
      [
        ['workplace', 'remote'],
        ['next', '//evil.example'],
        ['page', '3'],
      ],
      '/?workplace=remote',
    ],
    ['markup in the search text', [['q', '"><img src=x onerror=alert(1)>']], `/?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
  ] as const)('never takes the link from the form as sent: %s', async (_, fields, back) => {
    const answer = await post('/alerts', [...fields, ['email', 'bad']]);
    expect(answer.status).toBe(400);
    expect(answer.back).toHaveLength(1);
    const href = answer.back[0]!;
    expect(new URL(href, site.url).origin).toBe(site.url);
    expect(href).not.toContain('evil.example');
    const url = new URL(href, site.url);
    expect([url.pathname, [...url.searchParams]]).toEqual(['/', [...new URL(back, site.url).searchParams]]);
  });
});
