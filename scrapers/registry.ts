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

export const SOURCES = [
  remotive,
  remoteok,
  weworkremotely,
  arbeitnow,
  jobicy,
  himalayas,
  wuzzuf,
  mostaql,
  greenhouse,
  lever,
  ashby,
] as const satisfies readonly SourceAdapter[];

export const ADAPTERS: Record<SourceId, SourceAdapter> = Object.fromEntries(
  SOURCES.map((s): [string, SourceAdapter] => [s.id, s]),
) as Record<SourceId, SourceAdapter>;

const ATS = new Set<SourceId>(['greenhouse', 'lever', 'ashby']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/i;

/** Run targets read from configuration, and what was wrong with the entries that were skipped. */
export type ConfiguredTargets = { targets: Target[]; problems: string[] };

/** One entry: only a known ATS and a plain company slug, so configuration can never point the
 *  scraper at an arbitrary URL. Returns the target, or why the entry is refused. */
function atsTarget(part: string): Target | string {
  const [source, company, ...rest] = part.split(':');
  if (!source || !isSourceId(source) || !ATS.has(source))
    return `RAQMI_ATS_BOARDS: "${part}" must start with greenhouse:, lever: or ashby:`;
  if (!company || rest.length || !SLUG.test(company))
    return `RAQMI_ATS_BOARDS: "${part}" needs a company slug of letters, digits and hyphens`;
  return { key: `${source}:${company.toLowerCase()}`, source, company: company.toLowerCase() };
}

/** RAQMI_ATS_BOARDS="greenhouse:gitlab,lever:idealistconsulting": each entry on its own, so a bad
 *  one is reported (which and why) and skipped while every other board still runs. */
export function readAtsBoards(value: string): ConfiguredTargets {
  const out: ConfiguredTargets = { targets: [], problems: [] };
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const target = atsTarget(part);
    if (typeof target === 'string') out.problems.push(target);
    else out.targets.push(target);
  }
  return out;
}

/** The strict reading, for a board named on the command line: the first bad entry is an error. */
export function parseAtsBoards(value: string): Target[] {
  const { targets, problems } = readAtsBoards(value);
  if (problems[0]) throw new Error(problems[0]);
  return targets;
}

/** Boards that need no configuration, then each well-formed configured company board. */
export function configuredTargets(atsBoards: string): ConfiguredTargets {
  const boards = SOURCE_IDS.filter((id) => !ATS.has(id)).map((id): Target => ({ key: id, source: id }));
  const ats = readAtsBoards(atsBoards);
  return { targets: [...boards, ...ats.targets], problems: ats.problems };
}

/** Every target of a configuration known to be good (fixtures, tests): a bad entry is an error. */
export function allTargets(atsBoards: string): Target[] {
  const { targets, problems } = configuredTargets(atsBoards);
  if (problems[0]) throw new Error(problems[0]);
  return targets;
}

/** What `npm run scrape -- <selector>` runs: a board, one company board, or everything configured. */
export function targetsFor(selector: string, atsBoards: string): ConfiguredTargets {
  const configured = configuredTargets(atsBoards);
  if (selector === '--all' || selector === 'all') return configured;
  if (selector.includes(':')) return { targets: parseAtsBoards(selector), problems: [] };
  if (!isSourceId(selector)) throw new Error(`unknown source "${selector}"; known: ${SOURCE_IDS.join(', ')}`);
  return { targets: configured.targets.filter((t) => t.source === selector), problems: ATS.has(selector) ? configured.problems : [] };
}
