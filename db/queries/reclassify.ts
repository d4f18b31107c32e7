// Re-runs the classify stage over stored postings whose classifier version is not the current
// one: from the row back to the normalised posting (with the board's declared language), through
// lib/postings/classify.ts, and only the columns that stage owns are written.
import { and, asc, eq, gt, ne } from 'drizzle-orm';
import { classifyNormalised, RULES_VERSION } from '../../lib/postings/classify';
import { boardDefaultsOf } from '../../lib/sources';
import type { Db } from '../client';
import { postings } from '../schema';
import { bumpDataVersion } from './data-version';
import { classifiedColumns, normalisedFromRow } from './posting-row';
import { writeOpenToKeys } from './open-to-keys';

export function reclassifyPostings(db: Db, options: { all?: boolean; batch?: number } = {}): { checked: number; changed: number } {
  let last = 0,
    checked = 0,
    changed = 0;
  for (;;) {
    const stale = options.all ? undefined : ne(postings.classifierVersion, RULES_VERSION);
    const rows = db
      .select()
      .from(postings)
      .where(and(gt(postings.id, last), stale))
      .orderBy(asc(postings.id))
      .limit(options.batch ?? 1000)
      .all();
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const r of rows) {
        const classified = classifyNormalised(normalisedFromRow(r), boardDefaultsOf(r.source));
        changed += db.update(postings).set(classifiedColumns(classified)).where(eq(postings.id, r.id)).run().changes;
        writeOpenToKeys(db, r.id, classified.openTo);
      }
    });
    checked += rows.length;
    last = rows[rows.length - 1]!.id;
  }
  if (changed) bumpDataVersion(db);
  return { checked, changed };
}
