import { parseFilters, type Filters, type RawParams } from '../../lib/filters';

/** Next hands pages their query as a record; malformed input has already been reduced to text. */
export async function filtersFrom(searchParams: Promise<RawParams>): Promise<Filters> {
  return parseFilters(await searchParams);
}
