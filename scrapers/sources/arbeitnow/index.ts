import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseArbeitnow } from './parse';

const API = 'https://www.arbeitnow.com/api/job-board-api';

export const arbeitnow = {
  ...SOURCE_META.arbeitnow,
  hosts: ['www.arbeitnow.com'],
  urls: () => [API],
  pageUrl: (_target, page) => `${API}?page=${page}`,
  maxPages: 5,
  parse: (body, { url }) => parseArbeitnow(body, url),
} as const satisfies SourceAdapter;
