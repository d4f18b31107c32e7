// A database file this build cannot use, met by the commands an operator runs, each a real
// process: one line on stderr naming the file and what is wrong, exit 1, and the file untouched.
// Adversary's report: a database written by a newer Raqmi (a migration this build does not know)
// was "migrated" with exit 0 and then written to by a scrape; a file that is not SQLite at all
// stopped every command with a stack trace that did not name it.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/db';

const ROOT = resolve(__dirname, '../..');
const made: (() => void)[] = [];
afterAll(() => made.forEach((cleanup) => cleanup()));

type Ended = { code: number | null; stderr: string };

function npmRun(script: string, args: string[], file: string): Promise<Ended> {
  const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, RAQMI_DB: file, RAQMI_SCHEDULER: 'off' },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    }),
  );
}

/** A database as a newer Raqmi left it: one migration more than this build has. */
function newerDb(): string {
  const t = tempDb();
  made.push(t.cleanup);
  t.db.$client.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('f'.repeat(64), Date.UTC(2100, 0, 1));
  t.db.$client.exec("ALTER TABLE postings ADD COLUMN future_col text NOT NULL DEFAULT 'x'");
  t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  t.db.$client.close();
  return t.file;
}

function notSqlite(): string {
  const t = tempDb();
  made.push(t.cleanup);
  t.db.$client.close();
  writeFileSync(t.file, 'this is a text file, not a database\n'.repeat(100));
  return t.file;
}

const COMMANDS: [string, string[]][] = [
  ['db:migrate', []],
  ['scrape', ['remotive', '--replay', 'tests/fixtures/demo']],
  ['reclassify', []],
  ['alerts', ['--now']],
];

describe.each(COMMANDS)('npm run %s', (script, args) => {
  it('refuses a database written by a newer version, in one line, and writes nothing', { timeout: 90_000 }, async () => {
    const file = newerDb();
    const before = readFileSync(file);
    const ended = await npmRun(script, args, file);
    expect(ended.code).toBe(1);
    const lines = ended.stderr.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(/newer version of Raqmi/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names a file that is not a SQLite database, in one line', { timeout: 90_000 }, async () => {
    const file = notSqlite();
    const ended = await npmRun(script, args, file);
    expect(ended.code).toBe(1);
    const lines = ended.stderr.split('\n').filter((l) => l.trim());
    expect(lines).toEqual([expect.stringContaining(file)]);
    expect(lines[0]).toMatch(/not a SQLite database/);
  });
});

it('leaves a database of this version alone', { timeout: 90_000 }, async () => {
  const t = tempDb();
  made.push(t.cleanup);
  t.db.$client.close();
  const ended = await npmRun('db:migrate', [], t.file);
  expect([ended.code, ended.stderr]).toEqual([0, '']);
});
