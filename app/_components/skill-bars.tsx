// Skill demand as a horizontal bar chart (server-rendered SVG): the share of open
// digital-marketing jobs asking for each of the article's eleven labels, mirrored in Arabic so
// bars grow from the start of the line; a table holds the same figures for screen readers.
// Each label sits on its own line above its bar, across the whole drawing: beside the bar, in a
// fixed column, the longest Arabic labels were cut at the drawing's edge.
import { dict, formatNumber, formatPercent, skillName, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SKILL_IDS, type SkillId } from '../../lib/taxonomy';

// Drawn at most WIDTH px wide (globals.css, .chart.skill-chart): narrow enough that a phone shrinks
// its 14 px labels to 11 px, not 7, and wide enough for the longest Arabic label.
const ROW = 44,
  PAD = 8,
  BAR = 340,
  WIDTH = 420;

export function SkillBars({ bySkill, total, locale }: { bySkill: Record<SkillId, number>; total: number; locale: UiLocale }) {
  const t = dict(locale);
  const rtl = locale === 'ar';
  const height = SKILL_IDS.length * ROW + PAD;
  // In Arabic the chart reads right to left: label and bar start at the right edge, the bar growing leftwards.
  const x = (v: number, w = 0) => (rtl ? WIDTH - v - w : v);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="skills-chart-title skills-chart-desc"
        className="chart skill-chart"
      >
        <title id="skills-chart-title">{t.skillDemand}</title>
        <desc id="skills-chart-desc">{t.skillDemandDesc(total, formatNumber(total, locale))}</desc>
        {SKILL_IDS.map((id, i) => {
          const share = total ? bySkill[id] / total : 0;
          const w = Math.max(share * BAR, share > 0 ? 1 : 0);
          const y = PAD + i * ROW;
          return (
            <g key={id}>
              <text x={x(PAD)} y={y + 14} fontSize="14" textAnchor="start" fill="#1a1a1a">
                {skillName(id, locale)}
              </text>
              <rect x={x(PAD, w)} y={y + 23} width={w} height={14} fill="#0b5d8f" />
              <text x={x(PAD + w + 6)} y={y + 34} fontSize="12" textAnchor="start" fill="#333">
                {formatPercent(bySkill[id], total, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="table-scroll">
        <table>
          <caption>{t.skillDemand}</caption>
          <thead>
            <tr>
              <th scope="col">{t.skills}</th>
              <th scope="col">{t.openJobs}</th>
              <th scope="col">{t.share}</th>
            </tr>
          </thead>
          <tbody>
            {SKILL_IDS.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <a href={localePath(locale, `/skills/${id}`)}>{skillName(id, locale)}</a>
                </th>
                <td>{formatNumber(bySkill[id], locale)}</td>
                <td>{formatPercent(bySkill[id], total, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
