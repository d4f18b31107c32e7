import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseAshby } from './parse';

export const ashby = {
  ...SOURCE_META.ashby,
  hosts: ['api.ashbyhq.com'],
  urls: (t) => [`https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(t.company ?? '')}?includeCompensation=true`],
  parse: (body, { url, target }) => parseAshby(body, url, target.company ?? ''),
} as const satisfies SourceAdapter;
