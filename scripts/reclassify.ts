// npm run reclassify [-- --all] — brings stored postings up to the current classifier.
import { closeDb, createDb } from '../db/client';
import { reclassifyPostings } from '../db/queries/reclassify';
import { env } from '../lib/env';

const db = createDb(env().RAQMI_DB);
const result = reclassifyPostings(db, { all: process.argv.includes('--all') });
console.log(`reclassified ${result.changed} of ${result.checked} postings in ${env().RAQMI_DB}`);
closeDb(db);
