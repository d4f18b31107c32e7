// The answer to a sign-up over the per-client limit, through the production server with its
// clock pinned at 13:40 UTC.
//
// Tester's report: it said "Too many sign-ups came from here in the last hour" with
// `Retry-After: 3600`, but the limit counts sign-ups per UTC clock hour and starts again at the
// top of the next one (db/queries/alerts-rate.ts): at 13:40 a reader may sign up again at 14:00,
// 20 minutes later. Retry-After now counts the seconds to that hour and the page names it, with
// Arabic-Indic digits on the Arabic page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../alerts/signup';
import { closeDb, createDb } from '../../db/client';
import { tempDbPath } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let removeDb: () => void;
let outbox: string;

beforeAll(async () => {
  ensureBuilt();
  const at = tempDbPath();
  removeDb = at.remove;
  closeDb(createDb(at.file));
  outbox = mkdtempSync(join(process.env.RAQMI_TEST_TMP ?? tmpdir(), 'raqmi-outbox-'));
  server = await startServer(at.file, { RAQMI_NOW: '2026-11-20T13:40:00Z', RAQMI_OUTBOX: outbox });
}, 600_000);

afterAll(async () => {
  await server?.stop();
  removeDb?.();
  rmSync(outbox, { recursive: true, force: true });
});

const signUp = (prefix: '' | '/ar', email: string) =>
  fetch(`${server.url}${prefix}/alerts`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, frequency: 'daily' }),
  });

describe('a sign-up over the hourly limit', () => {
  it('lets the hour’s allowance through', async () => {
    for (let i = 0; i < LIMITS.perClientHour; i++) expect((await signUp('', `r${i}@example.org`)).status).toBe(303);
  });

  it.each([
    ['', 'en', 'Too many sign-ups came from here since 13:00 UTC. Try again after 14:00 UTC.'],
    ['/ar', 'ar', 'وصلت طلبات اشتراك كثيرة من هنا منذ الساعة ١٣:٠٠ بتوقيت UTC. حاول مرة أخرى بعد الساعة ١٤:٠٠ بتوقيت UTC.'],
  ] as const)('names the hour it may sign up again and waits only until then (%s)', async (prefix, lang, says) => {
    const res = await signUp(prefix, `over-${lang}@example.org`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(String(20 * 60));
    const $ = cheerio.load(await res.text());
    expect($('html').attr('lang')).toBe(lang);
    expect($('main p').first().text()).toBe(says);
  });
});
