// A first start before any board has answered (offline, or the first run still going): the
// listing says so in words a reader can follow, with the demo command as code and a way to see
// how each board's runs went.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, createDb } from '../../db/client';
import { tempDbPath } from '../helpers/seeded';
import { ensureBuilt, startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let removeDb: () => void;

beforeAll(async () => {
  ensureBuilt();
  const at = tempDbPath();
  removeDb = at.remove;
  closeDb(createDb(at.file));
  server = await startServer(at.file, {});
}, 600_000);

afterAll(async () => {
  await server?.stop();
  removeDb?.();
});

describe.each([
  ['en', '/', '/sources'],
  ['ar', '/ar', '/ar/sources'],
] as const)('the empty listing (%s)', (_locale, path, sources) => {
  it('shows the demo command as code, not between backticks, and links to the sources page', async () => {
    const html = await (await fetch(`${server.url}${path}`)).text();
    const status = /<div class="empty" role="status">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(status).toMatch(/<code[^>]*>npm run demo<\/code>/);
    expect(status).not.toContain('`');
    expect(status).toContain(`href="${sources}"`);
  });
});
