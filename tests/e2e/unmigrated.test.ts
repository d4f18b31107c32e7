// The site never migrates (its writers do), so it may be started on a database nobody has
// migrated yet, such as `next start` by hand, or a new RAQMI_DB path. Pages, feeds and the API
// then answer 503 with the command that fixes it, not a 500 with a stack trace in the log; and once
// the file is migrated the same server serves it, with no restart.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from '../../db/client';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let dir: string;
let file: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'raqmi-unmigrated-'));
  file = join(dir, 'new.db');
  server = await startServer(file, {}, { readyStatus: 503 });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a server on a database nobody migrated', () => {
  it.each(['/', '/ar', '/feed.xml', '/api/postings', '/sources'])('%s answers 503 saying how to migrate', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(await res.text()).toContain('npm run db:migrate');
  });

  it('serves the database once it is migrated, without a restart', async () => {
    closeDb(createDb(file));
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<html');
  });
});
