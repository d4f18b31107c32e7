// npm run reclassify [-- --all] — brings stored postings up to the current classifier.
import { closeDb, createDb } from '../db/client';
import { reclassifyPostings } from '../db/queries/reclassify';
import { envOrExit } from '../lib/env-or-exit';

const config = envOrExit('npm run reclassify');
const db = createDb(config.RAQMI_DB);
const result = reclassifyPostings(db, { all: process.argv.includes('--all') });
console.log(`reclassified ${result.changed} of ${result.checked} postings in ${config.RAQMI_DB}`);
closeDb(db);
