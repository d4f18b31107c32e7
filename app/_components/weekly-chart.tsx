// Jobs first seen per week, stacked by workplace, as server-rendered SVG: readable without
// JavaScript, time running right to left in Arabic, with a data table for screen readers.
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
    height = 220,
    pad = 30;
  const bar = (width - pad * 2) / weekly.length;
  const x = (v: number, w = 0) => (rtl ? width - v - w : v);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title chart-desc" className="chart">
        <title id="chart-title">{t.perWeek}</title>
        <desc id="chart-desc">
          {t.perWeekDesc(formatDate(weekly[0]!.weekStart, locale), formatDate(weekly[weekly.length - 1]!.weekStart, locale))}
        </desc>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#333" />
        {weekly.map((w, i) => {
          let y = height - pad;
          return (
            <g key={w.weekStart}>
              {KINDS.map((k) => {
                const h = ((w[k] as number) / max) * (height - pad * 2);
                y -= h;
                return h > 0 ? <rect key={k} x={x(pad + i * bar + 2, bar - 4)} y={y} width={bar - 4} height={h} fill={COLOURS[k]} /> : null;
              })}
            </g>
          );
        })}
        <text x={x(pad)} y={pad - 8} fontSize="12" fill="#333">
          {formatNumber(max, locale)}
        </text>
        <text x={x(pad)} y={height - 10} fontSize="12" fill="#333">
          {formatDate(weekly[0]!.weekStart, locale)}
        </text>
        <text x={x(width - pad)} y={height - 10} fontSize="12" fill="#333" textAnchor="end">
          {formatDate(weekly[weekly.length - 1]!.weekStart, locale)}
        </text>
      </svg>
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
