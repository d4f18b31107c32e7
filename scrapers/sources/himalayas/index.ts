import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseHimalayas } from './parse';

export const himalayas = {
  ...SOURCE_META.himalayas,
  hosts: ['himalayas.app'],
  urls: () => ['https://himalayas.app/jobs/api?limit=100&q=marketing'],
  parse: (body, { url }) => parseHimalayas(body, url),
} as const satisfies SourceAdapter;
