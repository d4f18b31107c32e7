// "Apply on <board>" and the board's attribution with a link to its home page: the posting's own
// apply button and each copy in the group list say it the same way. A closed posting's link only
// leads to the original ("View the original posting on <board>"): nobody is sent to apply to a
// job that is over.
import { dict, type UiLocale } from '../../lib/i18n';
import { SOURCE_META, isSourceId, sourceName } from '../../lib/sources';

type Props = { source: string; href: string; locale: UiLocale; isClosed: boolean; className?: string };

export function ApplyLink({ source: id, href, locale, isClosed, className }: Props) {
  const t = dict(locale);
  const source = isSourceId(id) ? SOURCE_META[id] : undefined;
  const board = sourceName(id, locale);
  return (
    <>
      <a className={className} href={href} target="_blank" rel="noopener" referrerPolicy="origin-when-cross-origin">
        {isClosed ? t.viewOriginal(board) : t.applyOn(board)}
      </a>{' '}
      {/* The board's attribution, as its terms ask, is itself the link home: "via Remotive". */}
      {source && (
        <a className="attribution" href={source.homepage} rel="noopener">
          {locale === 'ar' ? source.attribution.textAr : source.attribution.text}
        </a>
      )}
    </>
  );
}
