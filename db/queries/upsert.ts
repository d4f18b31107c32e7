// Writing postings: one transaction per run, by (source, external id). Unchanged content only
// refreshes last-seen; a changed one is rewritten but keeps its first-seen time (and a posting
// date that was derived from a relative age). Statements are drizzle's, prepared once per
// connection with placeholders: the hot path of every scrape.
import { and, eq, getTableColumns, isNull, lt, lte, or, sql, type Placeholder } from 'drizzle-orm';
import type { ClassifiedPosting } from '../../lib/postings/types';
import type { Db } from '../client';
import { postings } from '../schema';
import { assignGroup, refreshGroupsOfSource, regroupChanged } from './groups';
import { writeOpenToKeys } from './open-to-keys';
import { toPostingRow, type PostingInsert } from './posting-row';

export { bumpDataVersion, readDataVersion } from './data-version';

export type UpsertCounts = { inserted: number; updated: number; unchanged: number };

/** The one column list: the schema's, less the id. */
const INSERT_KEYS = Object.keys(getTableColumns(postings)).filter((k) => k !== 'id') as (keyof PostingInsert)[];
/** Rewritten on a change: all but identity and first sighting. */
const UPDATE_KEYS = INSERT_KEYS.filter((k) => k !== 'firstSeenAt' && k !== 'publicId' && k !== 'source' && k !== 'externalId');
const placeholders = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as Record<string, Placeholder>;

function prepare(db: Db) {
  const byId = eq(postings.id, sql.placeholder('id'));
  return {
    find: db
      .select({
        id: postings.id,
        contentHash: postings.contentHash,
        postedAt: postings.postedAt,
        closedAt: postings.closedAt,
        classifierVersion: postings.classifierVersion,
      })
      .from(postings)
      .where(and(eq(postings.source, sql.placeholder('source')), eq(postings.externalId, sql.placeholder('externalId'))))
      .prepare(),
    insert: db
      .insert(postings)
      .values(placeholders(INSERT_KEYS) as unknown as PostingInsert)
      .prepare(),
    update: db.update(postings).set(placeholders(UPDATE_KEYS)).where(byId).prepare(),
    touch: db
      .update(postings)
      .set(placeholders(['lastSeenAt', 'closedAt']))
      .where(byId)
      .prepare(),
  };
}

const statements = new WeakMap<object, ReturnType<typeof prepare>>();
function prepared(db: Db): ReturnType<typeof prepare> {
  let s = statements.get(db.$client);
  if (!s) statements.set(db.$client, (s = prepare(db)));
  return s;
}

/** Upserts one posting; call inside a transaction. Returns what happened to it. */
export function upsertPosting(db: Db, p: ClassifiedPosting, now: number): keyof UpsertCounts {
  const s = prepared(db);
  const existing = s.find.get({ source: p.source, externalId: p.externalId });
  const boardClosed = p.closedByBoard || (p.expiresAt !== null && p.expiresAt <= now);
  if (!existing) {
    const closedAt = boardClosed ? now : null;
    const id = Number(s.insert.run(toPostingRow(p, { now, postedAt: p.postedAt ?? now, closedAt })).lastInsertRowid);
    assignGroup(db, { ...p, id }, { firstSeenAt: now, closedAt }, now);
    writeOpenToKeys(db, id, p.openTo, { fresh: true });
    return 'inserted';
  }
  // Seen again: open unless the board says it is over; keep the first close time if it is.
  const closedAt = boardClosed ? (existing.closedAt ?? now) : null;
  if (existing.contentHash === p.contentHash && existing.classifierVersion === p.classifierVersion) {
    s.touch.run({ lastSeenAt: now, closedAt, id: existing.id });
    if (closedAt === existing.closedAt) return 'unchanged';
    regroupChanged(db, { ...p, id: existing.id }, now);
    return 'updated';
  }
  const postedAt = p.postedAtApproximate ? (existing.postedAt ?? p.postedAt ?? now) : (p.postedAt ?? existing.postedAt ?? now);
  s.update.run({ ...toPostingRow(p, { now, postedAt, closedAt }), id: existing.id });
  regroupChanged(db, { ...p, id: existing.id }, now);
  writeOpenToKeys(db, existing.id, p.openTo);
  return 'updated';
}

/** Inserts rows as they are, with no lookup: the store's floor, which the bench compares against. */
export function insertPostingRows(db: Db, rows: readonly PostingInsert[]): void {
  const s = prepared(db);
  db.transaction(() => {
    for (const row of rows) s.insert.run(row);
  });
}

/** Every stored row as it would be inserted (the id left out): the bench's raw-insert input. */
export function storedPostingRows(db: Db): PostingInsert[] {
  const { id: _id, ...columns } = getTableColumns(postings);
  return db.select(columns).from(postings).orderBy(postings.id).all() as PostingInsert[];
}

/** Closes a source's open postings not seen for `closeAfterMs`, or past the board's expiry. */
export function closeStalePostings(db: Db, sourceKey: string, now: number, closeAfterMs: number): number {
  const stale = or(lt(postings.lastSeenAt, now - closeAfterMs), lte(postings.expiresAt, now));
  const closed = db
    .update(postings)
    .set({ closedAt: now })
    .where(and(eq(postings.sourceKey, sourceKey), isNull(postings.closedAt), stale))
    .run().changes;
  // A group closes when its last open copy does; until then another open copy represents it.
  if (closed > 0) refreshGroupsOfSource(db, sourceKey, now);
  return closed;
}

/** A 304: every open posting of the source is still there as it was. */
export function touchOpenPostings(db: Db, sourceKey: string, now: number): number {
  return db
    .update(postings)
    .set({ lastSeenAt: now })
    .where(and(eq(postings.sourceKey, sourceKey), isNull(postings.closedAt)))
    .run().changes;
}
