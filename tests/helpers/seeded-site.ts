// The site an end-to-end file tests: the production build serving a fresh copy of the demo
// postings (plus whatever the file seeds) and, unless the file asks for none, Debian's Chromium
// to read it with. Started in the file's beforeAll, stopped in its afterAll, so that each file
// says only what its site holds and reads it through the accessors returned.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startSeededServers, type RunningServer, type SeededServers, type SeedOptions } from './server';

export type SeededSiteOptions = SeedOptions & {
  /** One server per entry, each with these variables (default: one server with none). */
  envs?: Record<string, string>[];
  /** Launch Chromium as well (default: true). */
  browser?: boolean;
  /** How long building, seeding and starting may take (default: 5 minutes, a cold build). */
  timeout?: number;
};

export type SeededSite = {
  /** The first server's address. */
  readonly url: string;
  readonly servers: readonly RunningServer[];
  /** The database file every server reads. */
  readonly file: string;
  readonly browser: Browser;
};

/** Registers the hooks that start and stop the site; read what it returns in tests and later hooks. */
export function setUpSeededSite(options: SeededSiteOptions = {}): SeededSite {
  let started: SeededServers | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    started = await startSeededServers(options.envs ?? [{}], options);
    if (options.browser !== false) browser = await launchBrowser();
  }, options.timeout ?? 300_000);
  afterAll(async () => {
    await browser?.close();
    await started?.stop();
  });
  // Read at a file's top level, before the beforeAll above has run, there is nothing yet: say so.
  const site = () => started ?? fail('the site is not started yet');
  return {
    get url() {
      return site().servers[0]!.url;
    },
    get servers() {
      return site().servers;
    },
    get file() {
      return site().file;
    },
    get browser() {
      return browser ?? fail(options.browser === false ? 'this site was started without a browser' : 'the browser is not launched yet');
    },
  };
}

function fail(message: string): never {
  throw new Error(message);
}
