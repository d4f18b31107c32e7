// Every source, listed (never discovered by scanning folders), and the run targets they make.
import { SOURCE_IDS, isSourceId, type SourceId } from '../lib/sources';
import { arbeitnow } from './sources/arbeitnow';
import { ashby } from './sources/ashby';
import { greenhouse } from './sources/greenhouse';
import { himalayas } from './sources/himalayas';
import { jobicy } from './sources/jobicy';
import { lever } from './sources/lever';
import { mostaql } from './sources/mostaql';
import { remoteok } from './sources/remoteok';
import { remotive } from './sources/remotive';
import { weworkremotely } from './sources/weworkremotely';
import { wuzzuf } from './sources/wuzzuf';
import type { SourceAdapter, Target } from './types';

export const SOURCES = [remotive, remoteok, weworkremotely, arbeitnow, jobicy, himalayas, wuzzuf, mostaql, greenhouse, lever, ashby] as const satisfies readonly SourceAdapter[];

export const ADAPTERS: Record<SourceId, SourceAdapter> = Object.fromEntries(SOURCES.map((s): [string, SourceAdapter] => [s.id, s])) as Record<SourceId, SourceAdapter>;

const ATS = new Set<SourceId>(['greenhouse', 'lever', 'ashby']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/i;

/**
 * RAQMI_ATS_BOARDS="greenhouse:gitlab,lever:idealistconsulting": only the known ATS hosts and a
 * plain company slug, so configuration can never point the scraper at an arbitrary URL.
 */
export function parseAtsBoards(value: string): Target[] {
  const targets: Target[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [source, company, ...rest] = part.split(':');
    if (!source || !isSourceId(source) || !ATS.has(source)) throw new Error(`RAQMI_ATS_BOARDS: "${part}" must start with greenhouse:, lever: or ashby:`);
    if (!company || rest.length || !SLUG.test(company)) throw new Error(`RAQMI_ATS_BOARDS: "${part}" needs a company slug of letters, digits and hyphens`);
    targets.push({ key: `${source}:${company.toLowerCase()}`, source, company: company.toLowerCase() });
  }
  return targets;
}

/** Boards that need no configuration, then each configured company board. */
export function allTargets(atsBoards: string): Target[] {
  const boards = SOURCE_IDS.filter((id) => !ATS.has(id)).map((id): Target => ({ key: id, source: id }));
  return [...boards, ...parseAtsBoards(atsBoards)];
}

export function targetsFor(selector: string, atsBoards: string): Target[] {
  const all = allTargets(atsBoards);
  if (selector === '--all' || selector === 'all') return all;
  if (selector.includes(':')) return parseAtsBoards(selector);
  if (!isSourceId(selector)) throw new Error(`unknown source "${selector}"; known: ${SOURCE_IDS.join(', ')}`);
  return all.filter((t) => t.source === selector);
}
