// Email addresses from the sign-up form: a practical check (one @, a dotted domain, no spaces or
// header-breaking characters), not RFC 5322 in full. The address is kept as typed but compared
// lower-cased, so "A@x.org" and "a@x.org" are one subscriber.
const MAX_LENGTH = 254;
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

export function normaliseEmail(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const email = value.trim();
  if (!email || email.length > MAX_LENGTH) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return null;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (!LOCAL.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^[A-Za-z]{2,63}$|^xn--/.test(labels.at(-1)!)) return null;
  return `${local}@${labels.join('.').toLowerCase()}`;
}

/** The key a subscription is unique by: the whole address lower-cased. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The inbox an address delivers to, for the per-address sign-up limit: without a +tag (most mail
 * servers deliver user+anything to user), and at Gmail also without dots, googlemail.com being
 * gmail.com. Keyed on the address alone, victim+1@, victim+2@ and v.ictim@gmail.com each had
 * their own allowance and one inbox could be flooded. Only the limit uses it: mail goes to the
 * address as typed, and a tagged address stays its own subscription.
 */
export function inboxKey(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1).toLowerCase();
  const local = email.slice(0, at).toLowerCase().split('+')[0]!;
  return GMAIL_DOMAINS.has(domain) ? `${local.replaceAll('.', '')}@gmail.com` : `${local}@${domain}`;
}
