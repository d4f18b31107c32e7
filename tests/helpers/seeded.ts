import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client';
import { loadDemo } from '../../scripts/demo-data';

/** A path for a database in a fresh temporary folder. */
export function tempDbPath(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'raqmi-seed-'));
  return { file: join(dir, 'seeded.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A temporary database filled with the demo postings (the project's own fixtures, or the
 *  recordings in `fixtures`, a folder laid out as theirs). */
export async function seededDb(
  now = Date.now(),
  at = tempDbPath(),
  fixtures?: string,
): Promise<{ db: Db; file: string; cleanup: () => void }> {
  await loadDemo(at.file, { now, dir: fixtures });
  const db = createDb(at.file);
  return {
    db,
    file: at.file,
    cleanup: () => {
      db.$client.close();
      at.remove();
    },
  };
}
