import { EMPTY_FILTERS, hrefFor, type Filters } from '../../lib/filters';
import type { SkillId } from '../../lib/taxonomy';
import type { PostingCard as Card } from '../../db/queries/listings';
import { dict, formatAge, skillName, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SOURCE_META, isSourceId, sourceName } from '../../lib/sources';
import { Highlighted, snippet } from './highlighted';
import { formatPay } from '../../lib/pay';
import { formatOpenTo } from '../../lib/place/display';
import { CompanyPlace } from './company-place';
import { languageDir, textDir } from '../_lib/direction';

/** `filters`: the listing's view (its filters, search and page). Its query is carried to the
 *  posting so its "Back to jobs" returns there, since the site runs no script that could remember
 *  it; and a skill chip adds its skill to the view rather than starting a new one. */
export function PostingCard({
  posting,
  locale,
  now,
  terms,
  filters = EMPTY_FILTERS,
}: {
  posting: Card;
  locale: UiLocale;
  now: number;
  terms: readonly string[];
  filters?: Filters;
}) {
  const withSkill = (s: SkillId) => hrefFor('/', { ...filters, skills: [...new Set([...filters.skills, s])], page: 1 });
  const t = dict(locale);
  const source = isSourceId(posting.source) ? SOURCE_META[posting.source] : undefined;
  const dir = languageDir(posting.language);
  // The other boards the job is open on: the ones the source filter finds it under. A board whose
  // copy has closed no longer has the job (the posting page lists it, marked closed).
  const open = (posting.group?.copies ?? []).filter((c) => c.closedAt === null);
  const elsewhere = [...new Set(open.map((c) => c.source).filter((s) => s !== posting.source))].map((id) => sourceName(id, locale));
  return (
    <article className="card" aria-labelledby={`t-${posting.publicId}`}>
      <h2 id={`t-${posting.publicId}`} lang={posting.language} dir={dir}>
        <a href={localePath(locale, hrefFor(`/jobs/${posting.publicId}`, filters))}>
          <Highlighted text={posting.title} terms={terms} />
        </a>
      </h2>
      <CompanyPlace posting={posting} locale={locale} />
      <ul className="badges" aria-label={t.facts}>
        <li className={`badge wp-${posting.workplace}`}>{t.workplaceBadges[posting.workplace]}</li>
        <li className={`badge en-${posting.engagement}`}>{t.engagementBadges[posting.engagement]}</li>
        {posting.openTo && <li className="badge open-to">{formatOpenTo(posting.openTo, locale)}</li>}
        {posting.pay ? (
          <li className="badge salary">{formatPay(posting.pay, locale)}</li>
        ) : (
          posting.salary && (
            <li className="badge salary">
              <bdi dir={textDir(posting.salary)}>{posting.salary}</bdi>
            </li>
          )
        )}
      </ul>
      {terms.length > 0 && posting.descriptionText && (
        <p className="snippet" lang={posting.language} dir={dir}>
          <Highlighted text={snippet(posting.descriptionText, terms)} terms={terms} />
        </p>
      )}
      {posting.skills.length > 0 && (
        <ul className="tags" aria-label={t.skills}>
          {posting.skills.map((s) => (
            <li key={s}>
              <a href={localePath(locale, withSkill(s))}>{skillName(s, locale)}</a>
            </li>
          ))}
        </ul>
      )}
      <p className="foot">
        <time dateTime={new Date(posting.postedAt).toISOString()}>{formatAge(posting.postedAt, now, locale)}</time>
        {source && (
          <>
            {t.sep}
            {locale === 'ar' ? source.attribution.textAr : source.attribution.text}
          </>
        )}
        {elsewhere.length > 0 && (
          <>
            {t.sep}
            <span className="also-on">{t.alsoOn(elsewhere.join(locale === 'ar' ? '، ' : ', '))}</span>
          </>
        )}
      </p>
    </article>
  );
}
