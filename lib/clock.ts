import { env } from './env';

/** The site's "now": the real clock, or RAQMI_NOW when a replay pins one. */
export function siteNow(): number {
  const pinned = env().RAQMI_NOW;
  const ms = pinned ? Date.parse(pinned) : NaN;
  return Number.isFinite(ms) ? ms : Date.now();
}
