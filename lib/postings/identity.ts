import { createHash } from 'node:crypto';

const SAFE_ID = /^[A-Za-z0-9_-]{1,48}$/;

/** A posting's public id (URLs, feeds): a pure function of (source, external id), so it
 *  survives a rebuilt database. Readable when the board's id is, hashed otherwise. */
export function publicIdOf(source: string, externalId: string): string {
  if (SAFE_ID.test(externalId)) return `${source}-${externalId}`;
  const digest = createHash('sha256').update(`${source}\u0000${externalId}`).digest('base64url').slice(0, 16);
  return `${source}-${digest}`;
}

export function isPublicId(value: string): boolean {
  return /^[a-z]+-[A-Za-z0-9_-]{1,48}$/.test(value);
}
