// Regression: a full URL in the request line decided the host of a redirect. A client may send
// the absolute form (`GET http://evil.com/skills HTTP/1.1`, RFC 9112 §3.2.2) and the server
// answered 308 with `Location: http://evil.com/skills`; ftp:// and user@host were sent back too,
// and with the site's own host the answer redirected to itself forever. The production server is
// asked over a raw socket, since fetch() and http.request() only send paths.
import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpSeededSite } from '../helpers/seeded-site';

const site = setUpSeededSite({ browser: false });
let port = 0;
let job = '';

beforeAll(async () => {
  port = Number(new URL(site.url).port);
  job = ((await (await fetch(`${site.url}/api/postings`)).json()) as { items: { id: string }[] }).items[0]!.id;
});

type Answer = { status: number; headers: Record<string, string>; body: string };

/** One request with `target` written as it is in the request line. */
function send(target: string | Buffer, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', fail);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = raw.subarray(split + 4);
      const text = (headers['transfer-encoding'] === 'chunked' ? unchunk(body) : body).toString('utf8');
      done({ status: Number(statusLine.split(' ')[1]), headers, body: text });
    });
    socket.write(
      Buffer.concat([
        Buffer.from(`${method} `),
        Buffer.from(target),
        Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
      ]),
    );
  });
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; ;) {
    const eol = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/** The page's <title>: the same page whichever form of the target asked for it. */
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('a request line with a full URL (absolute form)', () => {
  it.each([
    ['http://evil.com/skills', '/skills'],
    ['HTTP://EVIL.COM/skills', '/skills'],
    ['http://user:pass@evil.com/skills', '/skills'],
    ['https://evil.com:8443/ar/skills', '/ar/skills'],
    ['http://evil.com/jobs/JOB?x=1', '/jobs/JOB?x=1'],
  ])('%s is served as %s, never redirected to the host it names', async (target, path) => {
    const [absolute, plain] = [await send(target.replace('JOB', job)), await send(path.replace('JOB', job))];
    expect(absolute.headers.location).toBeUndefined();
    expect(absolute.status).toBe(plain.status);
    expect(titleOf(plain.body)).toBeTruthy();
    expect(titleOf(absolute.body)).toBe(titleOf(plain.body));
  });

  it('is not redirected to itself when it names the site’s own host', async () => {
    const answer = await send(`http://127.0.0.1:${port}/skills`);
    expect(answer.status).toBe(200);
    expect(answer.headers.location).toBeUndefined();
  });

  it.each([
    ['http://evil.com/skills/', '/skills'],
    ['http://evil.com/ar/feed.xml/', '/ar/feed.xml'],
    ['http://evil.com', undefined],
  ])('%s, when it is redirected, goes to a path of this site (%s)', async (target, location) => {
    const answer = await send(target);
    expect(answer.headers.location).toBe(location);
    if (location === undefined) expect(answer.status).toBe(200);
  });

  it('keeps the query of the API', async () => {
    const answer = await send('http://evil.com/api/postings?workplace=remote');
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { total: number }).total).toBeGreaterThan(0);
  });

  it.each(['ftp://evil.com/skills', 'javascript://evil.com/skills', '*', 'evil.com:80', 'evil.com/skills'])(
    '%s is refused with 400 and no Location',
    async (target) => {
      const answer = await send(target);
      expect(answer.status).toBe(400);
      expect(answer.headers.location).toBeUndefined();
    },
  );
});

// Helper's report: `curl 'http://host/?q=دبي'` (raw UTF-8 in the request line) got Node's bare
// "400 Bad Request" with no body and no word of what was wrong.
describe('a request line with raw non-ASCII bytes', () => {
  it('answers 400 with a sentence in both languages saying to percent-encode the address', async () => {
    const answer = await send(Buffer.from('/?q=دبي', 'utf8'));
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toContain('percent-encoded');
    expect(answer.body).toContain('طلب غير صالح');
    // The same search, encoded, is served.
    expect((await send(`/?q=${encodeURIComponent('دبي')}`)).status).toBe(200);
  });
});
