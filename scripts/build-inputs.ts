// What `next build` reads, for scripts/ensure-build.ts to tell whether the build is stale: the
// folders the build compiles (the imports of app/, proxy.ts and instrumentation.ts reach app/,
// lib/, db/ and alerts/), its configuration, and the installed packages.
//
// Not server/, worker/ or scripts/ (nor scrapers/, which only the worker imports): they are run
// from source under tsx (scripts/serve.ts loads server/ when it starts), so a change there takes
// effect at the next start; a build would compile the same site again.
// tests/scripts/ensure-build.test.ts checks this list against the build's imports.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_INPUTS = [
  'app',
  'lib',
  'db',
  'alerts',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package.json',
  'tsconfig.json',
] as const;

/** Written beside the build: the installed packages it was made with (dependencyStamp). */
export const DEPENDENCY_STAMP = join('.next', 'raqmi-dependencies');

/**
 * The installed packages, by content: npm's record of node_modules (or the lockfile where there
 * is none). A dependency updated through the lockfile alone leaves package.json as it was; and
 * mtimes cannot tell, since every `npm install` rewrites both files, changed or not, and
 * `npm install && npm start` would then build every time.
 */
export function dependencyStamp(root = '.'): string {
  for (const file of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const path = join(root, file);
    if (existsSync(path)) return createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return 'none';
}
