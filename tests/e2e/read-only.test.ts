// A read-only database served by the real server (issue 9, item 9): every page answers 200 and
// the file is left exactly as it was. Two shapes: a read-only copy (rollback journal, as VACUUM
// INTO or .backup make it) in a writable folder, and a WAL database in a read-only folder (a
// read-only mount). Tests run as root here, for whom chmod changes nothing, so the server then
// runs as `nobody`.
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';

const isRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
type Case = { server: RunningServer; file: string; hash: string; publicId: string; cleanup: () => void };
const cases: Record<'copy' | 'mount', Case> = {} as never;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function readOnlyCase(mode: 'copy' | 'mount'): Promise<Case> {
  const seeded = await seededDb();
  if (mode === 'copy') seeded.db.$client.pragma('journal_mode = DELETE');
  const publicId = (
    seeded.db.$client.prepare('SELECT public_id FROM postings WHERE digital_marketing = 1 LIMIT 1').get() as { public_id: string }
  ).public_id;
  seeded.db.$client.close();
  chmodSync(seeded.file, 0o444);
  chmodSync(dirname(seeded.file), mode === 'copy' ? 0o777 : 0o555);
  const hash = sha(seeded.file);
  const server = await startServer(seeded.file, {}, isRoot ? { as: NOBODY } : {});
  return {
    server,
    file: seeded.file,
    hash,
    publicId,
    cleanup: () => {
      chmodSync(dirname(seeded.file), 0o700);
      seeded.cleanup();
    },
  };
}

beforeAll(async () => {
  ensureBuilt();
  [cases.copy, cases.mount] = await Promise.all([readOnlyCase('copy'), readOnlyCase('mount')]);
}, 600_000);

afterAll(async () => {
  for (const c of Object.values(cases)) {
    await c?.server.stop();
    c?.cleanup();
  }
});

const PAGES = [
  '/',
  '/?q=%D8%AA%D8%B3%D9%88%D9%8A%D9%82',
  '/?q=seo&workplace=remote',
  '/?page=2',
  '/skills',
  '/skills/analytics',
  '/stats',
  '/sources',
  '/feed.xml',
  '/feed.atom',
  '/feed.json',
  '/api/postings?q=content',
];

describe.each(['copy', 'mount'] as const)('a read-only database (%s)', (mode) => {
  it('serves every page', async () => {
    const c = cases[mode];
    const statuses: Record<string, number> = {};
    for (const path of [...PAGES, `/jobs/${c.publicId}`]) statuses[path] = (await fetch(`${c.server.url}${path}`)).status;
    expect(statuses).toEqual(Object.fromEntries([...PAGES, `/jobs/${c.publicId}`].map((p) => [p, 200])));
    const html = await (await fetch(`${c.server.url}/`)).text();
    expect(html.match(/href="\/jobs\/[a-z]+-[^"]+"/g)?.length).toBeGreaterThan(10);
  });

  it('switches the language (a cookie, no write)', async () => {
    const res = await fetch(`${cases[mode].server.url}/lang?to=ar&back=/stats`, { redirect: 'manual' });
    expect(res.status).toBe(303);
  });

  it('leaves the file exactly as it was', () => {
    expect(sha(cases[mode].file)).toBe(cases[mode].hash);
  });
});
