// Job groups on a real SQLite file: copies of one job on several boards and its reposts form one
// group as they are stored; different jobs stay apart; --rebuild reaches the same groups.
import { afterEach, describe, expect, it } from 'vitest';
import { getGroupOfPosting, representativeOfGroup } from '../../db/queries/groups-read';
import { rebuildGroups } from '../../db/queries/groups-rebuild';
import { closeStalePostings, upsertPosting } from '../../db/queries/upsert';
import { preparePosting } from '../../lib/postings/pipeline';
import { buildPairs, type BoardPosting } from '../fixtures/grouping/pairs';
import { tempDb } from '../helpers/db';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const DAY = 86_400_000;
const T0 = Date.parse('2026-09-01T00:00:00Z');

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  const put = (b: BoardPosting, now: number, sourceKey = b.source) => {
    const p = preparePosting(b.posting, { source: b.source, sourceKey });
    t.db.$client.transaction(() => upsertPosting(t.db, p, now))();
    return p.publicId;
  };
  const groupIdOf = (publicId: string) => getGroupOfPosting(t.db, publicId)?.publicId;
  const allGroups = () =>
    t.db.$client
      .prepare(
        'SELECT p.public_id AS posting, g.public_id AS grp FROM group_members m JOIN postings p ON p.id = m.posting_id JOIN job_groups g ON g.id = m.group_id ORDER BY p.id',
      )
      .all();
  return { t, put, groupIdOf, allGroups };
}

const pairs = buildPairs();
const kind = (k: string, same: boolean) => pairs.find((p) => p.kind === k && p.same === same)!;

describe('grouping at ingest', () => {
  it('puts an aggregator copy into the group of the original, represented by the fuller copy', () => {
    const { t, put, groupIdOf } = setup();
    const pair = kind('aggregator excerpt', true);
    const a = put(pair.b, T0); // the excerpt arrives first
    const b = put(pair.a, T0 + DAY);
    expect(groupIdOf(a)).toBe(groupIdOf(b));
    const group = getGroupOfPosting(t.db, a)!;
    expect(group.publicId).toBe(`g-${a}`); // named after its first copy, kept when copies join
    expect(group.copies.map((c) => [c.publicId, c.isRepresentative, c.reason])).toEqual([
      [a, false, 'first'],
      [b, true, 'description'],
    ]);
    expect(group.firstSeenAt).toBe(T0);
  });

  it.each(['two cities', 'junior vs senior', 'one template, two roles', 'same title, other company', 'same title, two teams'])(
    'keeps %s apart',
    (k) => {
      const { put, groupIdOf } = setup();
      const pair = kind(k, false);
      expect(groupIdOf(put(pair.a, T0))).not.toBe(groupIdOf(put(pair.b, T0)));
    },
  );

  it('adds a repost on the same board after the first copy closed to the old group, counted as a repost', () => {
    const { t, put, groupIdOf } = setup();
    const pair = kind('repost', true);
    const first = put(pair.a, T0);
    expect(closeStalePostings(t.db, 'greenhouse', T0 + 30 * DAY, 14 * DAY)).toBe(1);
    expect(getGroupOfPosting(t.db, first)!.closedAt).toBe(T0 + 30 * DAY);
    const again = put(pair.b, T0 + 90 * DAY);
    const group = getGroupOfPosting(t.db, again)!;
    expect(groupIdOf(first)).toBe(group.publicId);
    expect(group).toMatchObject({ firstSeenAt: T0, closedAt: null, reposts: 1 });
  });

  it('keeps a group open, shown by an open copy, until its last copy closes', () => {
    const { t, put } = setup();
    const pair = kind('aggregator excerpt', true);
    const full = put(pair.a, T0);
    const excerpt = put(pair.b, T0 + 10 * DAY);
    closeStalePostings(t.db, 'greenhouse', T0 + 20 * DAY, 14 * DAY);
    let group = getGroupOfPosting(t.db, full)!;
    expect(group.closedAt).toBeNull();
    expect(group.copies.find((c) => c.isRepresentative)!.publicId).toBe(excerpt);
    closeStalePostings(t.db, 'remotive', T0 + 40 * DAY, 14 * DAY);
    group = getGroupOfPosting(t.db, full)!;
    expect(group.closedAt).toBe(T0 + 40 * DAY);
    expect(group.copies.find((c) => c.isRepresentative)!.publicId).toBe(full);
  });

  it('regroups a stored database into the same groups as ingest made', () => {
    const { t, put, allGroups } = setup();
    pairs.slice(0, 60).forEach((pair, i) => {
      put(pair.a, T0 + i * 1000);
      put(pair.b, T0 + i * 1000 + 500);
    });
    const before = allGroups();
    expect(new Set(before.map((r) => (r as { grp: string }).grp)).size).toBeLessThan(before.length);
    expect(rebuildGroups(t.db).postings).toBe(before.length);
    expect(allGroups()).toEqual(before);
  });
});

describe('npm run groups', () => {
  it('explains a posting’s group: every copy, its board and why it joined', async () => {
    const { execFileSync } = await import('node:child_process');
    const { t, put } = setup();
    const pair = kind('company spelling', true);
    const a = put(pair.a, T0);
    const b = put(pair.b, T0 + DAY);
    t.db.$client.close();
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/groups.ts', ...args], {
        cwd: `${__dirname}/../..`,
        env: { ...process.env, RAQMI_DB: t.file },
        encoding: 'utf8',
      });
    const out = run('--explain', b);
    expect(out).toContain(`group g-${a}`);
    expect(out).toMatch(new RegExp(`${b}  weworkremotely[\\s\\S]*joined: description, score 0\\.9\\d* against ${a}`));
    expect(run('--rebuild')).toMatch(/regrouped 2 postings into 1 groups/);
    expect(run('--explain', a)).toContain(`group g-${a}`);
  });
});

describe('a copy that changes', () => {
  it('leaves its group when its title changes to another job’s, and the group carries on without it', () => {
    const { put, groupIdOf, t } = setup();
    const pair = kind('reformatted html', true);
    const a = put(pair.a, T0);
    const b = put(pair.b, T0 + DAY);
    expect(groupIdOf(b)).toBe(`g-${a}`);
    // The first copy becomes another job: the group keeps its name, and its other copy.
    put({ ...pair.a, posting: { ...pair.a.posting, title: `Senior ${pair.a.posting.title}` } }, T0 + 2 * DAY);
    expect(groupIdOf(b)).toBe(`g-${a}`);
    expect(groupIdOf(a)).not.toBe(`g-${a}`);
    expect(getGroupOfPosting(t.db, b)!.copies.map((c) => [c.publicId, c.isRepresentative])).toEqual([[b, true]]);
    expect(t.db.$client.prepare('SELECT count(*) AS n FROM job_groups').get()).toEqual({ n: 2 });
  });

  it('leaves both groups’ ids (feed item ids, /groups/<id>) leading to the job each stands for', () => {
    const { put, groupIdOf, t } = setup();
    const pair = kind('reformatted html', true);
    const a = put(pair.a, T0);
    const b = put(pair.b, T0 + DAY);
    put({ ...pair.a, posting: { ...pair.a.posting, title: `Senior ${pair.a.posting.title}` } }, T0 + 2 * DAY);
    const refounded = groupIdOf(a)!;
    expect(refounded).toMatch(new RegExp(`^g-${a}-[0-9a-z]+$`));
    expect(representativeOfGroup(t.db, `g-${a}`)).toBe(b);
    expect(representativeOfGroup(t.db, refounded)).toBe(a);
    expect(representativeOfGroup(t.db, `g-${b}`)).toBeUndefined();
    expect(representativeOfGroup(t.db, a)).toBeUndefined();
  });
});
