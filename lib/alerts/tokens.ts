// Signed links for alert mails: HMAC-SHA256 over purpose, subscription id and expiry, so a token
// for one purpose (confirm) can never be used for another (unsubscribe), and nothing in the link
// reveals the address. Compared in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOKEN_PURPOSES = ['confirm', 'unsubscribe', 'manage'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A confirmation link is valid for 7 days; unconfirmed rows are swept after the same time. */
export const CONFIRM_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Unsubscribe and manage links live in mails kept for years: they do not expire (deleting the row voids them). */
const NO_EXPIRY = 0;

const b64 = (buf: Buffer) => buf.toString('base64url');

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

export function signToken(secret: string, purpose: TokenPurpose, subscriptionId: number, now: number): string {
  const expires = purpose === 'confirm' ? now + CONFIRM_TTL_MS : NO_EXPIRY;
  const body = `${purpose}.${subscriptionId}.${expires}`;
  return `${b64(Buffer.from(body))}.${b64(mac(secret, body))}`;
}

/** A token we signed for `purpose`: the subscription it names, and whether it is past its expiry. */
export type TokenClaim = { id: number; isExpired: boolean };

/** What a token we signed for `purpose` claims, expired or not; null when it is malformed, forged
 *  or for another purpose. An expired link still names its alert, so that its page can say the
 *  alert is gone rather than that the link is old. */
export function readToken(secret: string, token: unknown, purpose: TokenPurpose, now: number): TokenClaim | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined) return null;
  const body = Buffer.from(encoded, 'base64url').toString('utf8');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const match = /^([a-z]+)\.(\d{1,15})\.(\d{1,15})$/.exec(body);
  if (!match || match[1] !== purpose) return null;
  const expires = Number(match[3]);
  return { id: Number(match[2]), isExpired: expires !== NO_EXPIRY && expires < now };
}
