// The first step of a command a person starts (npm start, npm run demo, the server alone): the
// validated environment, or one line on stderr naming what is wrong and exit 1. A malformed
// setting is the operator's typo, not a bug: no stack trace.
import { env, type Env } from '../lib/env';

export function envOrExit(command: string): Env {
  try {
    return env();
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exit(1);
  }
}
