// When a subscription is due: daily ones after each 07:00 UTC, weekly ones after each Monday
// 07:00 UTC. A subscription is due when its last check is older than the latest slot, so a run
// missed while the process was down is caught up once (one digest, whatever the number of
// slots missed), and a re-run in the same slot finds nothing due.
import type { Frequency } from './messages';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
export const DIGEST_HOUR_UTC = 7;
/** node-cron expressions (UTC): the daily pass; the weekly one falls on the same minute on Mondays. */
export const DIGEST_CRON = { daily: '0 7 * * *', weekly: '0 7 * * 1' } as const;

export function latestSlot(frequency: Frequency, now: number): number {
  const today = Math.floor(now / DAY) * DAY + DIGEST_HOUR_UTC * HOUR;
  const daily = today <= now ? today : today - DAY;
  if (frequency === 'daily') return daily;
  // getUTCDay: 0 = Sunday, 1 = Monday.
  const back = (new Date(daily).getUTCDay() + 6) % 7;
  return daily - back * DAY;
}

export function isDue(frequency: Frequency, lastCheckedAt: number, now: number): boolean {
  return lastCheckedAt < latestSlot(frequency, now);
}
