import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseWeWorkRemotely } from './parse';

export const weworkremotely = {
  ...SOURCE_META.weworkremotely,
  hosts: ['weworkremotely.com'],
  urls: () => ['https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss'],
  parse: (body, { url }) => parseWeWorkRemotely(body, url),
} as const satisfies SourceAdapter;
