// Scrape runs, source leases and per-URL fetch state.
import type { RunStatus, ScrapeRunRow } from '../schema';
import type { Db } from '../client';

export type RunFinish = {
  status: Exclude<RunStatus, 'running'>;
  fetched: number; inserted: number; updated: number; unchanged: number; invalid: number; detailFailed: number; closed: number;
  error?: string | null;
  notes?: string | null;
};

export function ensureSource(db: Db, key: string, source: string): void {
  db.$client.prepare('INSERT OR IGNORE INTO sources (key, source) VALUES (?, ?)').run(key, source);
}

/** Commits a `running` row at once, so a run that dies leaves a trace. */
export function startRun(db: Db, key: string, now: number, replay: boolean): number {
  const info = db.$client
    .prepare("INSERT INTO scrape_runs (source_key, started_at, status, replay) VALUES (?, ?, 'running', ?)")
    .run(key, now, replay ? 1 : 0);
  return Number(info.lastInsertRowid);
}

export function finishRun(db: Db, runId: number, now: number, r: RunFinish): void {
  db.$client
    .prepare(
      `UPDATE scrape_runs SET finished_at = ?, status = ?, fetched = ?, inserted = ?, updated = ?, unchanged = ?,
         invalid = ?, detail_failed = ?, closed = ?, error = ?, notes = ? WHERE id = ?`,
    )
    .run(now, r.status, r.fetched, r.inserted, r.updated, r.unchanged, r.invalid, r.detailFailed, r.closed, r.error ?? null, r.notes ?? null, runId);
  const run = db.$client.prepare('SELECT source_key FROM scrape_runs WHERE id = ?').get(runId) as { source_key: string };
  db.$client
    .prepare(`UPDATE sources SET last_run_at = ?, last_ok_at = CASE WHEN ? IN ('ok', 'partial') THEN ? ELSE last_ok_at END WHERE key = ?`)
    .run(now, r.status, now, run.source_key);
}

/** A lease stops two processes from scraping one source at once. */
export function acquireLease(db: Db, key: string, owner: string, now: number, ttlMs: number): boolean {
  const info = db.$client
    .prepare(
      `UPDATE sources SET lease_owner = ?, lease_expires_at = ?
       WHERE key = ? AND (lease_owner IS NULL OR lease_expires_at IS NULL OR lease_expires_at <= ? OR lease_owner = ?)`,
    )
    .run(owner, now + ttlMs, key, now, owner);
  return info.changes === 1;
}

export function releaseLease(db: Db, key: string, owner: string): void {
  db.$client.prepare('UPDATE sources SET lease_owner = NULL, lease_expires_at = NULL WHERE key = ? AND lease_owner = ?').run(key, owner);
}

/** A `running` row whose source lease has expired (or was never taken) belongs to a dead process. */
export function failStaleRuns(db: Db, now: number): number {
  return db.$client
    .prepare(
      `UPDATE scrape_runs SET status = 'failed', finished_at = ?, error = 'the process running this scrape stopped before it finished'
       WHERE status = 'running' AND NOT EXISTS (
         SELECT 1 FROM sources s WHERE s.key = scrape_runs.source_key AND s.lease_owner IS NOT NULL AND s.lease_expires_at > ?)`,
    )
    .run(now, now).changes;
}

/** The count of postings the last successful run fetched: the baseline for layout-change checks. */
export function previousFetchedCount(db: Db, key: string): number | undefined {
  const row = db.$client
    .prepare("SELECT fetched FROM scrape_runs WHERE source_key = ? AND status IN ('ok', 'partial') ORDER BY id DESC LIMIT 1")
    .get(key) as { fetched: number } | undefined;
  return row?.fetched;
}

export type FetchStateRow = { url: string; lastFetchedAt: number | null; etag: string | null; lastModified: string | null };

export function readFetchState(db: Db, url: string): FetchStateRow | undefined {
  return db.$client
    .prepare('SELECT url, last_fetched_at AS lastFetchedAt, etag, last_modified AS lastModified FROM fetch_state WHERE url = ?')
    .get(url) as FetchStateRow | undefined;
}

export function writeFetchState(db: Db, key: string, url: string, now: number, etag: string | null, lastModified: string | null): void {
  db.$client
    .prepare(
      `INSERT INTO fetch_state (url, source_key, last_fetched_at, etag, last_modified) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(url) DO UPDATE SET last_fetched_at = excluded.last_fetched_at, etag = excluded.etag, last_modified = excluded.last_modified`,
    )
    .run(url, key, now, etag, lastModified);
}

export function setNextRun(db: Db, key: string, at: number | null): void {
  db.$client.prepare('UPDATE sources SET next_run_at = ? WHERE key = ?').run(at, key);
}

export function latestRuns(db: Db, limitPerSource = 1): ScrapeRunRow[] {
  const rows = db.$client
    .prepare(
      `SELECT * FROM (SELECT r.*, ROW_NUMBER() OVER (PARTITION BY source_key ORDER BY id DESC) AS rn FROM scrape_runs r) WHERE rn <= ?
       ORDER BY source_key, id DESC`,
    )
    .all(limitPerSource) as Record<string, unknown>[];
  return rows.map((r) => ({
    id: r.id as number, sourceKey: r.source_key as string, startedAt: r.started_at as number, finishedAt: (r.finished_at as number) ?? null,
    status: r.status as RunStatus, replay: Boolean(r.replay), fetched: r.fetched as number, inserted: r.inserted as number,
    updated: r.updated as number, unchanged: r.unchanged as number, invalid: r.invalid as number, detailFailed: r.detail_failed as number,
    closed: r.closed as number, error: (r.error as string) ?? null, notes: (r.notes as string) ?? null,
  }));
}
