// A board that says its body is in another encoding is read in it. Adversary's report: a feed
// sent as ISO-8859-1 (and said so) was decoded as UTF-8, and "Café" was stored as "Caf\uFFFD",
// replacing the good title stored before.
import { describe, expect, it } from 'vitest';
import { readCapped } from '../../scrapers/http-body';

const read = (bytes: Buffer, contentType: string) =>
  readCapped(
    new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }),
    1_000_000,
    'https://board.example/',
    new AbortController().signal,
  );

describe('reading a body in the charset the board declares', () => {
  it.each([
    ['application/json; charset=iso-8859-1', 'latin1'],
    ['text/xml; charset="ISO-8859-1"', 'latin1'],
    ['application/rss+xml;charset=windows-1252', 'latin1'],
  ] as const)('%s', async (contentType, encoding) => {
    expect(await read(Buffer.from('{"title":"Café Marketing — Zürich"}'.replace('—', '-'), encoding), contentType)).toBe(
      '{"title":"Café Marketing - Zürich"}',
    );
  });

  it('reads UTF-8 when the board says so, says nothing, or names a charset no decoder knows', async () => {
    const body = Buffer.from('مسوق رقمي — Café', 'utf8');
    for (const contentType of ['application/json; charset=utf-8', 'application/json', 'text/html; charset=klingon'])
      expect([contentType, await read(body, contentType)]).toEqual([contentType, 'مسوق رقمي — Café']);
  });
});
