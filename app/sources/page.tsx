import type { Metadata } from 'next';
import { getDb } from '../../db/queries/connection';
import { readFailingSince } from '../../db/queries/source-health';
import { cachedSourceStatus, type SourceStatus } from '../../db/queries/stats';
import { siteNow } from '../../lib/clock';
import { describeSourceProblem } from '../../lib/failures';
import { dict, formatDateTime, formatNumber, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SOURCE_META, isSourceId, sourceName } from '../../lib/sources';
import { uiLocale } from '../_lib/locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: dict(await uiLocale()).sourcesTitle };
}

/**
 * A row's open jobs, linked to the listing that shows them. The listing filters by source, not by
 * company board, so a board that shares its source with others shows its own figure unlinked,
 * and beside it a link to the whole source's listing that names that listing's figure.
 */
function OpenJobs({ row, boards, locale }: { row: SourceStatus; boards: number; locale: UiLocale }) {
  const href = localePath(locale, `/?source=${row.source}`);
  const own = formatNumber(row.openPostings, locale);
  if (boards === 1) return <a href={href}>{own}</a>;
  const name = isSourceId(row.source) ? sourceName(row.source, locale) : row.source;
  return (
    <span className="board-jobs">
      <span>{own}</span>
      <a href={href}>{dict(locale).allBoards(name, formatNumber(row.sourceOpenPostings, locale))}</a>
    </span>
  );
}

export default async function SourcesPage() {
  const locale = await uiLocale();
  const t = dict(locale);
  const rows = cachedSourceStatus(getDb());
  // One grouped query over the runs: cheap, and a failed run does not bump the data version.
  const failingSince = readFailingSince(getDb());
  const now = siteNow();
  const boards = new Map<string, number>();
  for (const r of rows) boards.set(r.source, (boards.get(r.source) ?? 0) + 1);
  return (
    <div className="prose wide">
      <h1>{t.sourcesTitle}</h1>
      <p>{t.attribution}</p>
      <table className="sources cards">
        <thead>
          <tr>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.lastRun}</th>
            <th scope="col">{t.nextRun}</th>
            <th scope="col">{t.counts}</th>
            <th scope="col">{t.openJobs}</th>
            <th scope="col">{t.lastError}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const meta = isSourceId(r.source) ? SOURCE_META[r.source] : undefined;
            return (
              <tr key={r.key}>
                <th scope="row">
                  {meta ? (
                    <a href={meta.homepage} rel="noopener">
                      {r.key === r.source ? sourceName(r.source, locale) : `${sourceName(r.source, locale)} (${r.key.split(':')[1]})`}
                    </a>
                  ) : (
                    r.key
                  )}
                </th>
                <td data-label={t.status} className={`status-${r.status ?? 'none'}`}>
                  {r.status ? (t.statusNames[r.status] ?? r.status) : t.never}
                </td>
                <td data-label={t.lastRun}>{r.lastRunAt ? formatDateTime(r.lastRunAt, locale) : t.never}</td>
                <td data-label={t.nextRun}>{r.nextRunAt ? formatDateTime(r.nextRunAt, locale) : '—'}</td>
                <td data-label={t.counts}>{[r.fetched, r.inserted, r.updated].map((n) => formatNumber(n, locale)).join(' / ')}</td>
                <td data-label={t.openJobs}>
                  <OpenJobs row={r} boards={boards.get(r.source) ?? 1} locale={locale} />
                </td>
                {/* A classified reason, never the run's raw text: that could quote what a board sent. */}
                <td data-label={t.lastError}>{describeSourceProblem({ ...r, failingSince: failingSince.get(r.key) }, locale, now)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
