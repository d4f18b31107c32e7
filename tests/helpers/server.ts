import { dirname } from 'node:path';
import type { Db } from '../../db/client';
import { seededDb, tempDbPath } from './seeded';
import { ensureBuilt, startServer, type RunningServer } from '../../scripts/server-harness';

export { ensureBuilt, startServer, type RunningServer };

export type SeededServers = { servers: RunningServer[]; file: string; stop: () => Promise<void> };

export type SeedOptions = {
  /** The time the demo postings are dated from (default: now). */
  now?: number;
  /** Recordings to load instead of the demo's: written into the database's temporary folder, which
   *  is removed with it; returns their folder. */
  fixtures?: (into: string) => string;
  /** What a test adds to or changes in the database before any server reads it. */
  seed?: (db: Db) => void | Promise<void>;
};

/**
 * The production build, one seeded database and a server on it per environment given (each its own
 * process, all reading the same file): the start-up most end-to-end tests share.
 */
export async function seededServers(...envs: Record<string, string>[]): Promise<SeededServers> {
  return startSeededServers(envs);
}

/** seededServers, with the demo dated from `now`, other recordings or the test's own rows. */
export async function startSeededServers(envs: Record<string, string>[], options: SeedOptions = {}): Promise<SeededServers> {
  ensureBuilt();
  const at = tempDbPath();
  let db: Db | undefined;
  let servers: RunningServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    db?.$client.close();
    at.remove();
  };
  // A start-up that fails half-way leaves no server running and no folder behind.
  try {
    ({ db } = await seededDb(options.now, at, options.fixtures?.(dirname(at.file))));
    await options.seed?.(db);
    db.$client.close();
    // Settled, not Promise.all: when one server fails, the others have started and are stopped.
    const started = await Promise.allSettled(envs.map((env) => startServer(at.file, env)));
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    await stop();
    throw error;
  }
  return { servers, file: at.file, stop };
}
