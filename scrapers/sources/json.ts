import { ParseError } from '../types';

/** JSON.parse with a clear error for the usual ways a board answers with something else. */
export function parseJsonBody(body: string, url: string): unknown {
  const start = body.trimStart().slice(0, 1);
  if (start === '<') throw new ParseError(`expected JSON from ${url} but got HTML`, 'not-json');
  try {
    return JSON.parse(body);
  } catch {
    // JSON.parse's message quotes the body: it is not kept.
    throw new ParseError(`malformed JSON from ${url}`, 'malformed');
  }
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function num(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The envelope's array of jobs, or a ParseError naming what was there instead. */
export function jobsArray(data: unknown, key: string, url: string): unknown[] {
  const record = asRecord(data);
  const jobs = record?.[key];
  if (!Array.isArray(jobs)) throw new ParseError(`layout changed? no "${key}" array in the response from ${url}`);
  return jobs;
}

/** A company name from a board slug: "alignment-health" → "Alignment Health". */
export function nameFromSlug(slug: string): string {
  return slug
    .replace(/[-_]+/g, ' ')
    .replace(/\b\w/g, (c) => c.toUpperCase())
    .trim();
}
