// The article's two ways of working as a matrix: freelance / employee (and not stated) against
// remote / hybrid / on-site (and not stated), each cell shaded by its count. Server-rendered SVG,
// mirrored in Arabic, with the same figures as a table of links to each view.
import type { WorkMatrix as Matrix } from '../../db/queries/stats-charts';
import { dict, formatNumber, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';

const ROWS = ['freelance', 'employee', 'unknown'] as const;
const COLS = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
const HEAD = 170,
  CELL_W = 110,
  CELL_H = 48,
  TOP = 30;

export function WorkMatrix({ matrix, locale }: { matrix: Matrix; locale: UiLocale }) {
  const t = dict(locale);
  const rtl = locale === 'ar';
  const width = HEAD + COLS.length * CELL_W;
  const height = TOP + ROWS.length * CELL_H;
  const max = Math.max(1, ...ROWS.flatMap((r) => COLS.map((c) => matrix[r][c])));
  const x = (v: number, w = 0) => (rtl ? width - v - w : v);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="matrix-title matrix-desc" className="chart">
        <title id="matrix-title">{t.matrixTitle}</title>
        <desc id="matrix-desc">{t.matrixDesc}</desc>
        {COLS.map((c, j) => (
          <text key={c} x={x(HEAD + j * CELL_W + CELL_W / 2)} y={20} fontSize="13" textAnchor="middle" fill="#1a1a1a">
            {t.workplaces[c]}
          </text>
        ))}
        {ROWS.map((r, i) => (
          <g key={r}>
            <text x={x(HEAD - 8)} y={TOP + i * CELL_H + CELL_H / 2 + 5} fontSize="13" textAnchor="end" fill="#1a1a1a">
              {t.engagements[r]}
            </text>
            {COLS.map((c, j) => {
              const n = matrix[r][c];
              const light = n / max < 0.5;
              return (
                <g key={c}>
                  <rect
                    x={x(HEAD + j * CELL_W + 2, CELL_W - 4)}
                    y={TOP + i * CELL_H + 2}
                    width={CELL_W - 4}
                    height={CELL_H - 4}
                    fill="#0b5d8f"
                    fillOpacity={0.08 + 0.92 * (n / max)}
                  />
                  <text
                    x={x(HEAD + j * CELL_W + CELL_W / 2)}
                    y={TOP + i * CELL_H + CELL_H / 2 + 5}
                    fontSize="14"
                    textAnchor="middle"
                    fill={light ? '#1a1a1a' : '#fff'}
                  >
                    {formatNumber(n, locale)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <div className="table-scroll">
        {/* Five columns do not fit a phone: there each engagement is a card (globals.css, table.cards). */}
        <table className="cards">
          <caption>{t.matrixTitle}</caption>
          <thead>
            <tr>
              <td />
              {COLS.map((c) => (
                <th key={c} scope="col">
                  {t.workplaces[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r}>
                <th scope="row">{t.engagements[r]}</th>
                {COLS.map((c) => (
                  <td key={c} data-label={t.workplaces[c]}>
                    <a href={localePath(locale, `/?workplace=${c}&engagement=${r}`)}>{formatNumber(matrix[r][c], locale)}</a>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
