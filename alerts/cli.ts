// npm run alerts [-- --now] — one digest pass now. `--now` sends to every confirmed subscription
// whatever its frequency (operators, tests); without it only the subscriptions that are due.
// Prints counts only, never an address.
import { createDbOrExit } from '../db/open-or-exit';
import { countSubscriptions } from '../db/queries/alerts';
import { envOrExit } from '../lib/env-or-exit';
import { siteNow } from '../lib/clock';
import { alertContext, mailerFromEnv } from './config';
import { formatSummary } from './job';
import { runDigests } from './run-digests';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--now');
  if (unknown.length) {
    console.error(`unknown argument(s): ${unknown.join(' ')}\nusage: npm run alerts [-- --now]`);
    process.exit(2);
  }
  // Mails link to the site: PORT counts when RAQMI_PUBLIC_URL is unset.
  const config = envOrExit('npm run alerts', { origin: true });
  const db = createDbOrExit('npm run alerts', config.RAQMI_DB);
  const mailer = mailerFromEnv();
  try {
    const summary = await runDigests({ db, mailer, ...alertContext(db), now: siteNow(), force: args.includes('--now') });
    const { confirmed, all } = countSubscriptions(db);
    console.log(
      `${mailer.kind === 'outbox' ? `outbox ${config.RAQMI_OUTBOX}` : 'smtp'}: ${formatSummary(summary)}; ${confirmed} confirmed subscriptions, ${all - confirmed} awaiting confirmation`,
    );
    if (summary.failed) process.exitCode = 1;
  } finally {
    mailer.close();
    db.$client.close();
  }
}

void main();
