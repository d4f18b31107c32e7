import { z } from 'zod';
import type { SourceId, SourceMeta } from '../lib/sources';

/** What a parser produces for one posting, before normalising; validated by ZRawPosting. */
export const ZRawPosting = z.object({
  externalId: z.string().trim().min(1).max(300),
  url: z.string().url(),
  applyUrl: z.string().url().optional(),
  title: z.string().trim().min(1).max(500),
  company: z.string().max(300).optional(),
  location: z.string().max(500).optional(),
  descriptionHtml: z.string().max(500_000).optional(),
  language: z.string().optional(),
  /** Any of: Date, ISO text, Unix seconds or milliseconds. */
  postedAt: z.union([z.date(), z.string(), z.number()]).optional(),
  /** The posting date was derived from a relative age ("2 days ago"): keep the first one seen. */
  postedAtApproximate: z.boolean().optional(),
  expiresAt: z.union([z.date(), z.string(), z.number()]).optional(),
  closed: z.boolean().optional(),
  salary: z.string().max(200).optional(),
  salaryMin: z.number().nonnegative().optional(),
  salaryMax: z.number().nonnegative().optional(),
  salaryCurrency: z.string().max(10).optional(),
  salaryPeriod: z.string().max(20).optional(),
  hints: z.object({
    employmentType: z.string().optional(),
    remote: z.boolean().optional(),
    workplace: z.string().optional(),
    region: z.string().optional(),
  }),
  /** For adapters with detail pages: where to read the full posting. */
  detailUrl: z.string().url().optional(),
});
export type RawPosting = z.infer<typeof ZRawPosting>;

/** A parser's answer: candidate postings (validated later, one by one) and whether the board
 *  itself said the list is empty, which is not a layout change. */
export type ParseResult = { items: unknown[]; declaredEmpty: boolean };

/** One thing to run: a board, or one company's board on an ATS. */
export type Target = { key: string; source: SourceId; company?: string };

export type SourceAdapter = SourceMeta & {
  /** Every host this source may fetch (list pages, detail pages, robots.txt); redirects stay within them. */
  hosts: readonly string[];
  /** First URL(s) to fetch for a target. */
  urls(target: Target): string[];
  parse(body: string, context: { url: string; now: Date; target: Target }): ParseResult;
  /** Paginated boards: the URL of page n (n ≥ 2); fetching stops on a page with nothing new. */
  pageUrl?: (target: Target, page: number) => string;
  maxPages?: number;
  /** Boards with detail pages: fills a listing's posting from its page. */
  parseDetail?: (body: string, listing: RawPosting, context: { url: string; now: Date }) => RawPosting;
  maxDetailPages?: number;
};

import type { RunCounts } from '../db/queries/runs';

export type { RunCounts };

export type RunResult = RunCounts & {
  runId: number;
  key: string;
  status: 'ok' | 'partial' | 'skipped' | 'failed';
  /** Why it failed, in English; never text the board sent. */
  error?: string;
  /** The same as a failure code (lib/failures.ts); for a partial run, why its first detail page failed. */
  errorCode?: string;
  notes: string[];
};

/** A response we cannot read as the board's data; `code` is its failure code (lib/failures.ts). */
export class ParseError extends Error {
  override name = 'ParseError';
  constructor(
    message: string,
    readonly code: string = 'layout',
  ) {
    super(message);
  }
}
