// Runs targets one after another with shared polite-HTTP settings: the library the CLI, the
// scheduler and the demo call.
import { randomUUID } from 'node:crypto';
import { env } from '../lib/env';
import type { Db } from '../db/client';
import { failStaleRuns } from '../db/queries/runs';
import { createHttp, type FetchLike, type Resolver } from './http';
import { createGuardedFetch, systemResolver } from './net-guard';
import { ADAPTERS } from './registry';
import { createReplayFetch, replayResolver } from './replay';
import { runSource } from './run';
import type { RunResult, Target } from './types';

export const USER_AGENT = () => `RaqmiBot/0.1 (+${env().RAQMI_CONTACT_URL}; digital-marketing job aggregator)`;

export type ScrapeOptions = {
  db: Db;
  replayDir?: string;
  /** Pinned clock (ISO); the real clock when absent. */
  now?: string;
  owner?: string;
  onResult?: (result: RunResult) => void;
  onStart?: (target: Target) => void;
  fetch?: FetchLike;
  /** Default: the system resolver live, a stand-in address under a replay. */
  resolve?: Resolver;
  /** Wall-clock budget of each run. */
  budgetMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Passed to every run (scrapers/run.ts): where tests inject a crash mid-transaction. */
  onTransactionOpen?: () => void;
};

export function clockFrom(now: string | undefined): () => number {
  if (!now) return () => Date.now();
  const pinned = Date.parse(now);
  if (!Number.isFinite(pinned)) throw new Error(`--now: "${now}" is not an ISO date`);
  return () => pinned;
}

export async function scrapeTargets(targets: readonly Target[], options: ScrapeOptions): Promise<RunResult[]> {
  const now = clockFrom(options.now);
  const replay = Boolean(options.replayDir);
  const resolve = options.resolve ?? (options.replayDir ? replayResolver : systemResolver);
  // Live, the global fetch connects only to addresses the resolver allowed (net-guard.ts).
  const guarded = options.fetch || options.replayDir ? undefined : createGuardedFetch(resolve);
  const fetchImpl: FetchLike = options.fetch ?? (options.replayDir ? createReplayFetch(options.replayDir) : guarded!.fetch);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const owner = options.owner ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
  failStaleRuns(options.db, now());
  const results: RunResult[] = [];
  try {
    await runEach(targets, options, { fetchImpl, resolve, sleep, now, replay, owner }, results);
  } finally {
    await guarded?.close();
  }
  return results;
}

type Shared = {
  fetchImpl: FetchLike;
  resolve: Resolver;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  replay: boolean;
  owner: string;
};

async function runEach(
  targets: readonly Target[],
  options: ScrapeOptions,
  { fetchImpl, resolve, sleep, now, replay, owner }: Shared,
  results: RunResult[],
): Promise<void> {
  for (const target of targets) {
    options.onStart?.(target);
    // A fresh HTTP client per run: robots.txt is cached per run, pacing is per host.
    const http = createHttp({
      fetch: fetchImpl,
      resolve,
      sleep,
      now,
      userAgent: USER_AGENT(),
      pacingMs: replay ? 0 : 2000,
      backoffMs: replay ? 0 : 1000,
    });
    const result = await runSource(ADAPTERS[target.source], target, {
      db: options.db,
      http,
      now,
      replay,
      owner,
      budgetMs: options.budgetMs,
      closeAfterMs: env().RAQMI_CLOSE_AFTER_DAYS * 24 * 60 * 60 * 1000,
      onTransactionOpen: options.onTransactionOpen,
    });
    results.push(result);
    options.onResult?.(result);
  }
}
