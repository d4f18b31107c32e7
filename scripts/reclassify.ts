// npm run reclassify [-- --all] — brings stored postings up to the current classifier.
import { closeDb } from '../db/client';
import { createDbOrExit } from '../db/open-or-exit';
import { reclassifyPostings } from '../db/queries/reclassify';
import { envOrExit } from '../lib/env-or-exit';

const config = envOrExit('npm run reclassify');
const db = createDbOrExit('npm run reclassify', config.RAQMI_DB);
const result = reclassifyPostings(db, { all: process.argv.includes('--all') });
console.log(`reclassified ${result.changed} of ${result.checked} postings in ${config.RAQMI_DB}`);
closeDb(db);
