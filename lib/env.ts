// The one place that reads process.env: validated once, with defaults.
import { z } from 'zod';

// The site's public origin: absolute links in feeds, the API and the sitemap come from here, never
// from the address the server binds or a Host / X-Forwarded-* header a client controls.
const ZPublicUrl = z
  .string()
  .transform((v, ctx) => {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an absolute http(s) URL such as https://raqmi.example' });
      return z.NEVER;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) origin without path, query or credentials' });
      return z.NEVER;
    }
    return url.origin;
  })
  .optional();

const ZEnv = z.object({
  RAQMI_DB: z.string().min(1).default('data/raqmi.db'),
  /** Where `npm run demo` builds its database. */
  RAQMI_DEMO_DB: z.string().min(1).default('data/demo.db'),
  RAQMI_REPLAY: z.string().min(1).optional(),
  RAQMI_NOW: z.string().min(1).optional(),
  RAQMI_SCHEDULER: z.enum(['on', 'off']).default('on'),
  RAQMI_ATS_BOARDS: z.string().default(''),
  RAQMI_CLOSE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RAQMI_LIST_CACHE: z.enum(['on', 'off']).default('on'),
  /** Uncached searches one client may have in flight; past it, 429. 0 = no limit (the bench). */
  RAQMI_SEARCH_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(2),
  /** 1: a proxy in front appends the client to X-Forwarded-For; its last hop is the client. */
  RAQMI_TRUST_PROXY: z.enum(['0', '1']).default('0').transform((v) => v === '1'),
  /** Test-only: a scrape pauses this long inside its open postings transaction (crash tests). */
  RAQMI_TEST_HOLD_TX_MS: z.coerce.number().int().min(0).default(0),
  RAQMI_CONTACT_URL: z.string().default('https://github.com/raqmi/raqmi'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  RAQMI_PUBLIC_URL: ZPublicUrl,
  /** The full-response page cache (scripts/serve.ts); `off` renders every request (the bench's cold case). */
  RAQMI_PAGE_CACHE: z.enum(['on', 'off']).default('on'),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${details}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** The public origin (no trailing slash): RAQMI_PUBLIC_URL, or http://localhost:PORT locally. */
export function publicOrigin(): string {
  const e = env();
  return e.RAQMI_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
}
