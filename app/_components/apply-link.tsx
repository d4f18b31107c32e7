// "Apply on <board>" and the board's attribution with a link to its home page: the posting's own
// apply button and each copy in the group list say it the same way.
import { dict, type UiLocale } from '../../lib/i18n';
import { SOURCE_META, isSourceId } from '../../lib/sources';

type Props = { source: string; href: string; locale: UiLocale; className?: string };

export function ApplyLink({ source: id, href, locale, className }: Props) {
  const t = dict(locale);
  const source = isSourceId(id) ? SOURCE_META[id] : undefined;
  return (
    <>
      <a className={className} href={href} target="_blank" rel="noopener" referrerPolicy="origin-when-cross-origin">
        {t.applyOn(source?.name ?? id)}
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
