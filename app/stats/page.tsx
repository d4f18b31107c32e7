import type { Metadata } from 'next';
import { getDb } from '../../db/queries/connection';
import { cachedStats } from '../../db/queries/stats';
import { pageNow } from '../../lib/clock';
import { dict, formatNumber, formatPercent } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { ENGAGEMENTS, WORKPLACES } from '../../lib/taxonomy';
import { SkillBars } from '../_components/skill-bars';
import { MIN_PAY_SAMPLE } from '../../db/queries/pay-place-stats';
import { PayPlaceStats } from '../_components/pay-place-stats';
import { WeeklyChart } from '../_components/weekly-chart';
import { WorkMatrix } from '../_components/work-matrix';
import { uiLocale } from '../_lib/locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: dict(await uiLocale()).statsTitle };
}

export default async function StatsPage() {
  const locale = await uiLocale();
  const t = dict(locale);
  // Every figure from one data version's computation, as the listing's are.
  const stats = cachedStats(getDb(), pageNow());
  const share = (rows: readonly string[], counts: Record<string, number>, names: Record<string, string>, param: string) => (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{param === 'workplace' ? t.workplace : t.engagement}</th>
            <th scope="col">{t.openJobs}</th>
            <th scope="col">{t.share}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row">
                <a href={localePath(locale, `/?${param}=${r}`)}>{names[r]}</a>
              </th>
              <td>{formatNumber(counts[r] ?? 0, locale)}</td>
              <td>{formatPercent(counts[r] ?? 0, stats.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="prose">
      <h1>{t.statsTitle}</h1>
      <p>
        {t.openJobs}: <strong>{formatNumber(stats.total, locale)}</strong>
      </p>
      <h2>{t.workplace}</h2>
      {share(WORKPLACES, stats.workplace, t.workplaces, 'workplace')}
      <h2>{t.engagement}</h2>
      {share(ENGAGEMENTS, stats.engagement, t.engagements, 'engagement')}
      <h2>{t.matrixTitle}</h2>
      <WorkMatrix matrix={stats.matrix} locale={locale} />
      <PayPlaceStats openTo={stats.openTo} pay={stats.pay} minSample={MIN_PAY_SAMPLE} locale={locale} />
      <h2>{t.perWeek}</h2>
      <WeeklyChart weekly={stats.weeklyFirstSeen} locale={locale} />
      <h2>{t.skillDemand}</h2>
      <SkillBars bySkill={stats.bySkill} total={stats.total} locale={locale} />
    </div>
  );
}
