import type { Db } from '../client';

export function countPostings(db: Db): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM postings').get() as { n: number }).n;
}
