import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, type Db } from '../../db/client';

/** A real SQLite file in a temporary folder, migrated; removed by cleanup(). */
export function tempDb(): { db: Db; file: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'raqmi-test-'));
  const file = join(dir, 'test.db');
  const db = createDb(file);
  return {
    db,
    file,
    dir,
    cleanup: () => {
      try {
        db.$client.close();
      } catch {
        /* already closed */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
