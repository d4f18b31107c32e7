import { SOURCE_META } from '../../../lib/sources';
import type { SourceAdapter } from '../../types';
import { parseMostaqlListing, parseMostaqlProject } from './parse';

export const mostaql = {
  ...SOURCE_META.mostaql,
  hosts: ['mostaql.com'],
  urls: () => ['https://mostaql.com/projects/marketing'],
  parse: (body, { url }) => parseMostaqlListing(body, url),
  parseDetail: (body, listing) => parseMostaqlProject(body, listing),
  maxDetailPages: 30,
} as const satisfies SourceAdapter;
