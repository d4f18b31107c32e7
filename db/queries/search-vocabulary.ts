// The search index's vocabulary with the number of postings holding each term: the bench picks
// its search terms from it. fts5vocab tables have no drizzle form, hence raw SQL, typed below.
import type { Db } from '../client';

export type TermFrequency = { term: string; doc: number };

export function searchVocabulary(db: Db): TermFrequency[] {
  db.$client.exec("CREATE VIRTUAL TABLE IF NOT EXISTS postings_fts_vocab USING fts5vocab('postings_fts', 'row')");
  return db.$client.prepare('SELECT term, doc FROM postings_fts_vocab ORDER BY doc DESC').all() as TermFrequency[];
}
