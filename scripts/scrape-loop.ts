// Test-only writer for the load test: replays the given recording folders one after another
// into RAQMI_DB until --seconds have passed, printing each run's status.
import { parseArgs } from 'node:util';
import { closeDb, createDb } from '../db/client';
import { envOrExit } from '../lib/env-or-exit';
import { scrapeTargets } from '../scrapers/scrape';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seconds: { type: 'string', default: '30' } } });
const until = Date.now() + Number(values.seconds) * 1000;
const db = createDb(envOrExit('scrape-loop').RAQMI_DB);
let runs = 0;
while (Date.now() < until) {
  for (const dir of positionals) {
    const [result] = await scrapeTargets([{ key: 'remotive', source: 'remotive' }], { db, replayDir: dir });
    runs++;
    console.log(`run ${runs}: ${result?.status} +${result?.inserted} ~${result?.updated}${result?.error ? ` ${result.error}` : ''}`);
    // A breath between runs: back-to-back 2,000-posting rewrites are already far busier than any
    // real schedule (each board is scraped at most hourly).
    await new Promise((r) => setTimeout(r, 1000));
    if (Date.now() >= until) break;
  }
}
closeDb(db);
