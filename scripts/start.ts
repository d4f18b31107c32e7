// npm start: validates the environment (a bad value stops here, before anything runs), then starts
// the web server (scripts/serve.ts on PORT) and, unless RAQMI_SCHEDULER=off or the database is
// read-only, the worker process that runs the scrapers and every other scheduled job
// (worker/main.ts). Ctrl-C or SIGTERM stops both. `prestart` (scripts/ensure-build.ts) has built
// the site and applied migrations.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canWriteDb } from '../db/client';
import { env, port, publicOrigin } from '../lib/env';
import { publicUrlWarning } from '../lib/public-url-warning';
import { onLauncherGone } from '../lib/launcher';
import { startSupervisor, type Command } from './supervisor';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Ingest allocates many short-lived objects per posting (tokens, shingles, sanitised HTML): V8's
// default 16 MB young generation promotes them to the old space, and GC took ~9% of an ingest
// profile. 32 MB gave 1,034 against 973 postings/s in one 100,000-posting profile run (single
// runs vary by ~10%). The same flag is on `npm run worker`, `npm run scrape` and `npm run bench`
// (package.json), so the bench measures what the worker runs.
const INGEST_NODE_FLAGS = ['--max-semi-space-size=32'];

function workerCommand(): Command | undefined {
  const config = env();
  if (config.RAQMI_SCHEDULER === 'off') {
    console.log('[start] RAQMI_SCHEDULER=off: no worker');
    return undefined;
  }
  if (!canWriteDb(config.RAQMI_DB)) {
    console.warn(`[start] ${config.RAQMI_DB} is read-only: no worker`);
    return undefined;
  }
  return { command: process.execPath, args: [...INGEST_NODE_FLAGS, '--import', 'tsx', 'worker/main.ts'], cwd: ROOT };
}

function main(): void {
  const config = env();
  const serverPort = port();
  // The server below listens on every interface (no -H): only the operator's NODE_ENV can tell.
  const warning = publicUrlWarning({
    publicUrl: config.RAQMI_PUBLIC_URL,
    origin: publicOrigin(),
    nodeEnv: config.NODE_ENV,
    host: undefined,
  });
  if (warning) console.warn(`[start] ${warning}`);
  const supervisor = startSupervisor({
    web: {
      command: process.execPath,
      args: ['--import', 'tsx', 'scripts/serve.ts', '-p', String(serverPort)],
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    },
    worker: workerCommand(),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void supervisor.stop());
  onLauncherGone(() => void supervisor.stop());
  void supervisor.done.then((code) => process.exit(code));
}

try {
  main();
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
}
