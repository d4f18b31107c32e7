import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseWuzzuf } from './parse';

export const wuzzuf = {
  ...SOURCE_META.wuzzuf,
  hosts: ['wuzzuf.net'],
  urls: () => ['https://wuzzuf.net/search/jobs/?q=digital%20marketing&a=hpb'],
  parse: (body, { url, now }) => parseWuzzuf(body, url, now),
} as const satisfies SourceAdapter;
