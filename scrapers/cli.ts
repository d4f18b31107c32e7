// npm run scrape -- <source>|<ats>:<company>… | --all [--replay DIR] [--now ISO]
// Scrapes now, prints a line per source and a summary table; exits 1 if any source failed or a
// configured company board was skipped as malformed (partial and skipped runs are not failures).
import { parseArgs } from 'node:util';
import { envOrExit } from '../lib/env-or-exit';
import { closeDb, type Db } from '../db/client';
import { createDbOrExit } from '../db/open-or-exit';
import { readFailingSince } from '../db/queries/source-health';
import { describeSourceProblem } from '../lib/failures';
import { targetsFor } from './registry';
import { clockFrom, scrapeTargets } from './scrape';
import type { RunResult } from './types';

function table(results: RunResult[]): string {
  const head = ['source', 'status', 'fetched', 'inserted', 'updated', 'unchanged', 'invalid', 'detail-failed', 'closed'];
  const rows = results.map((r) =>
    [r.key, r.status, r.fetched, r.inserted, r.updated, r.unchanged, r.invalid, r.detailFailed, r.closed].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One line per source that did not fully succeed: the classified reason and since when it fails. */
function problems(db: Db, results: RunResult[], now: number): string[] {
  const since = readFailingSince(db);
  return results
    .map((r) => ({
      key: r.key,
      text: describeSourceProblem(
        { status: r.status, error: r.errorCode ?? null, detailFailed: r.detailFailed, failingSince: since.get(r.key) },
        'en',
        now,
      ),
    }))
    .filter((p) => p.text)
    .map((p) => `${p.key}: ${p.text}`);
}

const USAGE = 'usage: npm run scrape -- <source>|<ats>:<company> [more sources…] | --all [--replay DIR] [--now ISO]';

/** The arguments, or undefined after saying what is wrong with them (an unknown option). */
function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { all: { type: 'boolean' }, replay: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // Node's own message goes on to advise on positional arguments: the first sentence is enough.
    console.error(`npm run scrape: ${(error as Error).message.split('. ')[0]}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = readArgs();
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.all && positionals.length) {
    console.error('npm run scrape: --all scrapes every source; name sources or --all, not both');
    console.error(USAGE);
    return 2;
  }
  const selectors = values.all ? ['--all'] : positionals;
  if (!selectors.length) {
    console.error(USAGE);
    return 2;
  }
  const config = envOrExit('npm run scrape');
  // Every source named, each once: "greenhouse lever ashby" scrapes three, in that order.
  const chosen = selectors.map((selector) => targetsFor(selector, config.RAQMI_ATS_BOARDS));
  const targets = [...new Map(chosen.flatMap((c) => c.targets).map((t) => [t.key, t])).values()];
  const skipped = [...new Set(chosen.flatMap((c) => c.problems))];
  for (const problem of skipped) console.error(`skipped: ${problem}`);
  const replayDir = values.replay ?? config.RAQMI_REPLAY;
  const db = createDbOrExit('npm run scrape', config.RAQMI_DB);
  try {
    const results = await scrapeTargets(targets, {
      db,
      replayDir,
      now: values.now ?? config.RAQMI_NOW,
      onResult: (r) => {
        const counts = `fetched ${r.fetched}, inserted ${r.inserted}, updated ${r.updated}, unchanged ${r.unchanged}, invalid ${r.invalid}, closed ${r.closed}`;
        console.log(`[${r.key}] ${r.status}: ${r.status === 'failed' ? r.error : counts}${r.notes.length ? ` (${r.notes[0]})` : ''}`);
      },
    });
    console.log(`\n${table(results)}`);
    const lines = problems(db, results, clockFrom(values.now ?? config.RAQMI_NOW)());
    if (lines.length) console.log(`\n${lines.join('\n')}`);
    return results.some((r) => r.status === 'failed') || skipped.length ? 1 : 0;
  } finally {
    closeDb(db);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`scrape: ${(error as Error).message}`);
    process.exit(2);
  },
);
