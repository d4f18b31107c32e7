// Alert subscriptions and the signing secret. The address is read only by the digest job and the
// sign-up (to send mail): nothing here returns it to a page.
import { randomBytes } from 'node:crypto';
import type { Db } from '../client';

export type Frequency = 'daily' | 'weekly';
export type AlertLang = 'en' | 'ar';
export type Subscription = {
  id: number; email: string; lang: AlertLang; view: string; frequency: Frequency;
  createdAt: number; confirmedAt: number | null; checkedAt: number | null; lastDigestAt: number | null;
};

const COLUMNS = 'id, email, lang, view, frequency, created_at AS createdAt, confirmed_at AS confirmedAt, checked_at AS checkedAt, last_digest_at AS lastDigestAt';

/** RAQMI_SECRET when set; else one generated on first use and kept in the meta table (never logged). */
export function alertSecret(db: Db, configured?: string): string {
  if (configured) return configured;
  db.$client.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('alerts_secret', ?)").run(randomBytes(32).toString('base64url'));
  return (db.$client.prepare("SELECT value FROM meta WHERE key = 'alerts_secret'").get() as { value: string }).value;
}

export type SignUp = { email: string; emailKey: string; lang: AlertLang; view: string; frequency: Frequency; now: number };

/**
 * Records a sign-up. A new or still unconfirmed (address, view, language) gets a confirmation
 * mail (`confirm`); an already confirmed one only takes the new frequency and gets nothing, so a
 * stranger cannot make us mail a subscriber.
 */
export function upsertSignUp(db: Db, s: SignUp): { id: number; confirm: boolean } {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const existing = sqlite.prepare('SELECT id, confirmed_at FROM alert_subscriptions WHERE email_key = ? AND view = ? AND lang = ?').get(s.emailKey, s.view, s.lang) as { id: number; confirmed_at: number | null } | undefined;
    if (!existing) {
      const r = sqlite.prepare('INSERT INTO alert_subscriptions (email, email_key, lang, view, frequency, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(s.email, s.emailKey, s.lang, s.view, s.frequency, s.now);
      return { id: Number(r.lastInsertRowid), confirm: true };
    }
    if (existing.confirmed_at === null) {
      sqlite.prepare('UPDATE alert_subscriptions SET email = ?, frequency = ? WHERE id = ?').run(s.email, s.frequency, existing.id);
      return { id: existing.id, confirm: true };
    }
    return { id: existing.id, confirm: false };
  })();
}

export function getSubscription(db: Db, id: number): Subscription | null {
  return (db.$client.prepare(`SELECT ${COLUMNS} FROM alert_subscriptions WHERE id = ?`).get(id) as Subscription | undefined) ?? null;
}

/** Confirms once; a second click keeps the first time. False when the row is gone. */
export function confirmSubscription(db: Db, id: number, now: number): boolean {
  db.$client.prepare('UPDATE alert_subscriptions SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL').run(now, id);
  return getSubscription(db, id) !== null;
}

/** Unsubscribing deletes the address (and, by cascade, its ledger). */
export function deleteSubscription(db: Db, id: number): boolean {
  return db.$client.prepare('DELETE FROM alert_subscriptions WHERE id = ?').run(id).changes > 0;
}

export function setFrequency(db: Db, id: number, frequency: Frequency): boolean {
  return db.$client.prepare('UPDATE alert_subscriptions SET frequency = ? WHERE id = ? AND confirmed_at IS NOT NULL').run(frequency, id).changes > 0;
}

export function confirmedSubscriptions(db: Db): Subscription[] {
  return db.$client.prepare(`SELECT ${COLUMNS} FROM alert_subscriptions WHERE confirmed_at IS NOT NULL ORDER BY id`).all() as Subscription[];
}

/** Sign-ups never confirmed within `maxAgeMs` are deleted: we keep no address nobody vouched for. */
export function sweepUnconfirmed(db: Db, now: number, maxAgeMs: number): number {
  return db.$client.prepare('DELETE FROM alert_subscriptions WHERE confirmed_at IS NULL AND created_at < ?').run(now - maxAgeMs).changes;
}

export function countSubscriptions(db: Db): { confirmed: number; unconfirmed: number } {
  const r = db.$client.prepare('SELECT COUNT(confirmed_at) AS confirmed, COUNT(*) - COUNT(confirmed_at) AS unconfirmed FROM alert_subscriptions').get() as { confirmed: number; unconfirmed: number };
  return r;
}
