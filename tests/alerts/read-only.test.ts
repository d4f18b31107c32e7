// A sign-up on a database that cannot be written answers 503 with a clear message, not a 500.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { guarded } from '../../app/_lib/alert-routes';
import type { Db } from '../../db/client';
import { upsertSignUp } from '../../db/queries/alerts';
import { tempDb } from '../helpers/db';

describe('sign-up on a read-only database', () => {
  it('answers 503 saying sign-ups are paused', async () => {
    const t = tempDb();
    const readOnly = drizzle(new Database(t.file, { readonly: true })) as unknown as Db;
    try {
      const res = await guarded('en', () => {
        upsertSignUp(readOnly, { email: 'a@example.org', emailKey: 'a@example.org', lang: 'en', view: '', frequency: 'daily', now: 0 });
        return new Response('ok');
      });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('The database is read-only right now');
    } finally {
      readOnly.$client.close();
      t.cleanup();
    }
  });
});
