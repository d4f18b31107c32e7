// Prepared statements, built by drizzle once per connection: the listing's and the scrape's hot
// paths skip rebuilding the same SQL on every call.
import type { Db } from '../client';

const cache = new WeakMap<object, Map<string, unknown>>();

export function preparedOnce<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = cache.get(db.$client);
  if (!statements) cache.set(db.$client, (statements = new Map()));
  if (!statements.has(name)) statements.set(name, build(db));
  return statements.get(name) as T;
}
