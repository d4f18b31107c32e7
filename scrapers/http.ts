// Polite HTTP for every scrape: an honest user agent, robots.txt, per-host pacing, one deadline
// per request (headers and body), retries with exponential backoff (network errors, 408, 429,
// 5xx; Retry-After honoured), conditional requests and a response size cap. It reaches the
// network only through the injected `fetch` and `resolve`, fetches only the hosts the caller
// declares, follows redirects by hand within them (robots.txt checked for each new host) and
// refuses any name that resolves to a non-public address. sleep and now are injected so tests
// run it against recordings with a fake clock.
import robotsParser from 'robots-parser';
import { failureCode } from '../lib/failures';
import { readCapped, sleepUnless, whenAborted } from './http-body';
import { HttpError, RobotsDisallowedError, RunStoppedError, httpStatusError, refused } from './http-errors';
import { checkAddress, checkTarget, systemResolver, type Resolver } from './net-guard';

export { HttpError, RobotsDisallowedError, RunStoppedError } from './http-errors';
export type { Resolver } from './net-guard';

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'manual' },
) => Promise<Response>;

export type HttpDeps = {
  fetch: FetchLike;
  /** Default: the system resolver (dns.promises.lookup). */
  resolve?: Resolver;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  userAgent: string;
  /** Least time between two requests to one host. */
  pacingMs?: number;
  /** One deadline for a request: connecting, headers and the whole body. */
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
  /** Longest Retry-After we will wait; a longer one fails the request. */
  maxRetryAfterMs?: number;
  maxRedirects?: number;
};

export type HttpResponse = { status: number; body: string; headers: Headers; url: string };

export type GetOptions = {
  /** The hosts this source may fetch (list, detail and robots.txt); anything else is refused. */
  hosts: readonly string[];
  etag?: string | null;
  lastModified?: string | null;
  /** The run's signal: its budget or a lost lease stops the request. */
  signal?: AbortSignal;
};

export type Http = {
  get(url: string, options: GetOptions): Promise<HttpResponse>;
  /** Requests made, in order, with the time each was sent: what the pacing test reads. */
  log: { url: string; at: number; status?: number }[];
};

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;
const REDIRECT = (status: number) => [301, 302, 303, 307, 308].includes(status);

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

type Robots = { rules: ReturnType<typeof robotsParser> | null } | { unavailable: string };

export function createHttp(deps: HttpDeps): Http {
  const o = {
    pacingMs: deps.pacingMs ?? 2000,
    timeoutMs: deps.timeoutMs ?? 20_000,
    retries: deps.retries ?? 3,
    backoffMs: deps.backoffMs ?? 1000,
    maxBytes: deps.maxBytes ?? 10 * 1024 * 1024,
    maxRetryAfterMs: deps.maxRetryAfterMs ?? 5 * 60 * 1000,
    maxRedirects: deps.maxRedirects ?? 4,
  };
  const resolve = deps.resolve ?? systemResolver;
  const lastRequestAt = new Map<string, number>();
  const robots = new Map<string, Robots>();
  const log: Http['log'] = [];

  async function paced(url: URL, signal: AbortSignal | undefined): Promise<void> {
    const last = lastRequestAt.get(url.host);
    if (last !== undefined) {
      const wait = last + o.pacingMs - deps.now();
      if (wait > 0) await sleepUnless(deps.sleep, wait, signal);
    }
    lastRequestAt.set(url.host, deps.now());
  }

  /** One request, body included, under one deadline; the body is read only when it is kept. */
  async function once(url: URL, headers: Record<string, string>, run: AbortSignal | undefined): Promise<{ res: Response; body: string }> {
    await paced(url, run);
    await checkAddress(url, resolve);
    const entry: Http['log'][number] = { url: url.href, at: deps.now() };
    log.push(entry);
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new HttpError(`timed out after ${o.timeoutMs} ms: ${url.href}`, 'timeout', undefined, url.href)),
      o.timeoutMs,
    );
    const stop = () => deadline.abort(run?.reason);
    run?.addEventListener('abort', stop, { once: true });
    if (run?.aborted) stop();
    const aborted = whenAborted(deadline.signal);
    try {
      // Raced against the deadline too: an injected fetch that ignores its signal cannot hang us.
      const sent = deps.fetch(url.href, {
        headers: { 'user-agent': deps.userAgent, ...headers },
        signal: deadline.signal,
        redirect: 'manual',
      });
      const res = await Promise.race([sent, aborted.promise]);
      entry.status = res.status;
      const keep = !RETRYABLE(res.status) && !REDIRECT(res.status) && res.status !== 304;
      if (!keep) await res.body?.cancel().catch(() => undefined);
      return { res, body: keep ? await readCapped(res, o.maxBytes, url.href, deadline.signal) : '' };
    } catch (error) {
      if (deadline.signal.aborted) throw deadline.signal.reason;
      if (error instanceof HttpError || error instanceof RunStoppedError) throw error;
      // The guarded fetch checks the address again as the socket connects (net-guard.ts).
      if ((error as { cause?: { code?: string } }).cause?.code === 'ENOTPUBLIC')
        throw refused('refused-private', url.href, 'resolved inside on connect');
      throw new HttpError(`network error for ${url.href}: ${(error as Error).name}`, 'network', undefined, url.href);
    } finally {
      clearTimeout(timer);
      aborted.dispose();
      run?.removeEventListener('abort', stop);
    }
  }

  async function withRetries(
    url: URL,
    headers: Record<string, string>,
    run: AbortSignal | undefined,
  ): Promise<{ res: Response; body: string }> {
    for (let attempt = 1; ; attempt++) {
      let got: { res: Response; body: string } | undefined;
      let failure: HttpError | undefined;
      try {
        got = await once(url, headers, run);
      } catch (error) {
        // Refusals and stopped runs are final; only network trouble and timeouts are retried.
        if (!(error instanceof HttpError) || (error.code !== 'network' && error.code !== 'timeout')) throw error;
        failure = error;
      }
      if (got && !RETRYABLE(got.res.status)) return got;
      const status = got?.res.status;
      if (attempt > o.retries) throw failure ?? httpStatusError(status!, url.href, ` after ${o.retries + 1} attempts`);
      const hinted = got ? retryAfterMs(got.res.headers.get('retry-after'), deps.now()) : undefined;
      if (hinted !== undefined && hinted > o.maxRetryAfterMs) {
        throw new HttpError(
          `HTTP ${status} from ${url.href}: Retry-After ${Math.round(hinted / 1000)} s is longer than we wait`,
          failureCode('retry-later', status!),
          status,
          url.href,
        );
      }
      await sleepUnless(deps.sleep, hinted ?? o.backoffMs * 2 ** (attempt - 1), run);
    }
  }

  /** Follows redirects by hand: each hop must be a declared host and allowed by its robots.txt. */
  async function follow(start: string, headers: Record<string, string>, options: GetOptions, checkRobots: boolean): Promise<HttpResponse> {
    let url = checkTarget(start, options.hosts);
    for (let hop = 0; ; hop++) {
      if (checkRobots) await assertAllowed(url, options);
      const { res, body } = await withRetries(url, headers, options.signal);
      if (!REDIRECT(res.status)) return { status: res.status, body, headers: res.headers, url: url.href };
      const location = res.headers.get('location');
      if (!location) throw httpStatusError(res.status, url.href, ' without a Location');
      if (hop >= o.maxRedirects)
        throw new HttpError(`more than ${o.maxRedirects} redirects from ${start}`, 'redirects', res.status, url.href);
      if (!URL.canParse(location, url)) throw new HttpError(`a redirect from ${url.href} to no URL`, 'bad-redirect', res.status, url.href);
      const next = checkTarget(new URL(location, url).href, options.hosts);
      if (url.protocol === 'https:' && next.protocol === 'http:') throw refused('refused-scheme', next.href, 'redirect from https to http');
      url = next;
    }
  }

  async function readRobots(origin: string, options: GetOptions): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await follow(robotsUrl, {}, options, false);
      if (res.status >= 200 && res.status < 300) return { rules: robotsParser(robotsUrl, res.body) };
      // RFC 9309 §2.3.1.3: no robots.txt (4xx) means everything is allowed.
      return { rules: null };
    } catch (error) {
      if (!(error instanceof HttpError) || error.code.startsWith('refused')) throw error;
      // §2.3.1.4: a server error or no answer means assume complete disallow (for this run).
      const status = error.status;
      if (status !== undefined && status < 500 && status !== 429) return { rules: null };
      return { unavailable: failureCode('robots-unavailable', status ?? (error.code === 'timeout' ? 'timeout' : 'network')) };
    }
  }

  async function assertAllowed(url: URL, options: GetOptions): Promise<void> {
    let known = robots.get(url.origin);
    if (!known) {
      known = await readRobots(url.origin, options);
      robots.set(url.origin, known);
    }
    if ('unavailable' in known)
      throw new RobotsDisallowedError(`robots.txt of ${url.origin} is unavailable`, known.unavailable, undefined, url.href);
    if (known.rules && known.rules.isAllowed(url.href, deps.userAgent) === false) {
      throw new RobotsDisallowedError(`robots.txt disallows ${url.href}`, 'robots-disallowed', undefined, url.href);
    }
  }

  return {
    log,
    get(url, options) {
      const headers: Record<string, string> = {};
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      return follow(url, headers, options, true);
    },
  };
}
