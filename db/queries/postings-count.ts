import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { postings } from '../schema';

export function countPostings(db: Db): number {
  return db.select({ n: count() }).from(postings).get()?.n ?? 0;
}
