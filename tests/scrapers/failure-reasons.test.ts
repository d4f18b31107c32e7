// Issue 9, item 10: /sources and the CLI say what went wrong and since when, in both languages,
// from the run's failure code; never the raw text a run may have held.
import { afterEach, describe, expect, it } from 'vitest';
import { finishRun, startRun, ensureSource, failStaleRuns } from '../../db/queries/runs';
import { readFailingSince } from '../../db/queries/source-health';
import { describeFailure, describeSourceProblem, FAILURE_KINDS } from '../../lib/failures';
import { tempDb } from '../helpers/db';

const cleanups: (() => unknown)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-20T09:00:00Z');
const counts = { fetched: 0, inserted: 0, updated: 0, unchanged: 0, invalid: 0, detailFailed: 0, closed: 0 };

describe('failure reasons', () => {
  it.each([
    // Regression: the Arabic read "HTTP 503", Western digits on a page that writes every other
    // figure in Arabic-Indic ones. The stored code and the English are unchanged.
    ['http:503', 'HTTP 503', 'استجابة HTTP ٥٠٣'],
    ['retry-later:429', 'HTTP 429: asked to retry later than we wait', 'استجابة HTTP ٤٢٩: طُلب منا انتظار أطول مما ننتظر'],
    ['not-json', 'not JSON', 'ليست JSON'],
    // Regression: the Arabic read "0 إعلانات", a Western 0 among Arabic-Indic digits.
    ['layout-zero', 'layout changed? 0 postings', 'تغيّر التصميم؟ ٠ إعلانات'],
    // Counts agree with their noun in Arabic digits, as everywhere on an Arabic page ("2 إعلاناً" before).
    ['layout-drop:2/12', 'layout changed? 2 postings against 12 last time', 'تغيّر التصميم؟ إعلانان مقابل ١٢ في المرة السابقة'],
    ['layout-drop:1/40', 'layout changed? 1 posting against 40 last time', 'تغيّر التصميم؟ إعلان واحد مقابل ٤٠ في المرة السابقة'],
    ['layout-drop:5/40', 'layout changed? 5 postings against 40 last time', 'تغيّر التصميم؟ ٥ إعلانات مقابل ٤٠ في المرة السابقة'],
    ['layout-invalid:12', 'layout changed? none of 12 postings valid', 'تغيّر التصميم؟ لا يصلح أيّ من ١٢ إعلانًا'],
    ['layout-invalid:3', 'layout changed? none of 3 postings valid', 'تغيّر التصميم؟ لا يصلح أيّ من ٣ إعلانات'],
    ['layout-invalid:1', 'layout changed? the one posting is not valid', 'تغيّر التصميم؟ الإعلان الوحيد غير صالح'],
    ['refused-private', 'refused: private address', 'مرفوض: عنوان خاص'],
    ['timeout', 'timed out', 'انتهت المهلة'],
    [
      'robots-unavailable:503',
      'robots.txt unavailable (HTTP 503): nothing fetched this run',
      'تعذّرت قراءة robots.txt (استجابة HTTP ٥٠٣): لم يُجلب شيء في هذا التشغيل',
    ],
    ['Unexpected token < in JSON: <html>SECRET</html>', 'unexpected error', 'خطأ غير متوقع'],
  ])('reads %s in English and Arabic', (code, en, ar) => {
    expect(describeFailure(code, 'en')).toBe(en);
    expect(describeFailure(code, 'ar')).toBe(ar);
  });

  // Every figure on an Arabic page is in Arabic-Indic digits, an HTTP status included.
  it.each(FAILURE_KINDS)('writes no Western digit in the Arabic reason for %s, whatever figures its code holds', (kind) => {
    expect(describeFailure(`${kind}:503/12`, 'ar')).not.toMatch(/[0-9]/);
  });

  it('shows a run that parsed to no postings in Arabic-Indic digits in the /ar/sources cell', () => {
    const problem = { status: 'failed', error: 'layout-zero', detailFailed: 0 };
    expect(describeSourceProblem(problem, 'ar', T0)).toBe('تغيّر التصميم؟ ٠ إعلانات');
    expect(describeSourceProblem(problem, 'en', T0)).toBe('layout changed? 0 postings');
  });

  it('says since when a source has been failing, counting from the first failure after its last success', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    ensureSource(t.db, 'remotive', 'remotive');
    const run = (at: number, status: 'ok' | 'failed' | 'skipped', error?: string) =>
      finishRun(t.db, startRun(t.db, 'remotive', at, false), at, { ...counts, status, error });
    run(T0, 'failed', 'timeout');
    run(T0 + HOUR, 'ok');
    run(T0 + 2 * HOUR, 'failed', 'http:503');
    run(T0 + 3 * HOUR, 'skipped');
    run(T0 + 50 * HOUR, 'failed', 'http:503');
    // Another source's later success does not end this one's failure.
    ensureSource(t.db, 'jobicy', 'jobicy');
    finishRun(t.db, startRun(t.db, 'jobicy', T0 + 50 * HOUR, false), T0 + 50 * HOUR, { ...counts, status: 'ok' });
    const since = readFailingSince(t.db).get('remotive');
    expect(since).toBe(T0 + 2 * HOUR);
    expect(readFailingSince(t.db).has('jobicy')).toBe(false);
    const problem = { status: 'failed', error: 'http:503', detailFailed: 0, failingSince: since };
    expect(describeSourceProblem(problem, 'en', T0 + 50 * HOUR)).toBe('HTTP 503 — failing since 20 Nov 2026, 11:00 UTC (2 days ago)');
    expect(describeSourceProblem(problem, 'ar', T0 + 50 * HOUR)).toMatch(/^استجابة HTTP ٥٠٣ — يفشل منذ .+ UTC \(.+\)$/);
    run(T0 + 51 * HOUR, 'ok');
    expect(readFailingSince(t.db).has('remotive')).toBe(false);
  });

  it('marks a run whose process died with a code, not a sentence', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    ensureSource(t.db, 'remotive', 'remotive');
    startRun(t.db, 'remotive', T0, false);
    failStaleRuns(t.db, T0 + HOUR);
    const row = t.db.$client.prepare('SELECT error FROM scrape_runs').get() as { error: string };
    expect(describeFailure(row.error, 'ar')).toBe('توقفت العملية قبل انتهاء التشغيل');
  });

  it('names the failed detail pages of a partial run', () => {
    expect(describeSourceProblem({ status: 'partial', error: 'http:404', detailFailed: 3 }, 'en', T0)).toBe(
      '3 detail pages failed: HTTP 404',
    );
    expect(describeSourceProblem({ status: 'partial', error: 'http:404', detailFailed: 3 }, 'ar', T0)).toBe(
      'فشلت ٣ صفحات تفاصيل: استجابة HTTP ٤٠٤',
    );
  });
});
