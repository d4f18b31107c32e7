import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '../../../db/queries/connection';
import { listPostings } from '../../../db/queries/listings';
import { pageNow } from '../../../lib/clock';
import { EMPTY_FILTERS } from '../../../lib/filters';
import { dict, formatNumber } from '../../../lib/i18n';
import { localePath } from '../../../lib/locale-path';
import { SKILLS, isSkillId } from '../../../lib/taxonomy';
import { PostingCard } from '../../_components/posting-card';
import { uiLocale } from '../../_lib/locale';
import { backArrow } from '../../_lib/direction';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const locale = await uiLocale();
  return { title: SKILLS.find((s) => s.id === id)?.name[locale] ?? dict(locale).notFound };
}

export default async function SkillPage({ params }: Props) {
  const { id } = await params;
  if (!isSkillId(id)) notFound();
  const skill = SKILLS.find((s) => s.id === id)!;
  const locale = await uiLocale();
  const t = dict(locale);
  const now = pageNow();
  const listing = listPostings(getDb(), { ...EMPTY_FILTERS, skills: [id] }, now);
  return (
    <div className="prose">
      <p>
        <a href={localePath(locale, '/skills')}>
          {backArrow(locale)} {t.skills}
        </a>
      </p>
      <h1>{skill.name[locale]}</h1>
      <p className="kind">
        {skill.kind === 'skill' ? t.kindSkill : t.kindResponsibility} {formatNumber(skill.number, locale)}
      </p>
      <p>{skill.definition[locale]}</p>
      <p>
        <a href={localePath(locale, `/?skills=${id}`)}>{t.openJobsAsking(listing.total, formatNumber(listing.total, locale))}</a>
        {t.sep}
        <a href={localePath(locale, `/feed.xml?skills=${id}`)}>{t.feedRss}</a>
      </p>
      {listing.items.slice(0, 10).map((p) => (
        <PostingCard key={p.publicId} posting={p} locale={locale} now={now} terms={[]} />
      ))}
    </div>
  );
}
