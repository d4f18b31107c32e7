// Jobs first seen per week, stacked by workplace, as server-rendered SVG: readable without
// JavaScript, time running right to left in Arabic, with a data table for screen readers.
// The drawing holds shapes only; its figures are HTML around it. The drawing is scaled to the
// width it is given, and SVG text with it: 12 units were 7 px on a phone. HTML text keeps its
// CSS size at every width, and the page has no script to redraw for the width it finds.
import type { WeekRow } from '../../db/queries/stats-charts';
import { dict, formatDate, formatNumber, type UiLocale } from '../../lib/i18n';

const KINDS = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
const COLOURS: Record<(typeof KINDS)[number], string> = { remote: '#1b6e53', hybrid: '#b05d00', onsite: '#2450a6', unknown: '#767676' };

export function WeeklyChart({ weekly, locale }: { weekly: WeekRow[]; locale: UiLocale }) {
  const t = dict(locale);
  if (!weekly.length) return <p>{t.noResults}</p>;
  const rtl = locale === 'ar';
  const max = Math.max(1, ...weekly.map((w) => w.remote + w.hybrid + w.onsite + w.unknown));
  const width = 640,
    height = 200,
    top = 4,
    side = 8;
  const bar = (width - side * 2) / weekly.length;
  const x = (v: number, w = 0) => (rtl ? width - v - w : v);
  return (
    <figure>
      <div className="weekly">
        {/* The height of the dashed line at the top of the drawing: the busiest week's jobs. */}
        <p className="chart-label" aria-hidden="true">
          {formatNumber(max, locale)}
        </p>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" className="chart">
          <title id="chart-title">{t.perWeek}</title>
          <desc id="chart-desc">
            {t.perWeekDesc(formatDate(weekly[0]!.weekStart, locale), formatDate(weekly[weekly.length - 1]!.weekStart, locale))}
          </desc>
          <line x1={0} y1={top} x2={width} y2={top} stroke="#767676" strokeDasharray="4 4" />
          {weekly.map((w, i) => {
            let y = height;
            return (
              <g key={w.weekStart}>
                {KINDS.map((k) => {
                  const h = ((w[k] as number) / max) * (height - top);
                  y -= h;
                  return h > 0 ? (
                    <rect key={k} x={x(side + i * bar + 2, bar - 4)} y={y} width={bar - 4} height={h} fill={COLOURS[k]} />
                  ) : null;
                })}
              </g>
            );
          })}
        </svg>
        {/* The first week under the first bar, the last under the last: in Arabic, right to left. */}
        <p className="chart-label weekly-ends" aria-hidden="true">
          <span>{formatDate(weekly[0]!.weekStart, locale)}</span>
          <span>{formatDate(weekly[weekly.length - 1]!.weekStart, locale)}</span>
        </p>
      </div>
      <figcaption>
        <ul className="legend">
          {KINDS.map((k) => (
            <li key={k}>
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" fill={COLOURS[k]} />
              </svg>{' '}
              {t.workplaces[k]}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* Hidden in a box, not on the table: a table is never narrower than its words, so a
          1-pixel table still widens the page on a phone. */}
      <div className="sr-table">
        <table>
          <caption>{t.perWeek}</caption>
          <thead>
            <tr>
              <th scope="col">{t.weekOf}</th>
              {KINDS.map((k) => (
                <th key={k} scope="col">
                  {t.workplaces[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekly.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{formatDate(w.weekStart, locale)}</th>
                {KINDS.map((k) => (
                  <td key={k}>{formatNumber(w[k], locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
