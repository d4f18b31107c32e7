import { describe, expect, it } from 'vitest';
import { cleanLine, htmlToText, repairMojibake, sanitiseDescription } from '../../lib/html';

describe('repairMojibake', () => {
  it('re-decodes UTF-8 that was read as Latin-1, as some boards serve it', () => {
    expect(repairMojibake('What Youâ\u0080\u0099ll Do')).toBe('What You’ll Do');
    expect(repairMojibake('CafÃ© Ã¼ber')).toBe('Café über');
  });
  it('re-decodes an emoji (four bytes, two UTF-16 units) as RemoteOK serves its headings', () => {
    expect(repairMojibake('<h2>\u00F0\u009F\u009A\u0080 Join us</h2>')).toBe('<h2>🚀 Join us</h2>');
    expect(repairMojibake('\u00F0\u009F\u0091\u00BB Role')).toBe('👻 Role');
  });
  it('leaves real Latin-1 and Arabic text alone', () => {
    expect(repairMojibake('Zürich · São Paulo · تسويق')).toBe('Zürich · São Paulo · تسويق');
  });
});

describe('sanitising', () => {
  it('keeps structure, drops scripts, images and handlers, and makes links safe', () => {
    const html = sanitiseDescription(
      '<p onclick="x()">Hi <img src="https://t.example/p.gif"><a href="https://a.example">a</a><a href="javascript:alert(1)">b</a></p><script>alert(1)</script>',
    );
    expect(html).toMatch(/^<p>Hi <a href="https:\/\/a\.example" rel="noopener ugc" target="_blank">a<\/a><a[^>]*>b<\/a><\/p>$/);
    expect(html).not.toMatch(/javascript|onclick|<img|<script|href="(?!https)/);
  });
  it('turns HTML into text with paragraph breaks and decoded entities', () => {
    expect(htmlToText('<p>One &amp; two</p><ul><li>three</li></ul>')).toBe('One & two\nthree');
  });
  it('cleans one-line fields of tags, entities and controls', () => {
    expect(cleanLine('  Acme &amp; Co <b>Ltd</b>\u202E\n')).toBe('Acme & Co Ltd');
  });
});
