import type { Metadata } from 'next';
import { getDb } from '../../db/queries/connection';
import { readFailingSince } from '../../db/queries/source-health';
import { cachedSourceStatus } from '../../db/queries/stats';
import { siteNow } from '../../lib/clock';
import { describeSourceProblem } from '../../lib/failures';
import { dict, formatDateTime, formatNumber } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SOURCE_META, isSourceId, sourceName } from '../../lib/sources';
import { uiLocale } from '../_lib/locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: dict(await uiLocale()).sourcesTitle };
}

export default async function SourcesPage() {
  const locale = await uiLocale();
  const t = dict(locale);
  const rows = cachedSourceStatus(getDb());
  // One grouped query over the runs: cheap, and a failed run does not bump the data version.
  const failingSince = readFailingSince(getDb());
  const now = siteNow();
  return (
    <div className="prose wide">
      <h1>{t.sourcesTitle}</h1>
      <p>{t.attribution}</p>
      <table className="sources">
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
                  <a href={localePath(locale, `/?source=${r.source}`)}>{formatNumber(r.openPostings, locale)}</a>
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
