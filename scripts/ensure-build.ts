// `npm start`'s prestart: builds the site when there is no build, or when what the build reads
// (scripts/build-inputs.ts: the sources it compiles, its configuration, the installed packages)
// changed since, and applies migrations (when it may write the database), so
// `npm install && npm start` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canWriteDb, closeDb } from '../db/client';
import { createDbOrExit } from '../db/open-or-exit';
import { envOrExit } from '../lib/env-or-exit';
import { BUILD_INPUTS, DEPENDENCY_STAMP, dependencyStamp } from './build-inputs';

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

// Before a build of a minute: a bad setting stops `npm start` here, in one line.
const config = envOrExit('npm start', { port: true });

const buildId = join('.next', 'BUILD_ID');
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const packages = dependencyStamp();
// A build from before the stamp existed is rebuilt once: what it was made with is unknown.
const builtWith = existsSync(DEPENDENCY_STAMP) ? readFileSync(DEPENDENCY_STAMP, 'utf8') : undefined;
if (builtAt === 0 || builtWith !== packages || BUILD_INPUTS.some((r) => newest(r) > builtAt)) {
  console.log('building the site (next build)…');
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  // After the build, which empties .next first.
  writeFileSync(DEPENDENCY_STAMP, packages);
}
// The writer's step: a read-only database (a replica, a read-only mount) is served as it is.
if (canWriteDb(config.RAQMI_DB)) closeDb(createDbOrExit('npm start', config.RAQMI_DB));
else console.log(`${config.RAQMI_DB} is read-only: served without migrating`);
