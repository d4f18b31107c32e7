// Alert subscriptions and the signing secret. The address is read only by the digest job and the
// sign-up (to send mail): nothing here returns it to a page.
import { randomBytes } from 'node:crypto';
import { and, count, eq, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { alertSubscriptions as subs, meta, type AlertSubscriptionRow } from '../schema';

export type Frequency = 'daily' | 'weekly';
export type AlertLang = 'en' | 'ar';
export type Subscription = Omit<AlertSubscriptionRow, 'emailKey'>;

const COLUMNS = {
  id: subs.id,
  email: subs.email,
  lang: subs.lang,
  view: subs.view,
  frequency: subs.frequency,
  createdAt: subs.createdAt,
  confirmedAt: subs.confirmedAt,
  checkedAt: subs.checkedAt,
  lastDigestAt: subs.lastDigestAt,
};

const SECRET_KEY = 'alerts_secret';

/** RAQMI_SECRET when set; else one generated on first use and kept in the meta table (never logged). */
export function alertSecret(db: Db, configured?: string): string {
  if (configured) return configured;
  db.insert(meta)
    .values({ key: SECRET_KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing()
    .run();
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, SECRET_KEY)).get()!.value;
}

export type SignUp = { email: string; emailKey: string; lang: AlertLang; view: string; frequency: Frequency; now: number };

/**
 * Records a sign-up. A new or still unconfirmed (address, view, language) gets a confirmation
 * mail (`confirm`); an already confirmed one gets nothing and keeps its settings, so a stranger
 * cannot make us mail a subscriber or change what they receive.
 */
export function upsertSignUp(db: Db, s: SignUp): { id: number; confirm: boolean } {
  return db.transaction((tx) => {
    const existing = tx
      .select({ id: subs.id, confirmedAt: subs.confirmedAt })
      .from(subs)
      .where(and(eq(subs.emailKey, s.emailKey), eq(subs.view, s.view), eq(subs.lang, s.lang)))
      .get();
    if (!existing) {
      const row = tx
        .insert(subs)
        .values({ email: s.email, emailKey: s.emailKey, lang: s.lang, view: s.view, frequency: s.frequency, createdAt: s.now })
        .returning({ id: subs.id })
        .get();
      return { id: row.id, confirm: true };
    }
    if (existing.confirmedAt === null) {
      tx.update(subs).set({ email: s.email, frequency: s.frequency }).where(eq(subs.id, existing.id)).run();
      return { id: existing.id, confirm: true };
    }
    return { id: existing.id, confirm: false };
  });
}

export function getSubscription(db: Db, id: number): Subscription | null {
  return db.select(COLUMNS).from(subs).where(eq(subs.id, id)).get() ?? null;
}

/** Confirms once; a second click keeps the first time. False when the row is gone. */
export function confirmSubscription(db: Db, id: number, now: number): boolean {
  db.update(subs)
    .set({ confirmedAt: now })
    .where(and(eq(subs.id, id), isNull(subs.confirmedAt)))
    .run();
  return getSubscription(db, id) !== null;
}

/** Unsubscribing deletes the address (and, by cascade, its digests and ledger). */
export function deleteSubscription(db: Db, id: number): boolean {
  return db.delete(subs).where(eq(subs.id, id)).run().changes > 0;
}

export function setFrequency(db: Db, id: number, frequency: Frequency): boolean {
  return (
    db
      .update(subs)
      .set({ frequency })
      .where(and(eq(subs.id, id), isNotNull(subs.confirmedAt)))
      .run().changes > 0
  );
}

export function confirmedSubscriptions(db: Db): Subscription[] {
  return db.select(COLUMNS).from(subs).where(isNotNull(subs.confirmedAt)).orderBy(subs.id).all();
}

/** Sign-ups never confirmed within `maxAgeMs` are deleted: we keep no address nobody vouched for. */
export function sweepUnconfirmed(db: Db, now: number, maxAgeMs: number): number {
  return db
    .delete(subs)
    .where(and(isNull(subs.confirmedAt), lt(subs.createdAt, now - maxAgeMs)))
    .run().changes;
}

export function countSubscriptions(db: Db): { confirmed: number; all: number } {
  return db
    .select({ confirmed: count(subs.confirmedAt), all: count() })
    .from(subs)
    .get()!;
}
