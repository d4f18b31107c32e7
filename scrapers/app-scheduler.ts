import { env } from '../lib/env';
import { migrateDb } from '../db/client';
import { getDb, isSiteReadOnly } from '../db/queries/connection';
import { startScheduler } from './scheduler';

let started = false;

/**
 * Starts the scheduler inside the site's server process, once, unless RAQMI_SCHEDULER=off or the
 * database is read-only (nothing to write to). The scheduler is a writer: it migrates first.
 */
export function startAppScheduler(): void {
  const config = env();
  if (started || config.RAQMI_SCHEDULER === 'off') return;
  started = true;
  if (isSiteReadOnly()) {
    console.warn(`[scheduler] not started: ${config.RAQMI_DB} is read-only`);
    return;
  }
  try {
    migrateDb(getDb());
    startScheduler({ db: getDb(), atsBoards: config.RAQMI_ATS_BOARDS });
  } catch (error) {
    // A bad ATS configuration must not take the site down with it.
    console.error(`[scheduler] not started: ${(error as Error).message}`);
  }
}
