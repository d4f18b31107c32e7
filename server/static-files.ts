// The paths Next serves as files, as they are: what public/ holds when the server starts (Next
// lists that folder once at start too) and the app's own file routes. Only these bypass the page
// layer; a path is never taken for a file by its look, since `/jobs/mostaql-1.5` is a job's page.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

// app/icon.svg, the /favicon.ico rewrite to it (next.config.js) and app/robots.ts.
const APP_FILES = ['/icon.svg', '/favicon.ico', '/robots.txt'];

/** The files under `dir`, as paths relative to it with `/` between folders; none if it is absent. */
function filesUnder(dir: string, prefix = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(dir, path);
    return entry.isFile() ? [path] : [];
  });
}

/** Every URL path Next answers from a file, for a project rooted at `root`. */
export function listStaticFiles(root: string): ReadonlySet<string> {
  return new Set([...APP_FILES, ...filesUnder(join(root, 'public'))]);
}
