// The one place that reads process.env: one zod schema, validated once, at start (every command
// calls envOrExit, lib/env-or-exit.ts, before doing anything), with defaults. A value that is
// present but wrong is an error naming the variable, never a silent fallback; an empty one is
// unset. PORT is apart
// (port()): only what serves the site or links to it reads it.
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
    if (
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      url.pathname !== '/'
    ) {
      ctx.addIssue({ code: 'custom', message: 'must be an http(s) origin without path, query or credentials' });
      return z.NEVER;
    }
    return url.origin;
  })
  .optional();

const PORT_RULE = 'must be a whole number from 1 to 65535';

/** A TCP port as PORT or `-p` gives it, or undefined: "abc", "0", "99999" and "80.5" are not ports. */
export function parsePort(value: string): number | undefined {
  const n = Number(value.trim());
  return /^\d+$/.test(value.trim()) && n >= 1 && n <= 65535 ? n : undefined;
}

/** What to say about a value that is not a port (the value is shown: a port is no secret). */
export const portProblem = (value: string) => `${PORT_RULE}, not ${JSON.stringify(value.slice(0, 40))}`;

const ZPort = z
  .string()
  .default('3000')
  .transform((v, ctx) => {
    const port = parsePort(v);
    if (port === undefined) {
      ctx.addIssue({ code: 'custom', message: portProblem(v) });
      return z.NEVER;
    }
    return port;
  });

const ZIsoTime = z
  .string()
  .min(1)
  .refine((v) => Number.isFinite(Date.parse(v)), { message: 'must be an ISO date-time, e.g. 2026-11-27T12:00:00Z' });

const ZEnv = z.object({
  RAQMI_DB: z.string().min(1).default('data/raqmi.db'),
  /** Where `npm run demo` builds its database. */
  RAQMI_DEMO_DB: z.string().min(1).default('data/demo.db'),
  RAQMI_REPLAY: z.string().min(1).optional(),
  /** Pins the clock of the site and the worker (replays). */
  RAQMI_NOW: ZIsoTime.optional(),
  RAQMI_SCHEDULER: z.enum(['on', 'off']).default('on'),
  /** Company boards; each entry is checked on its own (scrapers/registry.ts): a bad one is reported and skipped. */
  RAQMI_ATS_BOARDS: z.string().default(''),
  RAQMI_CLOSE_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  RAQMI_LIST_CACHE: z.enum(['on', 'off']).default('on'),
  /** Uncached searches one client may have in flight; past it, 429. 0 = no limit (the bench). */
  RAQMI_SEARCH_CONCURRENCY: z.coerce.number().int().min(0).max(1000).default(2),
  /** 1: a proxy in front appends the client to X-Forwarded-For; its last hop is the client. */
  RAQMI_TRUST_PROXY: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1'),
  RAQMI_CONTACT_URL: z.string().default('https://github.com/raqmi/raqmi'),
  RAQMI_PUBLIC_URL: ZPublicUrl,
  /** Email alerts: an SMTP URL (smtp://user:pass@host:587, smtps://…); unset → mails are written to RAQMI_OUTBOX. */
  RAQMI_SMTP_URL: z.string().url().optional(),
  RAQMI_MAIL_FROM: z.string().min(3).default('Raqmi <alerts@raqmi.invalid>'),
  RAQMI_OUTBOX: z.string().min(1).default('data/outbox'),
  /** Signs alert links; unset → generated once and kept in the database. */
  RAQMI_SECRET: z.string().min(32).optional(),
  /** The full-response page cache (scripts/serve.ts); `off` renders every request (the bench's cold case). */
  RAQMI_PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Read, never checked: Next and tools set their own values; 'production' from the operator
   *  marks a deployment (lib/public-url-warning.ts). */
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;
let cachedPort: number | undefined;

const invalid = (issues: z.core.$ZodIssue[], path: string[] = []) =>
  new Error(`Invalid environment: ${issues.map((i) => `${[...path, ...i.path].join('.')}: ${i.message}`).join('; ')}`);

// `RAQMI_PUBLIC_URL=` in a .env template or `export X=` means "not set", not a value to check:
// a blank is dropped before the schema sees it, so every setting gets its default (or none) the
// same way. Done here once rather than per field, where a coerced number would read '' as 0.
const withoutBlanks = (source: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(withoutBlanks(source));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** PORT, validated. Not part of env(): PORT is a name other programs set too, and a command that
 *  neither serves the site nor links to it (migrations, scrapes) has no use for it. */
export function readPort(source: Record<string, string | undefined> = process.env): number {
  // A blank PORT is unset, like every blank setting (withoutBlanks).
  const parsed = ZPort.safeParse(source.PORT === '' ? undefined : source.PORT);
  if (!parsed.success) throw invalid(parsed.error.issues, ['PORT']);
  return parsed.data;
}

export function port(): number {
  cachedPort ??= readPort();
  return cachedPort;
}

/** The public origin (no trailing slash): RAQMI_PUBLIC_URL, or http://localhost:PORT locally. */
export function publicOrigin(): string {
  return env().RAQMI_PUBLIC_URL ?? `http://localhost:${port()}`;
}
