// npm run groups -- --explain <posting id> | --rebuild
// --explain prints the job group of a posting, every copy in it and why each joined (the merge
// reason, the score and the copy it matched). --rebuild regroups the whole stored database with
// the current rules (after a rule change); it replays ingest's order, so ingest's groups result.
import { parseArgs } from 'node:util';
import { closeDb } from '../db/client';
import { createDbOrExit } from '../db/open-or-exit';
import { getGroupOfPosting, type GroupView } from '../db/queries/groups-read';
import { rebuildGroups } from '../db/queries/groups-rebuild';
import { envOrExit } from '../lib/env-or-exit';
import { SAME_THRESHOLD } from '../lib/grouping';

const iso = (ms: number | null) => (ms === null ? '-' : new Date(ms).toISOString());

function describeGroup(g: GroupView): string {
  const lines = [
    `group ${g.publicId}  key "${g.key}"`,
    `first seen ${iso(g.firstSeenAt)}, ${g.closedAt === null ? 'open' : `closed ${iso(g.closedAt)}`}, ${g.copies.length} copies, ${g.reposts} reposts (threshold ${SAME_THRESHOLD})`,
  ];
  for (const c of g.copies) {
    const why = c.reason === 'first' ? 'started the group' : `joined: ${c.reason}, score ${c.score} against ${c.matchedPublicId ?? '?'}`;
    lines.push(
      `${c.isRepresentative ? '*' : ' '} ${c.publicId}  ${c.source}  first seen ${iso(c.firstSeenAt)}  ${c.closedAt === null ? 'open' : `closed ${iso(c.closedAt)}`}`,
    );
    lines.push(`    ${c.url}`, `    ${why}`);
  }
  lines.push('(* = the copy listings show)');
  return lines.join('\n');
}

const USAGE = 'usage: npm run groups -- --explain <posting id> | --rebuild';

/** The options, or undefined (and the usage line) for an unknown option or --explain without an id. */
function options(): { explain?: string; rebuild: boolean } | undefined {
  try {
    const { values } = parseArgs({ options: { explain: { type: 'string' }, rebuild: { type: 'boolean', default: false } } });
    if (values.explain || values.rebuild) return values;
  } catch (error) {
    console.error(`npm run groups: ${(error as Error).message}`);
  }
  console.error(USAGE);
  return undefined;
}

function main(): number {
  const values = options();
  if (!values) return 2;
  const config = envOrExit('npm run groups');
  const db = createDbOrExit('npm run groups', config.RAQMI_DB);
  try {
    if (values.rebuild) {
      const started = performance.now();
      const r = rebuildGroups(db);
      console.log(
        `regrouped ${r.postings} postings into ${r.groups} groups in ${Math.round(performance.now() - started)} ms (${config.RAQMI_DB})`,
      );
    }
    if (values.explain) {
      const group = getGroupOfPosting(db, values.explain);
      if (!group) {
        console.error(`no grouped posting with id ${values.explain} (run --rebuild for postings stored before grouping)`);
        return 1;
      }
      console.log(describeGroup(group));
    }
    return 0;
  } finally {
    closeDb(db);
  }
}

process.exitCode = main();
