// The real server limits uncached searches per client (issue 9, item 7): a client's searches
// past two at once answer 429 with Retry-After, cached searches pass, X-Forwarded-For is not the
// client's to choose unless RAQMI_TRUST_PROXY=1, and then only its last hop counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededServers, type RunningServer, type SeededServers } from '../helpers/server';

let started: SeededServers;
let direct: RunningServer;
let proxied: RunningServer;

beforeAll(async () => {
  started = await seededServers({}, { RAQMI_TRUST_PROXY: '1' });
  [direct, proxied] = started.servers as [RunningServer, RunningServer];
}, 600_000);

afterAll(() => started?.stop());

let round = 0;
/** Twelve distinct (so uncached) searches sent at once; each request's own X-Forwarded-For. */
async function burst(server: RunningServer, forwardedFor: (i: number) => string, q: (i: number) => string = (i) => `seo${round}x${i}`) {
  round++;
  const responses = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      fetch(`${server.url}/?q=${encodeURIComponent(q(i))}`, { headers: { 'x-forwarded-for': forwardedFor(i) } }),
    ),
  );
  await Promise.all(responses.map((r) => r.arrayBuffer()));
  return responses;
}

describe('uncached searches per client', () => {
  it('answers 429 with Retry-After past two at once, even when each request claims another X-Forwarded-For', async () => {
    const responses = await burst(direct, (i) => `203.0.113.${i + 1}`);
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
    const refused = responses.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.headers.get('retry-after')).toBe('1');
  });

  // A slot is freed when its response has been sent: these read every body.
  const status = async (url: string) => {
    const res = await fetch(url);
    await res.arrayBuffer();
    return res.status;
  };

  it('frees the slots when the searches end', async () => {
    for (const path of ['/?q=after-burst', '/api/postings?q=after-burst-api', '/feed.xml?q=after-burst-feed'])
      expect([path, await status(`${direct.url}${path}`)]).toEqual([path, 200]);
  });

  it('lets a search the listing cache holds through, however many at once', async () => {
    expect(await status(`${direct.url}/?q=content`)).toBe(200);
    const responses = await burst(
      direct,
      () => '198.51.100.1',
      () => 'content',
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
  });

  it('behind a trusted proxy, counts each client by the last X-Forwarded-For hop', async () => {
    const apart = await burst(proxied, (i) => `198.51.100.1, 203.0.113.${i + 1}`);
    expect(apart.map((r) => r.status)).toEqual(Array(12).fill(200));
    const together = await burst(proxied, (i) => `203.0.113.${i + 1}, 198.51.100.1`);
    expect(together.some((r) => r.status === 429)).toBe(true);
  });
});
