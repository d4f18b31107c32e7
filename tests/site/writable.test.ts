// whenWritable: what must write answers 503 with a clear message on a read-only database, rather
// than a 500 (issue 9, item 9). Alert sign-ups will go through it.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { READ_ONLY_MESSAGE, whenWritable } from '../../app/_lib/writable';
import { tempDbPath } from '../helpers/seeded';

const at = tempDbPath();
afterAll(() => at.remove());

describe('whenWritable', () => {
  it('answers 503 with Retry-After and a message in both languages, without trying, when the database is read-only', async () => {
    let tried = false;
    const res = await whenWritable(
      () => {
        tried = true;
        return new Response('saved');
      },
      () => true,
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('600');
    expect(await res.text()).toBe(READ_ONLY_MESSAGE);
    expect(READ_ONLY_MESSAGE).toMatch(/read-only/);
    expect(READ_ONLY_MESSAGE).toMatch(/للقراءة فقط/);
    expect(tried).toBe(false);
  });

  it('answers 503 when SQLite refuses the write', async () => {
    new Database(at.file).exec('CREATE TABLE alerts (email TEXT)');
    const readOnly = new Database(at.file, { readonly: true });
    const res = await whenWritable(
      () => {
        readOnly.prepare('INSERT INTO alerts VALUES (?)').run('a@example.com');
        return new Response('saved', { status: 201 });
      },
      () => false,
    );
    readOnly.close();
    expect(res.status).toBe(503);
  });

  it('lets the write through on a writable database and does not hide other errors', async () => {
    expect(
      (
        await whenWritable(
          () => new Response('saved', { status: 201 }),
          () => false,
        )
      ).status,
    ).toBe(201);
    await expect(
      whenWritable(
        () => {
          throw new Error('boom');
        },
        () => false,
      ),
    ).rejects.toThrow('boom');
  });
});
