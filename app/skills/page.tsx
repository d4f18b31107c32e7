import type { Metadata } from 'next';
import { getDb } from '../../db/queries/connection';
import { cachedStats } from '../../db/queries/stats';
import { pageNow } from '../../lib/clock';
import { dict, formatNumber } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SKILLS } from '../../lib/taxonomy';
import { uiLocale } from '../_lib/locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: dict(await uiLocale()).nav.skills };
}

export default async function SkillsPage() {
  const locale = await uiLocale();
  const t = dict(locale);
  const stats = cachedStats(getDb(), pageNow());
  return (
    <div className="prose">
      <h1>{t.skills}</h1>
      <p>{t.skillsIntro}</p>
      <ul className="skill-list">
        {SKILLS.map((s) => (
          <li key={s.id}>
            <h2>
              <a href={localePath(locale, `/skills/${s.id}`)}>{s.name[locale]}</a>
            </h2>
            <p className="kind">
              {s.kind === 'skill' ? t.kindSkill : t.kindResponsibility} {formatNumber(s.number, locale)}
            </p>
            <p>{s.definition[locale]}</p>
            <p>
              <a href={localePath(locale, `/?skills=${s.id}`)}>
                {t.openJobsAsking(stats.bySkill[s.id], formatNumber(stats.bySkill[s.id], locale))}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
