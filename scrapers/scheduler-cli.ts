// npm run scheduler — the scrape scheduler on its own, without the site (the site's
// `npm start` also starts it unless RAQMI_SCHEDULER=off).
import { env } from '../lib/env';
import { closeDb, createDb } from '../db/client';
import { startScheduler } from './scheduler';

const config = env();
const db = createDb(config.RAQMI_DB);
const scheduler = startScheduler({ db, atsBoards: config.RAQMI_ATS_BOARDS });
console.log(`scheduler running on ${config.RAQMI_DB}; Ctrl-C to stop`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void scheduler.stop().then(() => {
      closeDb(db);
      process.exit(0);
    });
  });
}
