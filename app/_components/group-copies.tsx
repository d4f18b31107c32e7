// The posting page's list of every copy of the job: each board with its attribution and its own
// apply link, so the reader chooses where to apply; and how long the job has been around.
import type { GroupView } from '../../db/queries/groups-read';
import { dict, formatAge, formatDate, type UiLocale } from '../../lib/i18n';
import { ApplyLink } from './apply-link';

export function GroupCopies({ group, locale, now }: { group: GroupView; locale: UiLocale; now: number }) {
  const t = dict(locale);
  return (
    <section aria-labelledby="copies">
      <h2 id="copies">{t.copiesHeading}</h2>
      <p className="group-history">{t.groupHistory(formatAge(group.firstSeenAt, now, locale), group.reposts)}</p>
      <ul className="copies">
        {group.copies.map((c) => (
          <li key={c.publicId}>
            <ApplyLink source={c.source} href={c.applyUrl ?? c.url} locale={locale} isClosed={c.closedAt !== null} />
            {t.sep}
            {t.firstSeen} <time dateTime={new Date(c.firstSeenAt).toISOString()}>{formatDate(c.firstSeenAt, locale)}</time>
            {c.closedAt !== null && (
              <>
                {t.sep}
                {t.copyClosed}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
