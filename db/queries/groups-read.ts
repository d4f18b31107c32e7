// Reading job groups: every copy of a posting's job for its page and the API, the account
// `npm run groups -- --explain` prints, and the posting a feed item's id (/groups/<id>) leads to.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { groupPublicId, isGroupPublicId, repostsOf } from '../../lib/grouping';
import type { Db } from '../client';
import { groupMembers, jobGroups, postings } from '../schema';

export type GroupCopy = {
  publicId: string;
  source: string;
  url: string;
  applyUrl: string | null;
  firstSeenAt: number;
  closedAt: number | null;
  isRepresentative: boolean;
  reason: string;
  score: number;
  matchedPublicId: string | null;
};
export type GroupView = {
  publicId: string;
  key: string;
  firstSeenAt: number;
  closedAt: number | null;
  reposts: number;
  copies: GroupCopy[];
};

/** The group of a posting (by the posting's public id) with all its copies, first seen first;
 *  undefined for a posting stored before grouping, which is its own group. */
export function getGroupOfPosting(db: Db, postingPublicId: string): GroupView | undefined {
  const row = db
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .innerJoin(postings, eq(postings.id, groupMembers.postingId))
    .where(eq(postings.publicId, postingPublicId))
    .get();
  return row ? getGroup(db, row.groupId) : undefined;
}

export function getGroup(db: Db, groupId: number): GroupView | undefined {
  const group = db.select().from(jobGroups).where(eq(jobGroups.id, groupId)).get();
  if (!group) return undefined;
  const members = db
    .select({
      id: postings.id,
      publicId: postings.publicId,
      source: postings.source,
      url: postings.url,
      applyUrl: postings.applyUrl,
      firstSeenAt: postings.firstSeenAt,
      closedAt: postings.closedAt,
      reason: groupMembers.reason,
      score: groupMembers.score,
      matchedId: groupMembers.matchedId,
    })
    .from(groupMembers)
    .innerJoin(postings, eq(postings.id, groupMembers.postingId))
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(postings.firstSeenAt), asc(postings.id))
    .all();
  const publicIds = new Map(members.map((m) => [m.id, m.publicId]));
  return {
    publicId: group.publicId,
    key: group.groupKey,
    firstSeenAt: group.firstSeenAt,
    closedAt: group.closedAt,
    reposts: repostsOf(members),
    copies: members.map((m) => ({
      publicId: m.publicId,
      source: m.source,
      url: m.url,
      applyUrl: m.applyUrl,
      firstSeenAt: m.firstSeenAt,
      closedAt: m.closedAt,
      isRepresentative: m.id === group.representativeId,
      reason: m.reason,
      score: m.score,
      matchedPublicId: m.matchedId === null ? null : (publicIds.get(m.matchedId) ?? null),
    })),
  };
}

/** The public id of the posting a group stands for (its representative), by the group's public id:
 *  where a feed item's id (`/groups/<id>`) leads. A posting stored before grouping is its own group,
 *  `g-<its public id>`, as feeds name it; undefined for no such group. */
export function representativeOfGroup(db: Db, groupId: string): string | undefined {
  if (!isGroupPublicId(groupId)) return undefined;
  const grouped = db
    .select({ publicId: postings.publicId })
    .from(jobGroups)
    .innerJoin(postings, eq(postings.id, jobGroups.representativeId))
    .where(eq(jobGroups.publicId, groupId))
    .orderBy(desc(jobGroups.id))
    .get();
  if (grouped) return grouped.publicId;
  return db
    .select({ publicId: postings.publicId })
    .from(postings)
    .leftJoin(groupMembers, eq(groupMembers.postingId, postings.id))
    .where(and(eq(postings.publicId, groupId.slice(2)), isNull(groupMembers.postingId)))
    .get()?.publicId;
}

/** A copy as a card tells of it: its board, where it is, when it was first seen and whether it has closed. */
export type CardCopy = { source: string; url: string; firstSeenAt: number; closedAt: number | null };
export type GroupSummary = { groupId: string; firstSeenAt: number; copies: CardCopy[] };

/** For a page of listed postings (representatives): their groups' ids and copies, in one query.
 *  A posting with no group (stored before grouping) is reported as its own group. */
export function groupSummaries(db: Db, postingIds: readonly number[]): Map<number, GroupSummary> {
  const out = new Map<number, GroupSummary>();
  if (postingIds.length === 0) return out;
  const rows = db
    .select({
      repId: jobGroups.representativeId,
      groupId: jobGroups.publicId,
      groupFirstSeen: jobGroups.firstSeenAt,
      source: postings.source,
      url: postings.url,
      firstSeenAt: postings.firstSeenAt,
      closedAt: postings.closedAt,
    })
    .from(jobGroups)
    .innerJoin(groupMembers, eq(groupMembers.groupId, jobGroups.id))
    .innerJoin(postings, eq(postings.id, groupMembers.postingId))
    .where(inArray(jobGroups.representativeId, [...postingIds]))
    .orderBy(asc(postings.firstSeenAt), asc(postings.id))
    .all();
  for (const r of rows) {
    let g = out.get(r.repId);
    if (!g) out.set(r.repId, (g = { groupId: r.groupId, firstSeenAt: r.groupFirstSeen, copies: [] }));
    g.copies.push({ source: r.source, url: r.url, firstSeenAt: r.firstSeenAt, closedAt: r.closedAt });
  }
  return out;
}

export type CardGroup = { id: string; firstSeenAt: number; copies: CardCopy[] };

/** Cards (group representatives) with their group: its stable id, true first sighting and every
 *  copy. A posting stored before grouping is its own group, under the id grouping would give it. */
export function withGroups<T extends { id: number; publicId: string; source: string; url: string; firstSeenAt: number }>(
  db: Db,
  cards: readonly T[],
): (T & { group: CardGroup })[] {
  const groups = groupSummaries(
    db,
    cards.map((c) => c.id),
  );
  return cards.map((c) => {
    const g = groups.get(c.id);
    const group = g
      ? { id: g.groupId, firstSeenAt: g.firstSeenAt, copies: g.copies }
      : {
          id: groupPublicId(c.publicId),
          firstSeenAt: c.firstSeenAt,
          copies: [{ source: c.source, url: c.url, firstSeenAt: c.firstSeenAt, closedAt: null }],
        };
    return { ...c, group };
  });
}
