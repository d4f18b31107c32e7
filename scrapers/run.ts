// runSource: one scrape of one target. A `running` row is committed first; then
// fetch → parse → validate → normalise → classify → upsert in ONE transaction → finish the row.
// Any failure is recorded on the run (as a classified reason) and leaves the stored postings as
// they were. The run has a time budget and renews its lease while alive (run-guard.ts).
import { publicIdOf } from '../lib/postings/identity';
import { preparePosting, type ClassifiedPosting } from '../lib/postings/pipeline';
import type { Db } from '../db/client';
import {
  acquireLease,
  ensureSource,
  finishRun,
  previousFetchedCount,
  readFetchState,
  releaseLease,
  renewLease,
  startRun,
  writeFetchState,
} from '../db/queries/runs';
import { bumpDataVersion, closeStalePostings, touchOpenPostings, upsertPosting } from '../db/queries/upsert';
import { failureCodeOf, failureOf } from './failure';
import type { Http } from './http';
import { httpStatusError, RunStoppedError } from './http-errors';
import { guardRun } from './run-guard';
import { ParseError, ZRawPosting, type RawPosting, type RunResult, type SourceAdapter, type Target } from './types';

export type RunDeps = {
  db: Db;
  http: Http;
  now: () => number;
  replay: boolean;
  closeAfterMs: number;
  owner: string;
  leaseMs?: number;
  /** Wall-clock budget of one run (default 10 minutes, under the 15-minute lease). */
  budgetMs?: number;
  /** Called inside the open postings transaction, after the upserts: tests inject a crash here. */
  onTransactionOpen?: () => void;
};

class SkipRun extends Error {}

type Collected = { postings: RawPosting[]; invalid: number; items: number; declaredEmpty: boolean; notModified: boolean; notes: string[] };
type Fetching = { adapter: SourceAdapter; target: Target; deps: RunDeps; signal: AbortSignal };

function validate(items: unknown[], into: Collected, seen: Set<string>): number {
  let fresh = 0;
  for (const item of items) {
    const parsed = ZRawPosting.safeParse(item);
    if (!parsed.success) {
      into.invalid++;
      if (into.notes.length < 5)
        into.notes.push(`invalid posting: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      continue;
    }
    if (seen.has(parsed.data.externalId)) continue;
    seen.add(parsed.data.externalId);
    into.postings.push(parsed.data);
    fresh++;
  }
  return fresh;
}

async function fetchPage({ adapter, target, deps, signal }: Fetching, url: string): Promise<{ body: string; notModified: boolean }> {
  const state = readFetchState(deps.db, url);
  if (!deps.replay && state?.lastFetchedAt && deps.now() - state.lastFetchedAt < adapter.minIntervalMs) {
    const next = new Date(state.lastFetchedAt + adapter.minIntervalMs).toISOString();
    throw new SkipRun(
      `${adapter.name} asks for at most one request per ${Math.round(adapter.minIntervalMs / 60000)} min; next allowed at ${next}`,
    );
  }
  const res = await deps.http.get(url, { hosts: adapter.hosts, signal, etag: state?.etag, lastModified: state?.lastModified });
  if (!deps.replay || res.status === 200 || res.status === 304) {
    writeFetchState(
      deps.db,
      target.key,
      url,
      deps.now(),
      res.headers.get('etag') ?? state?.etag ?? null,
      res.headers.get('last-modified') ?? state?.lastModified ?? null,
    );
  }
  if (res.status === 304) return { body: '', notModified: true };
  if (res.status !== 200) throw httpStatusError(res.status, url);
  if (!res.body.trim()) throw new ParseError(`empty response from ${url}`, 'empty');
  return { body: res.body, notModified: false };
}

async function collect(f: Fetching): Promise<Collected> {
  const { adapter, target, deps } = f;
  const out: Collected = { postings: [], invalid: 0, items: 0, declaredEmpty: false, notModified: false, notes: [] };
  const seen = new Set<string>();
  const context = (url: string) => ({ url, now: new Date(deps.now()), target });
  for (const url of adapter.urls(target)) {
    const page = await fetchPage(f, url);
    if (page.notModified) {
      out.notModified = true;
      return out;
    }
    const parsed = adapter.parse(page.body, context(url));
    out.items += parsed.items.length;
    out.declaredEmpty ||= parsed.declaredEmpty;
    validate(parsed.items, out, seen);
  }
  // Pagination stops on a page that brings nothing new (a replay answers every page with page 1).
  if (adapter.pageUrl) {
    for (let n = 2; n <= (adapter.maxPages ?? 5); n++) {
      const url = adapter.pageUrl(target, n);
      const page = await fetchPage(f, url);
      if (page.notModified) break;
      const parsed = adapter.parse(page.body, context(url));
      out.items += parsed.items.length;
      if (validate(parsed.items, out, seen) === 0) break;
    }
  }
  return out;
}

type Details = { postings: RawPosting[]; failed: number; firstFailure?: string };

async function fillDetails({ adapter, deps, signal }: Fetching, postings: RawPosting[], notes: string[]): Promise<Details> {
  if (!adapter.parseDetail) return { postings, failed: 0 };
  let failed = 0;
  let firstFailure: string | undefined;
  const limit = adapter.maxDetailPages ?? 30;
  const filled: RawPosting[] = [];
  for (const [i, posting] of postings.entries()) {
    if (!posting.detailUrl || i >= limit) {
      filled.push(posting);
      continue;
    }
    try {
      // The detail URL comes from the board: the HTTP layer fetches it only on a declared host.
      const res = await deps.http.get(posting.detailUrl, { hosts: adapter.hosts, signal });
      if (res.status !== 200) throw httpStatusError(res.status, posting.detailUrl);
      filled.push(ZRawPosting.parse(adapter.parseDetail(res.body, posting, { url: posting.detailUrl, now: new Date(deps.now()) })));
    } catch (error) {
      if (error instanceof RunStoppedError) throw error;
      // The listing's own data is kept; the run becomes partial.
      failed++;
      firstFailure ??= failureCodeOf(error);
      if (notes.length < 8) notes.push(`detail page failed for ${publicIdOf(adapter.id, posting.externalId)}: ${failureOf(error).error}`);
      filled.push(posting);
    }
  }
  return { postings: filled, failed, firstFailure };
}

/** raw → normalised → classified for every posting; one that cannot be normalised is counted invalid. */
function prepareAll(
  adapter: SourceAdapter,
  target: Target,
  raws: RawPosting[],
  got: Collected,
  now: number,
): { prepared: ClassifiedPosting[]; invalid: number } {
  const context = { source: adapter.id, sourceKey: target.key, timeZoneOffsetMinutes: adapter.timeZoneOffsetMinutes, now };
  const board = { remoteOnly: adapter.remoteOnly, marketplace: adapter.freelanceMarketplace };
  const prepared: ClassifiedPosting[] = [];
  let invalid = got.invalid;
  for (const raw of raws) {
    try {
      prepared.push(preparePosting(raw, context, board));
    } catch (error) {
      invalid++;
      if (got.notes.length < 8) got.notes.push((error as Error).message);
    }
  }
  return { prepared, invalid };
}

/** A response that parses to nothing, or to under 20% of the last good run, fails the run. */
function checkLayout(got: Collected, previous: number | undefined): void {
  if (got.items === 0 && !got.declaredEmpty) throw new ParseError('layout changed? the response parsed to zero postings', 'layout-zero');
  if (got.items > 0 && got.postings.length === 0)
    throw new ParseError(`layout changed? none of ${got.items} postings was valid`, `layout-invalid:${got.items}`);
  if (previous !== undefined && previous >= 10 && got.postings.length < previous * 0.2) {
    throw new ParseError(
      `layout changed? ${got.postings.length} postings against ${previous} in the last good run`,
      `layout-drop:${got.postings.length}/${previous}`,
    );
  }
}

/** Upserts, closes what went stale and bumps the data version, all in ONE transaction. */
function storePostings(
  target: Target,
  prepared: ClassifiedPosting[],
  deps: RunDeps,
  assertAlive: () => void,
): { inserted: number; updated: number; unchanged: number; closed: number } {
  const { db } = deps;
  const now = deps.now();
  const counts = { inserted: 0, updated: 0, unchanged: 0, closed: 0 };
  db.transaction(() => {
    // Inside the transaction: a run that lost its lease or its budget writes nothing.
    assertAlive();
    for (const p of prepared) counts[upsertPosting(db, p, now)]++;
    deps.onTransactionOpen?.();
    counts.closed = closeStalePostings(db, target.key, now, deps.closeAfterMs);
    bumpDataVersion(db);
  });
  return counts;
}

export async function runSource(adapter: SourceAdapter, target: Target, deps: RunDeps): Promise<RunResult> {
  const { db } = deps;
  ensureSource(db, target.key, target.source);
  const zero = { fetched: 0, inserted: 0, updated: 0, unchanged: 0, invalid: 0, detailFailed: 0, closed: 0 };
  const runId = startRun(db, target.key, deps.now(), deps.replay);
  const finish = (result: Omit<RunResult, 'runId' | 'key'>): RunResult => {
    finishRun(db, runId, deps.now(), { ...result, error: result.errorCode ?? null, notes: result.notes.join('\n') || null });
    return { ...result, runId, key: target.key };
  };
  const leaseMs = deps.leaseMs ?? 15 * 60 * 1000;
  if (!acquireLease(db, target.key, deps.owner, deps.now(), leaseMs)) {
    return finish({ ...zero, status: 'skipped', notes: ['another process holds this source’s lease'] });
  }
  const guard = guardRun({
    budgetMs: deps.budgetMs ?? 10 * 60 * 1000,
    renewEveryMs: leaseMs / 3,
    now: deps.now,
    renewLease: () => renewLease(db, target.key, deps.owner, deps.now(), leaseMs),
  });
  const f: Fetching = { adapter, target, deps, signal: guard.signal };
  try {
    const got = await collect(f);
    if (got.notModified) {
      guard.assertAlive();
      const touched = touchOpenPostings(db, target.key, deps.now());
      return finish({ ...zero, unchanged: touched, status: 'ok', notes: ['not modified (304): postings kept as they were'] });
    }
    checkLayout(got, previousFetchedCount(db, target.key));
    const details = await fillDetails(f, got.postings, got.notes);
    const { prepared, invalid } = prepareAll(adapter, target, details.postings, got, deps.now());
    const counts = storePostings(target, prepared, deps, guard.assertAlive);
    return finish({
      ...counts,
      fetched: got.postings.length,
      invalid,
      detailFailed: details.failed,
      status: details.failed > 0 ? 'partial' : 'ok',
      notes: got.notes,
      errorCode: details.firstFailure,
    });
  } catch (error) {
    if (error instanceof SkipRun) return finish({ ...zero, status: 'skipped', notes: [error.message] });
    return finish({ ...zero, status: 'failed', ...failureOf(error), notes: [] });
  } finally {
    guard.dispose();
    releaseLease(db, target.key, deps.owner);
  }
}
