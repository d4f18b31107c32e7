// Polite HTTP for every scrape: an honest user agent, robots.txt, per-host pacing, timeouts,
// retries with exponential backoff (network errors, 408, 429, 5xx; Retry-After honoured),
// conditional requests and a response size cap. fetch, sleep and now are injected so tests run
// it against recordings with a fake clock.
import robotsParser from 'robots-parser';

export type FetchLike = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

export type HttpDeps = {
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  userAgent: string;
  /** Least time between two requests to one host. */
  pacingMs?: number;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
  /** Longest Retry-After we will wait; a longer one fails the request. */
  maxRetryAfterMs?: number;
};

export type HttpResponse = { status: number; body: string; headers: Headers; url: string };

export class HttpError extends Error {
  override name = 'HttpError';
  constructor(message: string, readonly status?: number, readonly url?: string) {
    super(message);
  }
}

export class RobotsDisallowedError extends HttpError {
  override name = 'RobotsDisallowedError';
}

const RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;

function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new HttpError(`response larger than ${maxBytes} bytes`, res.status, url);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new HttpError(`response larger than ${maxBytes} bytes`, res.status, url);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

export type Http = {
  get(url: string, options?: { etag?: string | null; lastModified?: string | null }): Promise<HttpResponse>;
  /** Requests made, in order, with the time each was sent: what the pacing test reads. */
  log: { url: string; at: number; status?: number }[];
};

export function createHttp(deps: HttpDeps): Http {
  const pacingMs = deps.pacingMs ?? 2000;
  const timeoutMs = deps.timeoutMs ?? 20_000;
  const retries = deps.retries ?? 3;
  const backoffMs = deps.backoffMs ?? 1000;
  const maxBytes = deps.maxBytes ?? 10 * 1024 * 1024;
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? 5 * 60 * 1000;
  const lastRequestAt = new Map<string, number>();
  const robots = new Map<string, ReturnType<typeof robotsParser> | null>();
  const log: Http['log'] = [];

  async function paced(url: string): Promise<void> {
    const host = new URL(url).host;
    const last = lastRequestAt.get(host);
    if (last !== undefined) {
      const wait = last + pacingMs - deps.now();
      if (wait > 0) await deps.sleep(wait);
    }
    lastRequestAt.set(host, deps.now());
  }

  async function once(url: string, headers: Record<string, string>): Promise<Response> {
    await paced(url);
    const entry: Http['log'][number] = { url, at: deps.now() };
    log.push(entry);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await deps.fetch(url, { headers: { 'user-agent': deps.userAgent, ...headers }, signal: controller.signal });
      entry.status = res.status;
      return res;
    } catch (error) {
      const reason = controller.signal.aborted ? `timed out after ${timeoutMs} ms` : (error as Error).message;
      throw new HttpError(`network error for ${url}: ${reason}`, undefined, url);
    } finally {
      clearTimeout(timer);
    }
  }

  async function withRetries(url: string, headers: Record<string, string>): Promise<HttpResponse> {
    let attempt = 0;
    for (;;) {
      let res: Response | undefined;
      let failure: HttpError | undefined;
      try {
        res = await once(url, headers);
      } catch (error) {
        failure = error as HttpError;
      }
      if (res && !RETRYABLE(res.status)) {
        const body = res.status === 304 ? '' : await readCapped(res, maxBytes, url);
        return { status: res.status, body, headers: res.headers, url };
      }
      attempt++;
      if (attempt > retries) {
        if (failure) throw failure;
        throw new HttpError(`HTTP ${res?.status} from ${url} after ${retries + 1} attempts`, res?.status, url);
      }
      const hinted = res ? retryAfterMs(res.headers.get('retry-after'), deps.now()) : undefined;
      if (hinted !== undefined && hinted > maxRetryAfterMs) {
        throw new HttpError(`HTTP ${res?.status} from ${url}: Retry-After ${Math.round(hinted / 1000)} s is longer than we wait`, res?.status, url);
      }
      await res?.body?.cancel().catch(() => undefined);
      await deps.sleep(hinted ?? backoffMs * 2 ** (attempt - 1));
    }
  }

  async function allowed(url: string): Promise<boolean> {
    const { origin } = new URL(url);
    if (!robots.has(origin)) {
      const robotsUrl = `${origin}/robots.txt`;
      let parsed: ReturnType<typeof robotsParser> | null = null;
      try {
        const res = await withRetries(robotsUrl, {});
        // No robots.txt (4xx) means everything is allowed; a server error means we cannot know.
        if (res.status >= 200 && res.status < 300) parsed = robotsParser(robotsUrl, res.body);
      } catch {
        parsed = null;
      }
      robots.set(origin, parsed);
    }
    const rules = robots.get(origin);
    return rules ? rules.isAllowed(url, deps.userAgent) !== false : true;
  }

  return {
    log,
    async get(url, options = {}) {
      if (!(await allowed(url))) throw new RobotsDisallowedError(`robots.txt disallows ${url}`, undefined, url);
      const headers: Record<string, string> = {};
      if (options.etag) headers['if-none-match'] = options.etag;
      if (options.lastModified) headers['if-modified-since'] = options.lastModified;
      return withRetries(url, headers);
    },
  };
}
