// runDigests: one digest pass. For each confirmed subscription whose time has come (or every
// confirmed one with `force`, for `npm run alerts -- --now`): the open postings of its view first
// seen since its last digest, minus what the ledger says it already got; nothing new, no mail.
// Identical views are queried once. Also sweeps sign-ups left unconfirmed for 7 days.
import type { Db } from '../db/client';
import { confirmedSubscriptions, sweepUnconfirmed, deleteSubscription, type Subscription } from '../db/queries/alerts';
import {
  beginDigest,
  markChecked,
  markDigestFailed,
  markDigestSent,
  markUnknownDigests,
  newPostingsForView,
  sentKeys,
  type NewJob,
} from '../db/queries/alerts-digest';
import { sweepRateLimits } from '../db/queries/alerts-rate';
import { composeDigest, MAX_DIGEST_JOBS } from '../lib/alerts/digest';
import { isDue } from '../lib/alerts/schedule';
import { CONFIRM_TTL_MS, signToken } from '../lib/alerts/tokens';
import { viewFilters } from '../lib/alerts/view';
import type { Mailer } from './mailer';

const HOUR = 60 * 60 * 1000;
/**
 * A scrape stamps first-seen with its start time but commits minutes later: looking a day back
 * from the last digest catches postings committed after it; the ledger drops the ones already sent.
 */
const LOOKBACK_MS = 24 * HOUR;

export type DigestDeps = { db: Db; mailer: Mailer; secret: string; origin: string; now: number; force?: boolean };
export type DigestSummary = {
  due: number;
  views: number;
  mails: number;
  jobs: number;
  failed: number;
  stopped: number;
  unknown: number;
  swept: number;
};

/** Jobs first seen before the subscription was confirmed are never its news. */
function sinceOf(s: Subscription): number {
  const confirmed = s.confirmedAt ?? s.createdAt;
  return s.lastDigestAt === null ? confirmed : Math.max(confirmed, s.lastDigestAt - LOOKBACK_MS);
}

/** New jobs per distinct view, each view queried once from the earliest `since` among its subscribers. */
function jobsByView(db: Db, subs: Subscription[], now: number): Map<string, NewJob[]> {
  const earliest = new Map<string, number>();
  for (const s of subs) earliest.set(s.view, Math.min(earliest.get(s.view) ?? Infinity, sinceOf(s)));
  const out = new Map<string, NewJob[]>();
  for (const [view, since] of earliest) out.set(view, newPostingsForView(db, viewFilters(view), since, now));
  return out;
}

async function sendOne(deps: DigestDeps, sub: Subscription, candidates: NewJob[], summary: DigestSummary): Promise<void> {
  const { db, now } = deps;
  const since = sinceOf(sub);
  const sent = sentKeys(db, sub.id);
  const fresh = candidates.filter((j) => j.firstSeenAt > since && !sent.has(j.key));
  const claim = fresh.length
    ? beginDigest(
        db,
        sub.id,
        fresh.map((j) => j.key),
        now,
      )
    : null;
  if (!claim) {
    markChecked(db, sub.id, now);
    return;
  }
  const jobs = fresh.filter((j) => claim.keys.has(j.key));
  const mail = composeDigest({
    jobs: jobs.slice(0, MAX_DIGEST_JOBS),
    total: jobs.length,
    view: sub.view,
    locale: sub.lang,
    frequency: sub.frequency,
    links: {
      origin: deps.origin,
      unsubscribeToken: signToken(deps.secret, 'unsubscribe', sub.id, now),
      manageToken: signToken(deps.secret, 'manage', sub.id, now),
    },
  });
  const result = await deps.mailer.send(sub.email, mail, `${new Date(now).toISOString().replace(/[:.]/g, '-')}-digest-${claim.digestId}`);
  if (result.ok) {
    markDigestSent(db, claim.digestId, sub.id, now);
    summary.mails++;
    summary.jobs += jobs.length;
  } else if (result.hardBounce) {
    deleteSubscription(db, sub.id);
    summary.stopped++;
  } else {
    markDigestFailed(db, claim.digestId, result.error, now);
    summary.failed++;
  }
}

export async function runDigests(deps: DigestDeps): Promise<DigestSummary> {
  const { db, now } = deps;
  const summary: DigestSummary = { due: 0, views: 0, mails: 0, jobs: 0, failed: 0, stopped: 0, unknown: 0, swept: 0 };
  summary.unknown = markUnknownDigests(db, now - 15 * 60 * 1000, now);
  summary.swept = sweepUnconfirmed(db, now, CONFIRM_TTL_MS);
  sweepRateLimits(db, now, 2 * 24 * HOUR);
  const due = confirmedSubscriptions(db).filter((s) => deps.force || isDue(s.frequency, s.checkedAt ?? s.confirmedAt ?? s.createdAt, now));
  summary.due = due.length;
  const byView = jobsByView(db, due, now);
  summary.views = byView.size;
  // One at a time: a digest pass is a few mails a minute at most, and SMTP servers throttle bursts.
  for (const sub of due) await sendOne(deps, sub, byView.get(sub.view) ?? [], summary);
  return summary;
}
