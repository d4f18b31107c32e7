// Tester's report: `PORT=abc npm start` (or 99999) printed a stack trace out of lib/env.ts, and a
// PORT already taken printed two and ended `npm start` with 0. Each is the operator's mistake, not
// a bug: one line on stderr says what is wrong and the command ends non-zero. Each case is a real
// process, started as a user starts it.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort } from '../../scripts/server-harness';
import { tempDb } from '../helpers/db';

const ROOT = resolve(__dirname, '../..');
let db: ReturnType<typeof tempDb>;

beforeAll(() => {
  // npm start's prestart builds a stale site first: that is not what these cases time.
  ensureBuilt();
  db = tempDb();
  db.db.$client.close();
}, 600_000);
afterAll(() => db?.cleanup());

type Ended = { code: number | null; stderr: string };

function run(command: string, args: string[], env: Record<string, string>): Promise<Ended> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RAQMI_SCHEDULER: 'off', RAQMI_DB: db.file, RAQMI_DEMO_DB: db.file, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.resume();
  // A server that started after all is not left running behind the test.
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    }),
  );
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('a bad PORT', () => {
  it.each([
    ['abc', 'npm start'],
    ['99999', 'npm start'],
    ['0', 'npm start'],
    ['80.5', 'npm start'],
    ['abc', 'npm run demo'],
    ['abc', 'the server alone (tsx scripts/serve.ts)'],
  ])('PORT=%s: %s says so in one line and exits non-zero', { timeout: 90_000 }, async (port, how) => {
    const [command, args] =
      how === 'npm start'
        ? ['npm', ['start']]
        : how === 'npm run demo'
          ? ['npm', ['run', 'demo']]
          : [process.execPath, ['--import', 'tsx', 'scripts/serve.ts']];
    const { code, stderr } = await run(command, args, { PORT: port });
    expect(code).not.toBe(0);
    expect(lines(stderr)).toEqual([expect.stringMatching(new RegExp(`PORT.*1 to 65535.*"${port}"`))]);
  });

  describe('already in use', () => {
    let taken: Server;
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      taken = createServer();
      await new Promise<void>((r) => taken.listen(port, r));
    });
    afterAll(() => new Promise<void>((r) => taken.close(() => r())));

    it('npm start says the port is taken in one line and exits non-zero', { timeout: 120_000 }, async () => {
      const { code, stderr } = await run('npm', ['start'], { PORT: String(port) });
      expect(code).not.toBe(0);
      expect(lines(stderr)).toEqual([expect.stringMatching(new RegExp(`port ${port} is already in use`))]);
    });
  });
});
