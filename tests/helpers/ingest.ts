// Generated postings (bench/generate.ts) through the real pipeline into a database, in one transaction.
import type { Db } from '../../db/client';
import { bumpDataVersion } from '../../db/queries/data-version';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import type { Generated } from '../../bench/generate';

export function ingestGenerated(db: Db, generated: readonly Generated[], now: number): void {
  db.$client.transaction(() => {
    for (const g of generated) upsertPosting(db, preparePosting(g.posting, { source: g.source, sourceKey: g.source }), now);
    bumpDataVersion(db);
  })();
}
