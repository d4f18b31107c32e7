// The article's two ways of working as a matrix: freelance / employee (and not stated) against
// remote / hybrid / on-site (and not stated), each cell shaded by its count, with the same figures
// as a table of links to each view. An HTML grid rather than SVG: a drawing is scaled to the width
// it is given, and its text with it (13 units were 7 px on a phone), while HTML text keeps its CSS
// size at every width; the grid follows the page's direction, so Arabic reads right to left.
import { Fragment } from 'react';
import type { WorkMatrix as Matrix } from '../../db/queries/stats-charts';
import { dict, formatNumber, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';

const ROWS = ['freelance', 'employee', 'unknown'] as const;
const COLS = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
const ACCENT = [11, 93, 143] as const;

/** WCAG relative luminance of an sRGB colour. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A cell's shade for its share of the largest count, as one opaque colour (what a contrast check
 *  reads), and black or white text, whichever contrasts more: one of them is always above 4.5:1. */
function shade(share: number): { background: string; color: string } {
  const alpha = 0.08 + 0.92 * share;
  const rgb = ACCENT.map((c) => Math.round(255 + (c - 255) * alpha));
  const l = luminance(rgb);
  return { background: `rgb(${rgb.join(' ')})`, color: 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#fff' : '#000' };
}

export function WorkMatrix({ matrix, locale }: { matrix: Matrix; locale: UiLocale }) {
  const t = dict(locale);
  const max = Math.max(1, ...ROWS.flatMap((r) => COLS.map((c) => matrix[r][c])));
  return (
    <figure>
      {/* One picture to assistive technology, named and described: the table below reads its figures out. */}
      <div className="matrix" role="img" aria-label={t.matrixTitle} aria-describedby="matrix-desc">
        <span />
        {COLS.map((c) => (
          <span key={c} className="matrix-col">
            {t.workplaces[c]}
          </span>
        ))}
        {ROWS.map((r) => (
          <Fragment key={r}>
            <span className="matrix-row">{t.engagements[r]}</span>
            {COLS.map((c) => (
              <span key={c} className="matrix-cell" style={shade(matrix[r][c] / max)}>
                {formatNumber(matrix[r][c], locale)}
              </span>
            ))}
          </Fragment>
        ))}
      </div>
      <p id="matrix-desc" hidden>
        {t.matrixDesc}
      </p>
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
