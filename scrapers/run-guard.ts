// Keeps a run honest about time and ownership. A run has a wall-clock budget: when it runs out,
// the run's signal aborts whatever request is in flight. The source's lease is renewed while the
// run is alive; if another process has taken it, the signal aborts too, and assertAlive() (called
// inside the write transaction) makes sure a run that lost its lease writes nothing.
import { RunStoppedError } from './http-errors';

export type RunGuard = { signal: AbortSignal; assertAlive(): void; dispose(): void };

export type GuardOptions = {
  budgetMs: number;
  /** Renews the lease; false when this run no longer holds it. */
  renewLease: () => boolean;
  renewEveryMs: number;
  now: () => number;
};

export function guardRun(options: GuardOptions): RunGuard {
  const controller = new AbortController();
  const startedAt = options.now();
  const stop = (code: 'budget' | 'lease-lost') => {
    if (!controller.signal.aborted) controller.abort(new RunStoppedError(code));
  };
  const budget = setTimeout(() => stop('budget'), options.budgetMs);
  const renew = setInterval(() => {
    if (!options.renewLease()) stop('lease-lost');
  }, options.renewEveryMs);
  // Neither timer should keep a CLI process alive on its own.
  budget.unref();
  renew.unref();
  return {
    signal: controller.signal,
    assertAlive() {
      // The injected clock counts too: a fake clock's long sleeps use up the budget in tests.
      if (options.now() - startedAt > options.budgetMs) stop('budget');
      else if (!options.renewLease()) stop('lease-lost');
      if (controller.signal.aborted) throw controller.signal.reason;
    },
    dispose() {
      clearTimeout(budget);
      clearInterval(renew);
    },
  };
}
