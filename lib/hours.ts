// The hour the site renders for, and "posted within N days" measured by it. Pages, feeds and the
// page cache (server/cached-handler.ts) depend on the clock only through the UTC hour, so that a
// body depends on its URL, the data version and the hour alone and can be cached and shared.

export const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The start of the UTC hour holding `now`. */
export function startOfHour(now: number): number {
  return now - (now % HOUR);
}

/**
 * The oldest posting date that "posted within `days` days" admits: the end of the current UTC
 * hour less `days`, so now − days rounded up to a whole hour. Rounded up, it never admits a
 * posting older than asked (one up to an hour younger waits for the next hour); and it is the
 * same all hour long, so the pages and feeds (which read the hour's start) and the API (which
 * reads the real clock) pick the same postings, and an hour's cached page stays right.
 */
export function postedWithinCutoff(days: number, now: number): number {
  return startOfHour(now) + HOUR - days * DAY;
}
