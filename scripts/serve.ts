// npm start — the production server: Next's request handler behind a plain Node HTTP server, so
// that the socket's peer address is known. Next does not expose it to routes; it only copies it
// into X-Forwarded-For when the client sent none, so that header is the client's to forge. Here
// the client is decided once (lib/client-address.ts, RAQMI_TRUST_PROXY), written into
// x-raqmi-client over whatever the request held, and uncached searches are limited per client
// (lib/search-gate.ts, RAQMI_SEARCH_CONCURRENCY) before Next spends anything on them. In front of
// all that, the page cache (server/cached-handler.ts): a cached GET page, feed or sitemap is sent
// without rendering, and `/ar/…` is routed to the shared pages. Before anything, a full URL in the
// request line is cut to its path (server/request-target.ts): no client decides a redirect's host.
// Options: -p PORT (default PORT), -H HOST (default: every interface, like `next start`).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import next from 'next';
import { clientAddress } from '../lib/client-address';
import { parsePort, port as envPort, portProblem, publicOrigin } from '../lib/env';
import { publicUrlWarning } from '../lib/public-url-warning';
import { createSearchGate, isSearchCached, searchParamsOf, TOO_MANY_SEARCHES } from '../lib/search-gate';
import { cachedHandler } from '../server/cached-handler';
import { answerClientError } from '../server/client-error';
import { onSupervisorGone } from '../lib/launcher';
import { refuseMethod } from '../server/methods';
import { refuseRequestTarget } from '../server/request-target';
import { listStaticFiles } from '../server/static-files';
import { isSiteSchemaReady } from '../db/queries/connection';
import { envOrExit } from '../lib/env-or-exit';

const CLIENT_HEADER = 'x-raqmi-client';
const FEED = /\/feed\.(xml|atom|json)$/;

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
const config = envOrExit('serve', { port: true });
const port = values.port === undefined ? envPort() : parsePort(values.port);
if (port === undefined) {
  console.error(`serve: -p ${portProblem(values.port ?? '')}`);
  process.exit(1);
}
const hostname = values.hostname;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
const gate = createSearchGate(config.RAQMI_SEARCH_CONCURRENCY);

function tooMany(res: ServerResponse): void {
  res.writeHead(429, {
    'content-type': 'text/plain; charset=utf-8',
    'retry-after': '1',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(TOO_MANY_SEARCHES);
}

/** Admits the request, or answers 429 when it is one uncached search too many for its client. */
function admit(req: IncomingMessage, res: ServerResponse, client: string): boolean {
  const params = searchParamsOf(req.method, req.url);
  // Feeds are not in the listing cache: every feed search is a real one.
  if (!params || (!FEED.test(req.url!.split('?')[0]!) && isSearchCached(params))) return true;
  const release = gate.tryEnter(client);
  if (!release) {
    tooMany(res);
    return false;
  }
  res.once('close', release);
  return true;
}

/** Next's handler behind the search gate: what the page cache calls on a miss. */
async function render(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const client = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.RAQMI_TRUST_PROXY);
  req.headers[CLIENT_HEADER] = client;
  if (!admit(req, res, client)) return;
  await handle(req, res);
}

const serve = cachedHandler(render, { enabled: config.RAQMI_PAGE_CACHE === 'on', files: listStaticFiles(root) });

const UNMIGRATED = `Raqmi's database (${config.RAQMI_DB}) has no tables yet. Run \`npm run db:migrate\` (npm start does it for you), then reload.\n`;

/** A database nobody migrated: every view answers 503 with the fix, until a writer migrates it. */
function unmigrated(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.url?.startsWith('/_next/') || isSiteSchemaReady()) return false;
  res.writeHead(503, {
    'content-type': 'text/plain; charset=utf-8',
    'retry-after': '10',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(UNMIGRATED);
  return true;
}

// Only an explicit host counts here: npm start (scripts/start.ts) gives none and has warned with
// the operator's NODE_ENV, which it then sets to production for this process whatever it was.
const warning = publicUrlWarning({ publicUrl: config.RAQMI_PUBLIC_URL, origin: publicOrigin(), nodeEnv: undefined, host: hostname });
if (warning) console.warn(`[serve] ${warning}`);

/** One line for a port that cannot be had (Next's handler would print the error twice and exit 0). */
function listenProblem(error: NodeJS.ErrnoException): string {
  const where = `port ${port}${hostname ? ` on ${hostname}` : ''}`;
  if (error.code === 'EADDRINUSE') return `${where} is already in use: stop what holds it or choose another PORT`;
  if (error.code === 'EACCES') return `${where} needs privileges this process does not have: choose a PORT above 1023`;
  if (error.code === 'EADDRNOTAVAIL') return `${hostname ?? 'the host'} is not an address of this machine`;
  return `cannot listen on ${where}: ${error.message}`;
}

await app.prepare();
const server = createServer((req, res) => {
  // First: every later layer reads req.url as a path, and some build redirects from it.
  if (refuseRequestTarget(req, res) || refuseMethod(req, res) || unmigrated(req, res)) return;
  serve(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Internal server error\n');
  });
});
server.on('clientError', answerClientError);
// Started by npm start's supervisor and it died without stopping us: stop as its SIGTERM would.
onSupervisorGone(() => process.kill(process.pid, 'SIGTERM'));
const onListenError = (error: NodeJS.ErrnoException) => {
  console.error(`serve: ${listenProblem(error)}`);
  process.exit(1);
};
server.once('error', onListenError);
server.once('listening', () => server.off('error', onListenError));
server.listen(port, hostname, () => console.log(`Raqmi on http://${hostname ?? 'localhost'}:${port}`));
