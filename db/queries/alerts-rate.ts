// Fixed-window counters for sign-ups. Keys arrive already hashed (lib/alerts/rate.ts): neither a
// client address nor an email is ever stored here.
import type { Db } from '../client';

/** Counts one hit; true while the window's count stays within `limit`. */
export function hitRateLimit(db: Db, key: string, windowMs: number, limit: number, now: number): boolean {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const row = db.$client
    .prepare('INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1) ON CONFLICT(key, window_start) DO UPDATE SET count = count + 1 RETURNING count')
    .get(key, windowStart) as { count: number };
  return row.count <= limit;
}

export function sweepRateLimits(db: Db, now: number, maxAgeMs: number): number {
  return db.$client.prepare('DELETE FROM rate_limits WHERE window_start < ?').run(now - maxAgeMs).changes;
}
