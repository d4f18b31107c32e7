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

/** The key rate limits and uniqueness use: the whole address lower-cased. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}
