import { env } from './env';
import { startOfHour } from './hours';

/** The site's "now": the real clock, or RAQMI_NOW (validated by lib/env.ts) when a replay pins one. */
export function siteNow(): number {
  const pinned = env().RAQMI_NOW;
  return pinned ? Date.parse(pinned) : Date.now();
}

/** The time pages are rendered for: the start of the UTC hour, so a page's body depends only on
 *  its URL, the data version and the hour, and a rendered page can be cached and shared. */
export function pageNow(): number {
  return startOfHour(siteNow());
}
