// The first step of every command a person starts (npm start, npm run demo / db:migrate / scrape /
// worker / alerts / reclassify / groups, the server alone): the validated environment, or one line
// on stderr naming what is wrong and exit 1. A malformed setting is the operator's typo, not a
// bug: no stack trace. Here, not in scripts/, because entry points live in db/, scrapers/, worker/
// and alerts/ too, and those import lib only.
import { env, port, publicOrigin, type Env } from './env';

/** What a command reads beyond env(): `port` to serve the site, `origin` to link to it (its
 *  RAQMI_PUBLIC_URL, or PORT when that is unset). Only these commands check PORT. */
export type EnvNeeds = { port?: boolean; origin?: boolean };

export function envOrExit(command: string, needs: EnvNeeds = {}): Env {
  try {
    const config = env();
    if (needs.port) port();
    if (needs.origin) publicOrigin();
    return config;
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exit(1);
  }
}
