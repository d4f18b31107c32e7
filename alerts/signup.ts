// A sign-up from the form: validate, rate-limit, record, send the confirmation mail. The caller
// answers the same page whether the address was new, pending or already subscribed.
import { createHmac } from 'node:crypto';
import type { Db } from '../db/client';
import { confirmSubscription, deleteSubscription, getSubscription, setFrequency, upsertSignUp, type Frequency } from '../db/queries/alerts';
import { hitRateLimit, rateWindow } from '../db/queries/alerts-rate';
import { composeConfirmation } from '../lib/alerts/digest';
import { emailKey, inboxKey, normaliseEmail } from '../lib/alerts/email';
import { FREQUENCIES } from '../lib/alerts/messages';
import { readToken, signToken, type TokenPurpose } from '../lib/alerts/tokens';
import { canonicalView } from '../lib/alerts/view';
import type { RawParams } from '../lib/filters';
import type { UiLocale } from '../lib/i18n';
import type { Mailer } from './mailer';

const HOUR = 60 * 60 * 1000;
export const LIMITS = { perClientHour: 5, perEmailDay: 3 } as const;

export type AlertDeps = { db: Db; mailer: Mailer; secret: string; origin: string; now: number };
export type SignUpInput = { email: unknown; frequency: unknown; lang: UiLocale; params: RawParams; client: string };
export type SignUpOutcome = 'accepted' | 'invalid-email' | 'invalid-frequency' | 'rate-limited';

/** Rate-limit keys are HMACs: the table never holds an address, IP or email. */
const limitKey = (secret: string, kind: string, value: string) =>
  `${kind}:${createHmac('sha256', secret).update(`${kind}:${value}`).digest('base64url').slice(0, 22)}`;

/** The per-client limit's current window: counted since `start` (a UTC clock hour), open again at `end`. */
export function clientLimitWindow(now: number): { start: number; end: number } {
  return rateWindow(now, HOUR);
}

export function isFrequency(value: unknown): value is Frequency {
  return (FREQUENCIES as readonly unknown[]).includes(value);
}

export async function signUp(deps: AlertDeps, input: SignUpInput): Promise<SignUpOutcome> {
  const email = normaliseEmail(input.email);
  if (!email) return 'invalid-email';
  // The form always sends one of its choices: anything else, or none, is refused, never read as
  // daily (as a Save on the manage page is), and before it counts against any limit.
  const frequency = input.frequency;
  if (!isFrequency(frequency)) return 'invalid-frequency';
  const { db, now, secret } = deps;
  if (!hitRateLimit(db, limitKey(secret, 'client', input.client), HOUR, LIMITS.perClientHour, now)) return 'rate-limited';
  // Over the inbox's limit: the same answer as any sign-up (a different one would tell a
  // stranger the address was signed up today), and no mail.
  if (!hitRateLimit(db, limitKey(secret, 'email', inboxKey(email)), 24 * HOUR, LIMITS.perEmailDay, now)) return 'accepted';
  const view = canonicalView(input.params);
  const { id, confirm } = upsertSignUp(db, { email, emailKey: emailKey(email), lang: input.lang, view, frequency, now });
  if (confirm) {
    const mail = composeConfirmation({
      view,
      locale: input.lang,
      frequency,
      origin: deps.origin,
      confirmToken: signToken(secret, 'confirm', id, now),
    });
    // A failed confirmation mail is not the visitor's to know about (it would tell them whether
    // the address exists); they can sign up again.
    await deps.mailer.send(email, mail, `${new Date(now).toISOString().replace(/[:.]/g, '-')}-confirm-${id}`);
  }
  return 'accepted';
}

/**
 * `gone`: the token is one we signed for this purpose, but its subscription no longer exists
 * (unsubscribed, or stopped by a hard bounce; ids are never reused). Its pages say the reader is
 * unsubscribed rather than that the link is broken.
 */
type TokenResult<T> = { ok: true; value: T } | { ok: false; gone: boolean };

type TokenDeps = Pick<AlertDeps, 'db' | 'secret' | 'now'>;

/**
 * Unsubscribe and manage links both belong to the subscriber: either may do what the other does.
 * The alert is looked up before the link's age counts: a confirmation link past its 7 days whose
 * alert is gone says so as a fresh one does; while the alert exists, an expired link does nothing.
 */
function withToken<T>(deps: TokenDeps, token: unknown, purposes: TokenPurpose[], act: (id: number) => T | null): TokenResult<T> {
  const claim = purposes.map((p) => readToken(deps.secret, token, p, deps.now)).find((c) => c !== null) ?? null;
  if (claim === null) return { ok: false, gone: false };
  const isGone = () => getSubscription(deps.db, claim.id) === null;
  if (claim.isExpired) return { ok: false, gone: isGone() };
  const value = act(claim.id);
  return value === null ? { ok: false, gone: isGone() } : { ok: true, value };
}

const OWNER: TokenPurpose[] = ['unsubscribe', 'manage'];

export function confirmByToken(deps: TokenDeps, token: unknown): TokenResult<{ view: string; lang: UiLocale; frequency: Frequency }> {
  return withToken(deps, token, ['confirm'], (id) => {
    if (!confirmSubscription(deps.db, id, deps.now)) return null;
    const s = getSubscription(deps.db, id)!;
    return { view: s.view, lang: s.lang, frequency: s.frequency };
  });
}

/** What a confirmation link names, for its page; changes nothing (mail scanners open links). */
export function describeConfirmByToken(
  deps: TokenDeps,
  token: unknown,
): TokenResult<{ view: string; lang: UiLocale; frequency: Frequency; isConfirmed: boolean }> {
  return withToken(deps, token, ['confirm'], (id) => {
    const s = getSubscription(deps.db, id);
    return s && { view: s.view, lang: s.lang, frequency: s.frequency, isConfirmed: s.confirmedAt !== null };
  });
}

export function unsubscribeByToken(deps: TokenDeps, token: unknown): boolean {
  // Already gone counts as done: a second click must not look like an error.
  return withToken(deps, token, OWNER, (id) => (deleteSubscription(deps.db, id), true)).ok;
}

/** The subscription a manage or unsubscribe link names, for its page; never the address. */
export function describeByToken(deps: TokenDeps, token: unknown): TokenResult<{ view: string; lang: UiLocale; frequency: Frequency }> {
  return withToken(deps, token, OWNER, (id) => {
    const s = getSubscription(deps.db, id);
    return s && s.confirmedAt !== null ? { view: s.view, lang: s.lang, frequency: s.frequency } : null;
  });
}

/** A Save: the caller has checked the choice (isFrequency), so none is ever read as daily. */
export function changeFrequencyByToken(deps: TokenDeps, token: unknown, frequency: Frequency): boolean {
  return withToken(deps, token, OWNER, (id) => (setFrequency(deps.db, id, frequency) ? true : null)).ok;
}
