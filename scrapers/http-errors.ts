// Errors of the HTTP layer. Each carries a failure code (lib/failures.ts) so what a run records
// is a classified reason, never text a board sent.
import { failureCode, type FailureKind } from '../lib/failures';

export class HttpError extends Error {
  override name = 'HttpError';
  readonly code: string;
  constructor(
    message: string,
    code: string | FailureKind,
    readonly status?: number,
    readonly url?: string,
  ) {
    super(message);
    this.code = code;
  }
}

export class RobotsDisallowedError extends HttpError {
  override name = 'RobotsDisallowedError';
}

/** The run was stopped from outside the request: its budget ran out or it lost its lease. */
export class RunStoppedError extends Error {
  override name = 'RunStoppedError';
  constructor(readonly code: 'budget' | 'lease-lost') {
    super(code === 'budget' ? 'the run took longer than its time budget' : 'another process took over this source’s lease');
  }
}

export const refused = (kind: 'refused-private' | 'refused-host' | 'refused-scheme', url: string, why: string) =>
  new HttpError(`refused ${url}: ${why}`, kind, undefined, url);

export const httpStatusError = (status: number, url: string, suffix = '') =>
  new HttpError(`HTTP ${status} from ${url}${suffix}`, failureCode('http', status), status, url);
