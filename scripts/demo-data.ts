// Fills a fresh database by replaying the project's own fixture recordings
// (tests/fixtures/demo), then moves every date so that the newest posting is from today: the
// demo's "3 days ago" and "posted within 7 days" stay true whenever it runs.
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeDb, createDb } from '../db/client';
import { shiftAllDates } from '../db/queries/shift-dates';
import { allTargets } from '../scrapers/registry';
import { scrapeTargets } from '../scrapers/scrape';
import type { RunResult } from '../scrapers/types';

export const DEMO_DIR = resolve(fileURLToPath(import.meta.url), '../../tests/fixtures/demo');

type DemoManifest = { referenceTime: string; atsBoards: string };

export function readDemoManifest(dir = DEMO_DIR): DemoManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as DemoManifest;
}

/** Creates `file` anew with the demo postings; returns the runs. */
export async function loadDemo(file: string, options: { now?: number; dir?: string } = {}): Promise<RunResult[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const dir = options.dir ?? DEMO_DIR;
  const manifest = readDemoManifest(dir);
  const db = createDb(file);
  try {
    const results = await scrapeTargets(allTargets(manifest.atsBoards), { db, replayDir: dir, now: manifest.referenceTime });
    shiftAllDates(db, (options.now ?? Date.now()) - Date.parse(manifest.referenceTime));
    return results;
  } finally {
    closeDb(db);
  }
}
