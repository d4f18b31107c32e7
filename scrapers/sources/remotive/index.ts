import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseRemotive } from './parse';

export const remotive = {
  ...SOURCE_META.remotive,
  hosts: ['remotive.com'],
  urls: () => ['https://remotive.com/api/remote-jobs?category=marketing'],
  parse: (body, { url }) => parseRemotive(body, url),
} as const satisfies SourceAdapter;
