// Why a run failed, as a short code that never holds text a board sent: "http:503", "timeout",
// "layout-drop:2/12", "refused-private". Runs store the code; /sources and the CLI turn it into a
// sentence in the reader's language. A stored value that is not a known code (rows written before
// codes existed held raw error text) reads as "unexpected error", so no old body leaks either.
import { dict, formatAge, formatDateTime, formatNumber, localDigits, type UiLocale } from './i18n';

export const FAILURE_KINDS = [
  'http',
  'timeout',
  'network',
  'not-json',
  'not-html',
  'not-rss',
  'malformed',
  'empty',
  'layout',
  'layout-zero',
  'layout-invalid',
  'layout-drop',
  'refused-private',
  'refused-host',
  'refused-scheme',
  'redirects',
  'bad-redirect',
  'robots-disallowed',
  'robots-unavailable',
  'too-large',
  'retry-later',
  'budget',
  'lease-lost',
  'stopped',
  'unknown',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** A code from a kind and its numeric or short-word arguments (never free text). */
export function failureCode(kind: FailureKind, ...args: (string | number)[]): string {
  const safe = args.map((a) =>
    String(a)
      .replace(/[^a-z0-9]/gi, '')
      .slice(0, 12),
  );
  return safe.length ? `${kind}:${safe.join('/')}` : kind;
}

export function parseFailureCode(code: string | null | undefined): { kind: FailureKind; args: string[] } | null {
  if (!code) return null;
  const m = code.match(/^([a-z-]+)(?::([a-z0-9/]{1,40}))?$/i);
  const kind = m?.[1] as FailureKind | undefined;
  if (!kind || !(FAILURE_KINDS as readonly string[]).includes(kind)) return { kind: 'unknown', args: [] };
  return { kind, args: m?.[2] ? m[2].split('/') : [] };
}

/** The sentence for a code in one UI language; empty for no code. */
export function describeFailure(code: string | null | undefined, locale: UiLocale): string {
  const parsed = parseFailureCode(code);
  if (!parsed) return '';
  const [a = '', b = ''] = parsed.args;
  const f = dict(locale).failures;
  // An HTTP status in the reader's digits like every figure on the page; only the sentence
  // changes, the stored code stays "http:503".
  const status = localDigits(a, locale);
  switch (parsed.kind) {
    case 'http':
      return f.http(status);
    case 'retry-later':
      return f.retryLater(status);
    case 'layout-invalid':
      return f.layoutInvalid(Number(a), formatNumber(Number(a), locale));
    case 'layout-zero':
      return f.layoutZero(formatNumber(0, locale));
    case 'layout-drop':
      return f.layoutDrop(Number(a), formatNumber(Number(a), locale), formatNumber(Number(b), locale));
    case 'robots-unavailable':
      return f.robotsUnavailable(a === 'timeout' ? f.timeout : a === 'network' ? f.network : f.http(status));
    default:
      return f.plain[parsed.kind] ?? f.plain.unknown;
  }
}

export type SourceProblem = { status: string | null; error: string | null; detailFailed: number; failingSince?: number };

/** The "what went wrong" cell of /sources: the latest run's reason, and since when it fails. */
export function describeSourceProblem(p: SourceProblem, locale: UiLocale, now: number): string {
  const t = dict(locale);
  if (p.status === 'partial' && p.detailFailed > 0)
    return t.detailsFailed(p.detailFailed, formatNumber(p.detailFailed, locale), describeFailure(p.error ?? 'unknown', locale));
  const reason = p.status === 'failed' ? describeFailure(p.error ?? 'unknown', locale) : '';
  const since =
    p.failingSince === undefined ? '' : t.failingSince(formatDateTime(p.failingSince, locale), formatAge(p.failingSince, now, locale));
  return [reason, since].filter(Boolean).join(' — ');
}
