// The scheduler with a malformed RAQMI_ATS_BOARDS entry: that entry is reported (which one, why)
// and skipped; every other board, company boards included, is still scheduled. It used to throw,
// and the server then scheduled none of the boards.
import { afterAll, describe, expect, it } from 'vitest';
import { startScheduler } from '../../scrapers/scheduler';
import { SOURCE_IDS } from '../../lib/sources';
import { tempDb } from '../helpers/db';
import { writeRecordings } from '../helpers/fake-board';

const t = tempDb();
afterAll(() => t.cleanup());

describe('startScheduler', () => {
  it('skips a bad company board with the reason and schedules all the others', async () => {
    const lines: string[] = [];
    // An empty replay folder: the first run on the empty database fetches nothing from the network.
    const scheduler = startScheduler({
      db: t.db,
      atsBoards: 'greenhouse:gitlab,workday:acme,lever:a b',
      replayDir: writeRecordings([]),
      now: '2026-11-20T09:00:00Z',
      log: (l) => lines.push(l),
    });
    await scheduler.firstRun;
    await scheduler.stop();
    const keys = scheduler.targets.map((target) => target.key);
    expect(keys).toEqual([...SOURCE_IDS.filter((id) => !['greenhouse', 'lever', 'ashby'].includes(id)), 'greenhouse:gitlab']);
    expect(lines).toContain('[scheduler] skipped: RAQMI_ATS_BOARDS: "workday:acme" must start with greenhouse:, lever: or ashby:');
    expect(lines).toContain('[scheduler] skipped: RAQMI_ATS_BOARDS: "lever:a b" needs a company slug of letters, digits and hyphens');
    const scheduled = t.db.$client.prepare('SELECT key FROM sources WHERE next_run_at IS NOT NULL ORDER BY key').pluck().all();
    expect(scheduled).toEqual([...keys].sort());
  });
});
