import { env } from './env';

/** The site's "now": the real clock, or RAQMI_NOW (validated by lib/env.ts) when a replay pins one. */
export function siteNow(): number {
  const pinned = env().RAQMI_NOW;
  return pinned ? Date.parse(pinned) : Date.now();
}
