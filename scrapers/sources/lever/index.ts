import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseLever } from './parse';

export const lever = {
  ...SOURCE_META.lever,
  hosts: ['api.lever.co'],
  urls: (t) => [`https://api.lever.co/v0/postings/${encodeURIComponent(t.company ?? '')}?mode=json`],
  parse: (body, { url, target }) => parseLever(body, url, target.company ?? ''),
} as const satisfies SourceAdapter;
