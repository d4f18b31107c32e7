// The link to a posting on its board, on the posting page and for each copy in the group list.
// It names the board once, in the words of the board's attribution ("Apply via Mostaql", "Apply
// via the company's Greenhouse board"): that credit, in a followed link back to the posting on the
// board, is what the boards' terms ask. A button naming the board with the attribution beside it
// said it twice ("Apply on Mostaql via Mostaql"). A closed posting's link only leads to the
// original ("View the original posting via …"): nobody is sent to apply to a job that is over.
import { dict, type UiLocale } from '../../lib/i18n';
import { SOURCE_META, isSourceId, sourceName } from '../../lib/sources';

type Props = { source: string; href: string; locale: UiLocale; isClosed: boolean; className?: string };

export function ApplyLink({ source: id, href, locale, isClosed, className }: Props) {
  const t = dict(locale);
  const source = isSourceId(id) ? SOURCE_META[id] : undefined;
  const attribution = source && (locale === 'ar' ? source.attribution.textAr : source.attribution.text);
  // A board no longer listed has no attribution: named as stored.
  const label = attribution
    ? isClosed
      ? t.viewOriginalVia(attribution)
      : t.applyVia(attribution)
    : isClosed
      ? t.viewOriginal(sourceName(id, locale))
      : t.applyOn(sourceName(id, locale));
  return (
    <a className={className} href={href} target="_blank" rel="noopener" referrerPolicy="origin-when-cross-origin">
      {label}
    </a>
  );
}
