// Tester's report: `PORT=abc npm run db:migrate` and `npm run alerts` (likewise reclassify and
// groups) printed a stack trace out of lib/env.ts, and `npm run scrape` ended with 2, its code
// for a usage error. A bad setting is the operator's typo: like `npm start`, every command now
// says so in one line on stderr, naming the variable, and exits 1. PORT is the server's port:
// a command that neither serves nor builds links to the site (migrations, scrapes, reclassify,
// groups) does not read it, so a PORT meant for another program does not stop it. Each case is a
// real process, started as a user starts it.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/db';
import { remotiveBody, remotiveJob, writeRecordings } from '../helpers/fake-board';

const ROOT = resolve(__dirname, '../..');
let db: ReturnType<typeof tempDb>;
let replay: string;

beforeAll(() => {
  db = tempDb();
  db.db.$client.close();
  replay = writeRecordings([{ url: 'https://remotive.com/api/remote-jobs', body: remotiveBody([remotiveJob(1)]) }]);
});
afterAll(() => db?.cleanup());

type Ended = { code: number | null; stdout: string; stderr: string };

function npmRun(script: string, args: string[], env: Record<string, string>): Promise<Ended> {
  // The test's own RAQMI_PUBLIC_URL, if any, is not inherited: each case says what it wants.
  const inherited = { ...process.env };
  delete inherited.RAQMI_PUBLIC_URL;
  const child = spawn('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: { ...inherited, RAQMI_DB: db.file, RAQMI_OUTBOX: join(db.dir, 'outbox'), RAQMI_SCHEDULER: 'off', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  // The worker runs until stopped: one that started after all is not left behind the test.
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    }),
  );
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

const EVERY_COMMAND: [string, string[]][] = [
  ['db:migrate', []],
  ['scrape', ['remotive', '--replay', '<replay>']],
  ['worker', []],
  ['alerts', []],
  ['reclassify', []],
  ['groups', ['--rebuild']],
];
const withReplay = (args: string[]) => args.map((a) => (a === '<replay>' ? replay : a));

describe('a bad setting given to a command', () => {
  it.each(EVERY_COMMAND)('npm run %s says which in one line and exits 1', { timeout: 90_000 }, async (script, args) => {
    const { code, stderr } = await npmRun(script, withReplay(args), { RAQMI_CLOSE_AFTER_DAYS: 'soon' });
    expect(lines(stderr)).toEqual([expect.stringMatching(/^[\w :-]+: Invalid environment: RAQMI_CLOSE_AFTER_DAYS: /)]);
    expect(code).toBe(1);
  });
});

describe('a bad PORT', () => {
  it.each([
    ['db:migrate', [], /migrated /],
    ['scrape', ['remotive', '--replay', '<replay>'], /\[remotive\] ok: fetched 1/],
    ['reclassify', [], /reclassified \d+ of \d+ postings/],
    ['groups', ['--rebuild'], /regrouped \d+ postings/],
  ])('does not stop npm run %s, which never uses it', { timeout: 90_000 }, async (script, args, output) => {
    const { code, stdout, stderr } = await npmRun(script, withReplay(args), { PORT: 'abc' });
    expect(stderr).toBe('');
    expect(stdout).toMatch(output);
    expect(code).toBe(0);
  });

  it.each(['worker', 'alerts'])(
    'stops npm run %s, whose mails link to http://localhost:PORT, in one line and exit 1',
    { timeout: 90_000 },
    async (script) => {
      const { code, stderr } = await npmRun(script, [], { PORT: 'abc' });
      expect(lines(stderr)).toEqual([
        expect.stringMatching(/^[\w :-]+: Invalid environment: PORT: must be a whole number from 1 to 65535, not "abc"$/),
      ]);
      expect(code).toBe(1);
    },
  );

  it('does not stop npm run alerts when RAQMI_PUBLIC_URL gives the links their origin', { timeout: 90_000 }, async () => {
    const { code, stdout, stderr } = await npmRun('alerts', [], { PORT: 'abc', RAQMI_PUBLIC_URL: 'https://raqmi.example' });
    expect(stderr).toBe('');
    expect(stdout).toMatch(/confirmed subscriptions/);
    expect(code).toBe(0);
  });
});

// Regression: a .env template's blank `RAQMI_PUBLIC_URL=` stopped every command with
// "must be an absolute http(s) URL". A blank setting is an unset one.
describe('settings left blank', () => {
  it('count as unset: npm run alerts runs instead of stopping on them', { timeout: 90_000 }, async () => {
    const blank = { RAQMI_PUBLIC_URL: '', RAQMI_SMTP_URL: '', RAQMI_SECRET: '', RAQMI_NOW: '', PORT: '' };
    const { code, stdout, stderr } = await npmRun('alerts', [], blank);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/confirmed subscriptions/);
    expect(code).toBe(0);
  });
});

// Tester's report: `npm run scrape -- greenhouse lever ashby` silently scraped greenhouse only.
describe('npm run scrape with several sources', () => {
  it('scrapes every source named, one line each', { timeout: 90_000 }, async () => {
    const { stdout } = await npmRun('scrape', ['remotive', 'jobicy', '--replay', replay], {});
    expect(stdout).toMatch(/^\[remotive\] ok: fetched 1/m);
    expect(stdout).toMatch(/^\[jobicy\] /m);
  });

  it('refuses --all with sources named, saying why, and exits 2', { timeout: 90_000 }, async () => {
    const { code, stderr } = await npmRun('scrape', ['--all', 'remotive'], {});
    expect(code).toBe(2);
    expect(lines(stderr)[0]).toMatch(/^npm run scrape: --all scrapes every source; name sources or --all, not both/);
  });
});

// Tester's report: `npm run scrape -- --help` answered with Node's own "Unknown option '--help'"
// and its advice about positional arguments, not the command's usage.
describe('npm run scrape -- --help and unknown options', () => {
  it('prints the usage on --help and exits 0', async () => {
    const { code, stdout } = await npmRun('scrape', ['--help'], {});
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: npm run scrape -- <source>/m);
  });

  it('names an unknown option and prints the usage, in two lines, and exits 2', async () => {
    const { code, stderr } = await npmRun('scrape', ['--bogus'], {});
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([
      expect.stringMatching(/^npm run scrape: .*'--bogus'/),
      expect.stringMatching(/^usage: npm run scrape -- /),
    ]);
  });
});

// Adversary's report: `npm run groups -- --explain` with no id, or an unknown option, ended in a
// Node stack trace.
describe('npm run groups with a missing id or an unknown option', () => {
  it.each([[['--explain']], [['--bogus']]])('%j: names the problem and prints the usage, in two lines, and exits 2', async (args) => {
    const { code, stderr } = await npmRun('groups', args, {});
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([expect.stringMatching(/^npm run groups: /), expect.stringMatching(/^usage: npm run groups -- /)]);
  });
});
