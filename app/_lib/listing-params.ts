import { headers } from 'next/headers';
import { parseFilters, type Filters, type RawParams } from '../../lib/filters';
import { PATH_HEADER } from '../../lib/locale-path';

/** Next hands pages their query as a record; malformed input has already been reduced to text. */
export async function filtersFrom(searchParams: Promise<RawParams>): Promise<Filters> {
  return parseFilters(await searchParams);
}

/**
 * Every parameter the client sent, for the listing's check of its canonical address. Next builds
 * its record by assignment, so `?__proto__=x` sets the record's prototype instead of adding a key
 * (and the URL proxy.ts sees is rebuilt from that record): the page answered 200 with the junk
 * kept. The query as sent comes from the path and query scripts/serve.ts writes over whatever the
 * request held (server/locale-route.ts); without that server (plain `next start`), the record.
 */
export async function sentParams(searchParams: Promise<RawParams>): Promise<RawParams> {
  const sent = (await headers()).get(PATH_HEADER);
  if (sent === null) return searchParams;
  const at = sent.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : sent.slice(at + 1));
}
