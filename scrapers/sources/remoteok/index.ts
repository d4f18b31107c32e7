import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseRemoteOk } from './parse';

export const remoteok = {
  ...SOURCE_META.remoteok,
  hosts: ['remoteok.com'],
  urls: () => ['https://remoteok.com/api?tag=marketing'],
  parse: (body, { url }) => parseRemoteOk(body, url),
} as const satisfies SourceAdapter;
