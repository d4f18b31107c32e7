// npm run db:migrate — applies committed migrations to RAQMI_DB (they also run on every start).
import { closeDb, createDb } from './client';
import { env } from '../lib/env';

const file = env().RAQMI_DB;
closeDb(createDb(file));
console.log(`migrated ${file}`);
