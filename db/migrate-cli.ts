// npm run db:migrate — applies committed migrations to RAQMI_DB (they also run on every start).
import { closeDb } from './client';
import { createDbOrExit } from './open-or-exit';
import { envOrExit } from '../lib/env-or-exit';

const file = envOrExit('npm run db:migrate').RAQMI_DB;
closeDb(createDbOrExit('npm run db:migrate', file));
console.log(`migrated ${file}`);
