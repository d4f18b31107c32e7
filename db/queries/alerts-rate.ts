// Fixed-window counters for sign-ups. Keys arrive already hashed (alerts/signup.ts): neither a
// client address nor an email is ever stored here.
import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rateLimits } from '../schema';

/** The fixed window `now` falls in: windows of an hour or a day start on the UTC clock's hour or
 *  day, and the count starts again at `end`, whenever the first hit came. */
export function rateWindow(now: number, windowMs: number): { start: number; end: number } {
  const start = Math.floor(now / windowMs) * windowMs;
  return { start, end: start + windowMs };
}

/** Counts one hit; true while the window's count stays within `limit`. */
export function hitRateLimit(db: Db, key: string, windowMs: number, limit: number, now: number): boolean {
  const windowStart = rateWindow(now, windowMs).start;
  const row = db
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`${rateLimits.count} + 1` } })
    .returning({ count: rateLimits.count })
    .get();
  return row.count <= limit;
}

export function sweepRateLimits(db: Db, now: number, maxAgeMs: number): number {
  return db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, now - maxAgeMs))
    .run().changes;
}
