// npm run db:migrate — applies committed migrations to RAQMI_DB (they also run on every start).
import { closeDb, createDb } from './client';
import { envOrExit } from '../lib/env-or-exit';

const file = envOrExit('npm run db:migrate').RAQMI_DB;
closeDb(createDb(file));
console.log(`migrated ${file}`);
