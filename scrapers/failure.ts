// A run's failure as a code (lib/failures.ts) and an English sentence: what the run row, the CLI
// and /sources show. Error messages are never shown: they can quote what a board sent.
import { describeFailure } from '../lib/failures';
import { HttpError, RunStoppedError } from './http-errors';
import { ParseError } from './types';

export function failureCodeOf(error: unknown): string {
  if (error instanceof HttpError || error instanceof RunStoppedError || error instanceof ParseError) return error.code;
  if (error instanceof SyntaxError) return 'malformed';
  return 'unknown';
}

export function failureOf(error: unknown): { errorCode: string; error: string } {
  const errorCode = failureCodeOf(error);
  return { errorCode, error: describeFailure(errorCode, 'en') };
}
