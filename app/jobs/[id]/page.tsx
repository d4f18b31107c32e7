import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '../../../db/queries/connection';
import { getGroupOfPosting } from '../../../db/queries/groups-read';
import { getPosting } from '../../../db/queries/posting';
import { pageNow } from '../../../lib/clock';
import { htmlToText, sanitiseDescription } from '../../../lib/html';
import { dict, formatAge, formatDate, formatDateTime, skillName } from '../../../lib/i18n';
import { languageAlternates, localePath } from '../../../lib/locale-path';
import { formatPay, salaryAsPosted } from '../../../lib/pay';
import { formatLocation, formatOpenTo } from '../../../lib/place/display';
import { isPublicId } from '../../../lib/postings/identity';
import { sourceName } from '../../../lib/sources';
import { evidenceText } from '../../../lib/evidence-text';
import { ApplyLink } from '../../_components/apply-link';
import { CompanyPlace } from '../../_components/company-place';
import { GroupCopies } from '../../_components/group-copies';
import { uiLocale } from '../../_lib/locale';
import { sentParams } from '../../_lib/listing-params';
import { hrefFor, parseFilters, type RawParams } from '../../../lib/filters';
import { backArrow, languageDir, textDir, textLanguage } from '../../_lib/direction';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

async function load(params: Props['params']) {
  const { id } = await params;
  return isPublicId(id) ? getPosting(getDb(), id) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const posting = await load(params);
  const t = dict(await uiLocale());
  if (!posting) return { title: t.notFound };
  const path = `/jobs/${posting.publicId}`;
  return {
    title: `${posting.title}${posting.company ? ` — ${posting.company}` : ''}`,
    alternates: { canonical: localePath(await uiLocale(), path), languages: languageAlternates(path) },
  };
}

export default async function PostingPage({ params, searchParams }: Props) {
  const posting = await load(params);
  if (!posting) notFound();
  const locale = await uiLocale();
  const t = dict(locale);
  const now = pageNow();
  const dir = languageDir(posting.language);
  const descriptionHtml = sanitiseDescription(posting.descriptionHtml);
  // The description's own letters decide its direction: an Arabic title may head English text.
  const description = textLanguage(htmlToText(descriptionHtml), posting.language);
  const evidence = posting.evidence;
  const group = getGroupOfPosting(getDb(), posting.publicId);
  // <bdi> isolates Arabic evidence inside an English page (and back) so the quotes stay in place.
  // A board field the decision went by ("remote: true") is said in words (lib/evidence-text.ts).
  const quote = (lines: string[] | undefined) =>
    lines?.length ? (
      <q>
        <bdi>{evidenceText(lines[0]!, locale)}</bdi>
      </q>
    ) : null;

  // A board field is not quoted: the figure read from it is the evidence.
  const payEvidence = evidence?.pay?.filter((e) => e !== 'salary fields');
  // The board's own salary text, only when it says more than the figure and its quote.
  const asPosted = salaryAsPosted(posting.salary, posting.pay, payEvidence?.[0], posting.country);
  // The listing it was opened from (a card carries its view's query): read as the listing reads
  // it, so only filters come back out, never what else the address held.
  const back = hrefFor('/', parseFilters(await sentParams(searchParams)));

  return (
    <article className="posting">
      <p>
        <a href={localePath(locale, back)}>
          {backArrow(locale)} {t.back}
        </a>
      </p>
      {posting.closure && (
        <p className="banner closed" role="status">
          {t.closedNote(posting.closure.reason, sourceName(posting.source, locale), formatDate(posting.closure.date, locale))}
        </p>
      )}
      <h1 lang={posting.language} dir={dir}>
        {posting.title}
      </h1>
      <CompanyPlace posting={posting} locale={locale} />
      {/* Closed: a plain link to the original under the reason, not the page's call to action. */}
      <p className="apply">
        <ApplyLink
          className={posting.closure ? undefined : 'button'}
          source={posting.source}
          href={posting.applyUrl ?? posting.url}
          locale={locale}
          isClosed={posting.closure !== null}
        />
      </p>
      {group && group.copies.length > 1 && <GroupCopies group={group} locale={locale} now={now} />}
      <section aria-labelledby="facts">
        <h2 id="facts">{t.facts}</h2>
        <dl className="facts">
          <dt>{t.workplace}</dt>
          <dd>
            {t.workplaces[posting.workplace]} {quote(evidence?.workplace)}
          </dd>
          <dt>{t.engagement}</dt>
          <dd>
            {t.engagements[posting.engagement]} {quote(evidence?.engagement)}
          </dd>
          {(posting.country || posting.city) && (
            <>
              <dt>{t.location}</dt>
              <dd>
                {formatLocation(posting, locale)} {quote(evidence?.location)}
              </dd>
            </>
          )}
          {posting.openTo && (
            <>
              <dt>{locale === 'ar' ? 'من يمكنه التقدم' : 'Who may apply'}</dt>
              <dd>
                {formatOpenTo(posting.openTo, locale)} {quote(evidence?.openTo)}
              </dd>
            </>
          )}
          {posting.pay && (
            <>
              <dt>{t.salary}</dt>
              <dd>
                {formatPay(posting.pay, locale)} {quote(payEvidence)}
              </dd>
            </>
          )}
          {asPosted && (
            <>
              <dt>{locale === 'ar' ? 'الراتب كما نشره الموقع' : 'Salary as posted'}</dt>
              <dd>
                <bdi dir={textDir(asPosted)}>{asPosted}</bdi>
              </dd>
            </>
          )}
          {posting.postedAt && (
            <>
              <dt>{t.postedAgo}</dt>
              <dd>{formatAge(posting.postedAt, now, locale)}</dd>
            </>
          )}
          <dt>{t.firstSeen}</dt>
          <dd>{formatDateTime(posting.firstSeenAt, locale)}</dd>
          <dt>{t.lastSeen}</dt>
          <dd>{formatDateTime(posting.lastSeenAt, locale)}</dd>
        </dl>
      </section>
      <section aria-labelledby="why">
        <h2 id="why">{t.why}</h2>
        {/* Every decision shows what decided it: the role itself first, then each skill. */}
        <p>
          {posting.digitalMarketing ? t.isDm : t.notDm} {quote(evidence?.digitalMarketing)}
        </p>
        {posting.digitalMarketing && posting.skills.length === 0 && <p>{t.noSkills}</p>}
        {posting.skills.length > 0 && (
          <ul className="evidence">
            {posting.skills.map((s) => (
              <li key={s}>
                <a href={localePath(locale, `/skills/${s}`)} className="tag">
                  {skillName(s, locale)}
                </a>{' '}
                {quote(evidence?.skills[s])}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="desc">
        <h2 id="desc">{t.description}</h2>
        <div className="description" lang={description.lang} dir={description.dir} dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
      </section>
    </article>
  );
}
