// npm run demo — the site on a fresh database filled from the project's own fixture
// recordings: a working site at once, without network. `npm run demo -- --load-only` only fills
// the database (RAQMI_DEMO_DB, default data/demo.db).
import { spawn } from 'node:child_process';
import { loadDemo } from './demo-data';
import { envOrExit } from '../lib/env-or-exit';
import { onLauncherGone } from '../lib/launcher';

// PORT is checked here too: the site starts only after the database is filled.
const loadOnly = process.argv.includes('--load-only');
const file = envOrExit('npm run demo', { port: !loadOnly }).RAQMI_DEMO_DB;
const results = await loadDemo(file);
const postings = results.reduce((n, r) => n + r.inserted, 0);
console.log(`demo database ${file}: ${postings} postings from ${results.length} sources`);
if (!loadOnly) {
  const child = spawn('npm', ['start'], {
    stdio: 'inherit',
    env: { ...process.env, RAQMI_DB: file, RAQMI_SCHEDULER: 'off', NEXT_TELEMETRY_DISABLED: '1' },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  // The site is the child's: a signal to the demo stops it too, and the demo's exit follows.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));
  onLauncherGone(() => stop('SIGTERM'));
}
