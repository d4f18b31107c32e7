import { env } from '../lib/env';
import { getDb } from '../db/queries/connection';
import { startScheduler } from './scheduler';

let started = false;

/** Starts the scheduler inside the site's server process, once, unless RAQMI_SCHEDULER=off. */
export function startAppScheduler(): void {
  const config = env();
  if (started || config.RAQMI_SCHEDULER === 'off') return;
  started = true;
  try {
    startScheduler({ db: getDb(), atsBoards: config.RAQMI_ATS_BOARDS });
  } catch (error) {
    // A bad ATS configuration must not take the site down with it.
    console.error(`[scheduler] not started: ${(error as Error).message}`);
  }
}
