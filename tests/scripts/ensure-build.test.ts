// `npm start`'s prestart (scripts/ensure-build.ts) builds the site when the build is stale.
// Regression: a dependency updated through package-lock.json alone (package.json unchanged) kept
// the build made with the old packages. And the list of what the build reads is checked against
// the build's own imports: server/ is not among them (scripts/serve.ts runs it from source), so
// a change there needs a restart, not a build.
// Each case runs the script as npm does, in a small project of its own, with `npx` replaced by a
// stand-in that only records that a build was asked for.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_INPUTS } from '../../scripts/build-inputs';

const ROOT = resolve(__dirname, '../..');
const HOUR_AGO = Date.now() / 1000 - 3600;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const SOURCES = ['app/page.tsx', 'lib/a.ts', 'db/a.ts', 'alerts/a.ts', 'server/a.ts', 'worker/a.ts', 'scripts/a.ts', 'scrapers/a.ts'];
const FILES = ['proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json', 'tsconfig.json'];
const LOCKS = ['package-lock.json', 'node_modules/.package-lock.json'];

/** A project whose files all predate its build, built once by the script itself. */
function builtProject(): { dir: string; write: (file: string, text?: string) => void; start: () => boolean } {
  const dir = mkdtempSync(join(process.env.RAQMI_TEST_TMP ?? tmpdir(), 'raqmi-build-'));
  dirs.push(dir);
  const write = (file: string, text = `// ${file}\n`) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  for (const file of [...SOURCES, ...FILES]) write(file, file.endsWith('.json') ? '{}\n' : undefined);
  for (const file of LOCKS) write(file, '{"packages":{"node_modules/next":{"version":"16.4.6"}}}\n');
  // `--import tsx` is resolved from the working directory.
  symlinkSync(join(ROOT, 'node_modules/tsx'), join(dir, 'node_modules/tsx'));
  write('bin/npx', '#!/bin/sh\necho "next build asked for"\nrm -rf .next && mkdir .next && echo id > .next/BUILD_ID\n');
  chmodSync(join(dir, 'bin/npx'), 0o755);
  for (const file of [...SOURCES, ...FILES, ...LOCKS]) utimesSync(join(dir, file), HOUR_AGO, HOUR_AGO);
  /** Runs the script; whether it asked for a build. */
  const start = () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ensure-build.ts')], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, RAQMI_DB: join(dir, 'data/raqmi.db') },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout.includes('next build asked for');
  };
  expect(start()).toBe(true);
  return { dir, write, start };
}

describe('npm start’s build check', () => {
  it('builds when there is no build, and not again when nothing changed', () => {
    expect(builtProject().start()).toBe(false);
  });

  it.each(['app/page.tsx', 'lib/a.ts', 'db/a.ts', 'alerts/a.ts', ...FILES])('rebuilds after a change to %s', (file) => {
    const project = builtProject();
    project.write(file, file.endsWith('.json') ? '{"changed":true}\n' : '// changed\n');
    expect(project.start()).toBe(true);
  });

  it('rebuilds when an install changed the packages, though package.json did not change', () => {
    const project = builtProject();
    for (const file of LOCKS) project.write(file, '{"packages":{"node_modules/next":{"version":"16.5.0"}}}\n');
    expect(project.start()).toBe(true);
  });

  it('does not rebuild after an install that changed nothing, though it rewrote the lockfiles', () => {
    const project = builtProject();
    for (const file of LOCKS) project.write(file, readFileSync(join(project.dir, file), 'utf8'));
    expect(project.start()).toBe(false);
  });

  it('does not rebuild for server/, worker/, scripts/ or scrapers/: they run from source', () => {
    const project = builtProject();
    for (const file of ['server/a.ts', 'worker/a.ts', 'scripts/a.ts', 'scrapers/a.ts']) project.write(file, '// changed\n');
    expect(project.start()).toBe(false);
  });
});

/** The files of this repository the build compiles: the relative imports from its entry points. */
function compiledFiles(): string[] {
  const entries = ['proxy.ts', 'instrumentation.ts', ...filesUnder('app')].map((f) => join(ROOT, f));
  const seen = new Set<string>();
  const resolveImport = (from: string, spec: string) =>
    ['', '.ts', '.tsx', '.js', '.json', '/index.ts']
      .map((ext) => resolve(dirname(from), spec) + ext)
      .find((p) => existsSync(p) && statSync(p).isFile());
  for (let file = entries.pop(); file; file = entries.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)) {
      const target = resolveImport(file, spec!);
      if (target) entries.push(target);
    }
  }
  return [...seen].map((f) => relative(ROOT, f));
}

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((f) => join(folder, f))
    .filter((f) => /\.(tsx?|css)$/.test(f));
}

describe('what the build reads', () => {
  it('lists every folder and file the build compiles, and nothing it does not', () => {
    const tops = new Set(compiledFiles().map((f) => f.split('/')[0]));
    const sources = BUILD_INPUTS.filter((input) => !['next.config.js', 'package.json', 'tsconfig.json'].includes(input));
    expect([...tops].sort()).toEqual([...sources].sort());
  });
});
