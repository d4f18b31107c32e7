import { seededDb } from './seeded';
import { ensureBuilt, startServer, type RunningServer } from '../../scripts/server-harness';

export { ensureBuilt, startServer, type RunningServer };

export type SeededServers = { servers: RunningServer[]; file: string; stop: () => Promise<void> };

/**
 * The production build, one seeded database and a server on it per environment given (each its own
 * process, all reading the same file): the start-up most end-to-end tests share.
 */
export async function seededServers(...envs: Record<string, string>[]): Promise<SeededServers> {
  ensureBuilt();
  const seeded = await seededDb();
  seeded.db.$client.close();
  const servers = await Promise.all(envs.map((env) => startServer(seeded.file, env)));
  return {
    servers,
    file: seeded.file,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
      seeded.cleanup();
    },
  };
}
