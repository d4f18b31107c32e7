// What a group shows, from its copies: pure, so ingest, closing and --rebuild agree.

export type CopyState = { id: number; source: string; descriptionLength: number; firstSeenAt: number; closedAt: number | null };
export type GroupState = { representativeId: number; firstSeenAt: number; closedAt: number | null; copies: number };

/** The copy the card shows: the fullest open one (ties: earliest first seen, then lowest id), so a
 *  group stays listed while any copy is open; the fullest of all once every copy has closed. */
export function pickRepresentative(copies: readonly CopyState[]): CopyState {
  const open = copies.filter((c) => c.closedAt === null);
  const pool = open.length > 0 ? open : copies;
  return pool.reduce((best, c) =>
    c.descriptionLength > best.descriptionLength ||
    (c.descriptionLength === best.descriptionLength &&
      (c.firstSeenAt < best.firstSeenAt || (c.firstSeenAt === best.firstSeenAt && c.id < best.id)))
      ? c
      : best,
  );
}

export function groupStateOf(copies: readonly CopyState[]): GroupState {
  if (copies.length === 0) throw new Error('a group has at least one copy');
  const open = copies.some((c) => c.closedAt === null);
  return {
    representativeId: pickRepresentative(copies).id,
    firstSeenAt: Math.min(...copies.map((c) => c.firstSeenAt)),
    closedAt: open ? null : Math.max(...copies.map((c) => c.closedAt ?? 0)),
    copies: copies.length,
  };
}

/** Copies on a board that already had a copy of this job: the board showed it again. */
export function repostsOf(copies: readonly { source: string }[]): number {
  return copies.length - new Set(copies.map((c) => c.source)).size;
}

/** A group's public id: from its first copy's, so it never changes as copies join. */
export function groupPublicId(firstCopyPublicId: string): string {
  return `g-${firstCopyPublicId}`;
}

/** The shape of a group's public id: `g-` and a posting's public id (lib/postings/identity.ts),
 *  with a time after it for a group re-founded by a copy that left its first one. */
export function isGroupPublicId(value: string): boolean {
  return /^g-[a-z]+-[A-Za-z0-9_-]{1,64}$/.test(value);
}
