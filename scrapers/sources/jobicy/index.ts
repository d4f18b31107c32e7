import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseJobicy } from './parse';

export const jobicy = {
  ...SOURCE_META.jobicy,
  hosts: ['jobicy.com'],
  urls: () => ['https://jobicy.com/api/v2/remote-jobs?count=50&industry=marketing'],
  parse: (body, { url }) => parseJobicy(body, url),
} as const satisfies SourceAdapter;
