import { dict, type UiLocale } from '../../lib/i18n';
import { placeText } from '../../lib/place/display';
import { languageDir } from '../_lib/direction';

type Posting = { company: string; language: string; country?: string | null; city?: string | null; location?: string | null };

/** "Company · place" under a title, on the cards and the posting page. The line reads in the
 *  posting's direction, as its title does, so an Arabic posting's lines all start at the right on
 *  the English pages (and an English one's at the left on the Arabic pages). Each name is isolated:
 *  an English company in an Arabic line stays where the reader's eye starts. The place is the
 *  decided one in the page's language, else the board's own text. */
export function CompanyPlace({ posting, locale }: { posting: Posting; locale: UiLocale }) {
  const where = placeText(posting, locale);
  // The separator is the line's: an Arabic comma in an Arabic line, a middle dot in another.
  const sep = dict(posting.language === 'ar' ? 'ar' : 'en').sep;
  return (
    <p className="meta" lang={posting.language} dir={languageDir(posting.language)}>
      {posting.company && <bdi>{posting.company}</bdi>}
      {posting.company && where && sep}
      {where && <bdi lang={where.localised ? locale : undefined}>{where.text}</bdi>}
    </p>
  );
}
