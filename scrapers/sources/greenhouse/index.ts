import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseGreenhouse } from './parse';

export const greenhouse = {
  ...SOURCE_META.greenhouse,
  hosts: ['boards-api.greenhouse.io'],
  urls: (t) => [`https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(t.company ?? '')}/jobs?content=true`],
  parse: (body, { url, target }) => parseGreenhouse(body, url, target.company ?? ''),
} as const satisfies SourceAdapter;
