// Job groups at ingest: a stored posting joins the group of the same job, found through the
// blocking key index (group_members_key) and lib/grouping's decision against the newest copies
// of that key, never a pass over the table. Joining updates the group from the group row and
// its representative alone, so a job reposted a thousand times costs the same per copy.
// Called inside the run's transaction.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  blockingKey,
  decideSameJob,
  featuresOf,
  groupPublicId,
  groupStateOf,
  pickRepresentative,
  type CopyState,
  type Decision,
  type Features,
} from '../../lib/grouping';
import type { Db } from '../client';
import { groupMembers, jobGroups, postings } from '../schema';

/** Copies of one key compared, newest first: bounds the work for a very common company + title. */
const MAX_CANDIDATES = 10;
/** Features of recently compared copies, so a busy key is not re-shingled per posting. */
const CACHE_SIZE = 20_000;

export type GroupInput = {
  id: number;
  publicId: string;
  source: string;
  title: string;
  company: string;
  location: string;
  searchTitle: string;
  searchBody: string;
  descriptionText: string;
};
type Compared = Pick<GroupInput, 'id' | 'title' | 'company' | 'location' | 'searchTitle' | 'searchBody'>;
const words = (stored: string) => (stored ? stored.split(' ') : []);
/** When it was first seen and whether it is closed now. */
export type Sighting = { firstSeenAt: number; closedAt: number | null };

const p = sql.placeholder;
const copyColumns = {
  id: postings.id,
  source: postings.source,
  descriptionText: postings.descriptionText,
  firstSeenAt: postings.firstSeenAt,
  closedAt: postings.closedAt,
};
// Lengths are measured in JavaScript on every path, so a comparison never mixes two measures.
const toCopyState = ({
  descriptionText,
  ...c
}: {
  id: number;
  source: string;
  descriptionText: string;
  firstSeenAt: number;
  closedAt: number | null;
}): CopyState => ({ ...c, descriptionLength: descriptionText.length });

function prepare(db: Db) {
  return {
    // Every copy of the key, not only representatives: which copy represents a group changes as
    // copies close, and --rebuild must reach the groups ingest reached.
    // From the covering index alone: a posting row is long (its description spills onto overflow
    // pages), so texts are read only for copies whose features are not remembered.
    candidates: db
      .select({ groupId: groupMembers.groupId, id: groupMembers.postingId })
      .from(groupMembers)
      .where(eq(groupMembers.groupKey, p('key')))
      .orderBy(desc(groupMembers.postingId))
      .limit(MAX_CANDIDATES)
      .prepare(),
    compared: db
      .select({
        id: postings.id,
        title: postings.title,
        company: postings.company,
        location: postings.location,
        searchTitle: postings.searchTitle,
        searchBody: postings.searchBody,
      })
      .from(postings)
      .where(eq(postings.id, p('id')))
      .prepare(),
    member: db
      .select({ groupId: groupMembers.groupId, groupKey: groupMembers.groupKey })
      .from(groupMembers)
      .where(eq(groupMembers.postingId, p('id')))
      .prepare(),
    copy: db
      .select(copyColumns)
      .from(postings)
      .where(eq(postings.id, p('id')))
      .prepare(),
    group: db
      .select()
      .from(jobGroups)
      .where(eq(jobGroups.id, p('groupId')))
      .prepare(),
    copies: db
      .select(copyColumns)
      .from(groupMembers)
      .innerJoin(postings, eq(postings.id, groupMembers.postingId))
      .where(eq(groupMembers.groupId, p('groupId')))
      .prepare(),
    createGroup: db
      .insert(jobGroups)
      .values({
        publicId: p('publicId'),
        groupKey: p('key'),
        representativeId: p('id'),
        firstSeenAt: p('firstSeenAt'),
        closedAt: p('closedAt'),
      } as never)
      .prepare(),
    join: db
      .insert(groupMembers)
      .values({
        postingId: p('id'),
        groupId: p('groupId'),
        groupKey: p('key'),
        reason: p('reason'),
        score: p('score'),
        matchedId: p('matchedId'),
        joinedAt: p('now'),
        isCopy: p('isCopy'),
      } as never)
      .prepare(),
    setState: db
      .update(jobGroups)
      .set({
        representativeId: p('representativeId'),
        firstSeenAt: p('firstSeenAt'),
        closedAt: p('closedAt'),
        copies: p('copies'),
      } as never)
      .where(eq(jobGroups.id, p('groupId')))
      .prepare(),
    leave: db
      .delete(groupMembers)
      .where(eq(groupMembers.postingId, p('id')))
      .prepare(),
    dropGroup: db
      .delete(jobGroups)
      .where(eq(jobGroups.id, p('groupId')))
      .prepare(),
    named: db
      .select({ id: jobGroups.id })
      .from(jobGroups)
      .where(eq(jobGroups.publicId, p('publicId')))
      .prepare(),
    markCopy: db
      .update(groupMembers)
      .set({ isCopy: p('isCopy') } as never)
      .where(eq(groupMembers.postingId, p('id')))
      .prepare(),
    markCopies: db
      .update(groupMembers)
      .set({ isCopy: sql`${groupMembers.postingId} != ${p('representativeId')}` })
      .where(eq(groupMembers.groupId, p('groupId')))
      .prepare(),
  };
}

// Features by posting id; a posting's entry is dropped when it changes (regroupChanged).
const prepared = new WeakMap<object, { s: ReturnType<typeof prepare>; cache: Map<number, Features> }>();
function state(db: Db) {
  let st = prepared.get(db.$client);
  if (!st) prepared.set(db.$client, (st = { s: prepare(db), cache: new Map() }));
  return st;
}

/** Drops remembered features (after --rebuild empties the tables). */
export function forgetGroupingCache(db: Db): void {
  prepared.get(db.$client)?.cache.clear();
}

function featuresFor(db: Db, stored: Compared | { id: number }, key?: string): Features {
  const { cache, s } = state(db);
  const hit = cache.get(stored.id);
  if (hit) return hit;
  const row = 'searchBody' in stored ? stored : s.compared.get({ id: stored.id })!;
  const features = featuresOf(
    { title: row.title, company: row.company, location: row.location, descriptionText: '', titleTokens: words(row.searchTitle) },
    words(row.searchBody),
    key,
  );
  cache.set(row.id, features);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return features;
}

/** The best group for a posting with this key (the copy it matched best), or null. */
export function findGroup(db: Db, posting: Compared, key: string): { groupId: number; matchedId: number; decision: Decision } | null {
  const candidates = state(db).s.candidates.all({ key });
  if (candidates.length === 0) return null;
  const own = featuresFor(db, posting, key);
  let best: { groupId: number; matchedId: number; decision: Decision } | null = null;
  for (const c of candidates) {
    if (c.id === posting.id) continue;
    const decision = decideSameJob(own, featuresFor(db, c));
    if (decision.same && (!best || decision.score > best.decision.score)) best = { groupId: c.groupId, matchedId: c.id, decision };
  }
  return best;
}

/** Recomputes a group from all its copies: after a copy changed or closed. */
export function refreshGroup(db: Db, groupId: number): void {
  const { s } = state(db);
  const g = groupStateOf(s.copies.all({ groupId }).map(toCopyState));
  s.setState.run({ groupId, ...g });
  s.markCopies.run({ groupId, representativeId: g.representativeId });
}

/** One more copy: the group changes by what this copy brings, read from the group row and its
 *  representative (the representative is the best of a total order, so this is exact). */
function addCopy(db: Db, groupId: number, copy: CopyState): void {
  const { s } = state(db);
  const group = s.group.get({ groupId })!;
  const current = toCopyState(s.copy.get({ id: group.representativeId })!);
  const rep = pickRepresentative([current, copy]);
  const closedAt = copy.closedAt === null || group.closedAt === null ? null : Math.max(group.closedAt, copy.closedAt);
  s.setState.run({
    groupId,
    representativeId: rep.id,
    firstSeenAt: Math.min(group.firstSeenAt, copy.firstSeenAt),
    closedAt,
    copies: group.copies + 1,
  });
  if (rep.id !== current.id) {
    s.markCopy.run({ id: current.id, isCopy: 1 });
    s.markCopy.run({ id: copy.id, isCopy: 0 });
  }
}

/** Puts a newly stored posting into its group (a new one when no group is the same job). */
export function assignGroup(db: Db, posting: GroupInput, seen: Sighting, now: number, hasLeft = false): void {
  const { s } = state(db);
  const key = blockingKey(posting.title, posting.company, words(posting.searchTitle));
  const found = findGroup(db, posting, key);
  if (!found) {
    const name = groupPublicId(posting.publicId);
    // A posting that started a group and left it (its key changed) leaves that name behind.
    const publicId = hasLeft && s.named.get({ publicId: name }) ? `${name}-${now.toString(36)}` : name;
    const { lastInsertRowid } = s.createGroup.run({
      publicId,
      key,
      id: posting.id,
      firstSeenAt: seen.firstSeenAt,
      closedAt: seen.closedAt,
    });
    s.join.run({ id: posting.id, groupId: Number(lastInsertRowid), key, reason: 'first', score: 1, matchedId: null, now, isCopy: 0 });
    return;
  }
  s.join.run({
    id: posting.id,
    groupId: found.groupId,
    key,
    reason: found.decision.reason,
    score: found.decision.score,
    matchedId: found.matchedId,
    now,
    isCopy: 1,
  });
  addCopy(db, found.groupId, { id: posting.id, source: posting.source, descriptionLength: posting.descriptionText.length, ...seen });
}

/** After a stored posting changed (content, or open / closed): its group follows. A posting whose
 *  company or title changed so that its key did (a "Junior" now "Senior") leaves its group and is
 *  grouped again; a posting stored before grouping existed is grouped now. */
export function regroupChanged(db: Db, posting: GroupInput, now: number): void {
  const { s, cache } = state(db);
  cache.delete(posting.id);
  const member = s.member.get({ id: posting.id });
  if (member && member.groupKey === blockingKey(posting.title, posting.company, words(posting.searchTitle)))
    return refreshGroup(db, member.groupId);
  if (member) leaveGroup(db, posting.id, member.groupId);
  assignGroup(db, posting, s.copy.get({ id: posting.id })!, now, Boolean(member));
}

function leaveGroup(db: Db, postingId: number, groupId: number): void {
  const { s } = state(db);
  s.leave.run({ id: postingId });
  if (s.copies.all({ groupId }).length === 0) s.dropGroup.run({ groupId });
  else refreshGroup(db, groupId);
}

/** After closing a source's stale postings: the groups they belong to follow (once per group
 *  touched by the run, not per posting in the database). */
export function refreshGroupsOfSource(db: Db, sourceKey: string, since: number): void {
  const touched = db
    .selectDistinct({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .innerJoin(postings, eq(postings.id, groupMembers.postingId))
    .where(and(eq(postings.sourceKey, sourceKey), sql`${postings.closedAt} >= ${since}`))
    .all();
  for (const t of touched) refreshGroup(db, t.groupId);
}

/** The posting is not a mere copy in its group (facet-sql's LISTED adds it). A subquery on the
 *  partial index group_members_copies; a posting stored before grouping is its own group. Written
 *  out with the table named, like GROUP_FIRST_SEEN below. */
export const NOT_A_COPY: SQL = sql`"postings"."id" NOT IN (SELECT posting_id FROM group_members WHERE is_copy = 1)`;

/** A listed posting's group first sighting (its own for a posting stored before grouping): one
 *  lookup in the unique index on the representative. Written out, because drizzle leaves column
 *  names unqualified in a select list, where "id" would name the subquery's own table. */
export const GROUP_FIRST_SEEN: SQL<number> = sql<number>`coalesce((SELECT g.first_seen_at FROM job_groups g WHERE g.representative_id = "postings"."id"), "postings"."first_seen_at")`;
