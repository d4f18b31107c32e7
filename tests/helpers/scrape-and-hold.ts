// Test-only child process for the crash test: scrapes remotive from a replay folder and, once its
// postings transaction is open, says so on stdout and blocks there until the test kills it.
// Production code only offers the onTransactionOpen hook; the marker and the wait live here.
import { pathToFileURL } from 'node:url';
import { closeDb, createDb } from '../../db/client';
import { scrapeTargets } from '../../scrapers/scrape';

export const TX_OPEN_MARKER = 'RAQMI_TX_OPEN';

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
const [file, replayDir, now] = process.argv.slice(2);
if (isMain && file && replayDir && now) {
  const db = createDb(file);
  await scrapeTargets([{ key: 'remotive', source: 'remotive' }], {
    db,
    replayDir,
    now,
    onTransactionOpen: () => {
      process.stdout.write(`${TX_OPEN_MARKER}\n`);
      // Synchronous on purpose: the transaction must stay open, and no event can run meanwhile.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    },
  });
  closeDb(db);
}
