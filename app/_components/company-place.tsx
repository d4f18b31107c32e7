import { dict, type UiLocale } from '../../lib/i18n';
import { placeText } from '../../lib/place/display';

type Posting = { company: string; language: string; country?: string | null; city?: string | null; location?: string | null };

/** "Company · place" under a title, on the cards and the posting page. Each name is isolated in
 *  the page's direction: an English company on an Arabic page stays where the reader's eye
 *  starts. The place is the decided one in the page's language, else the board's own text. */
export function CompanyPlace({ posting, locale }: { posting: Posting; locale: UiLocale }) {
  const where = placeText(posting, locale);
  return (
    <p className="meta">
      {posting.company && <bdi lang={posting.language}>{posting.company}</bdi>}
      {posting.company && where && dict(locale).sep}
      {where && <bdi lang={where.localised ? undefined : posting.language}>{where.text}</bdi>}
    </p>
  );
}
