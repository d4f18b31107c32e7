import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getDb } from '../db/queries/connection';
import { listPostings } from '../db/queries/listings';
import { countPostings } from '../db/queries/postings-count';
import { pageNow } from '../lib/clock';
import { PRESETS, activeFilters, hrefFor, isActivePreset, isCanonicalQuery, serialiseFilters, type RawParams } from '../lib/filters';
import { dict, formatNumber } from '../lib/i18n';
import { languageAlternates, localePath } from '../lib/locale-path';
import { hasShortTerm, queryTerms } from '../lib/search';
import { AlertForm } from './_components/alert-form';
import { FilterFields, SearchRow } from './_components/filter-form';
import { PostingCard } from './_components/posting-card';
import { filtersFrom, sentParams } from './_lib/listing-params';
import { uiLocale } from './_lib/locale';

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = await filtersFrom(searchParams);
  const locale = await uiLocale();
  const t = dict(locale);
  const qs = serialiseFilters(filters, { page: false });
  const suffix = qs ? `?${qs}` : '';
  const feed = (name: string) => localePath(locale, `/${name}${suffix}`);
  const view = hrefFor('/', filters);
  return {
    alternates: {
      canonical: localePath(locale, view),
      languages: languageAlternates(view),
      types: {
        'application/rss+xml': [{ url: feed('feed.xml'), title: `${t.siteName} ${t.feedRss}` }],
        'application/atom+xml': [{ url: feed('feed.atom'), title: `${t.siteName} ${t.feedAtom}` }],
        'application/feed+json': [{ url: feed('feed.json'), title: `${t.siteName} ${t.feedJson}` }],
      },
    },
  };
}

export default async function ListingsPage({ searchParams }: Props) {
  const filters = await filtersFrom(searchParams);
  const locale = await uiLocale();
  // The filter form sends its empty fields too (pay_currency and pay_period with no minimum, q=,
  // sort=posted): the reader is sent on to the view's own address, before anything is queried.
  if (!isCanonicalQuery(await sentParams(searchParams), filters)) redirect(localePath(locale, hrefFor('/', filters)));
  const t = dict(locale);
  const db = getDb();
  const now = pageNow();
  const listing = listPostings(db, filters, now);
  const terms = queryTerms(filters.q);
  const feedQs = serialiseFilters(filters, { page: false });
  const suffix = feedQs ? `?${feedQs}` : '';
  const here = (path: string) => localePath(locale, path);
  // Only an empty view needs to know whether the whole database is empty.
  const empty = listing.total === 0 && countPostings(db) === 0;

  return (
    <div className="listing">
      <aside className="sidebar">
        {/* One form: the search box always in view, the filters under it folded into one line on
            phones (results first, no JavaScript needed to open it) and always open as a column from
            48rem (globals.css). A search keeps the filters chosen, folded or not. */}
        <form method="get" action={here('/')} className="filters" role="search" aria-label={t.filters}>
          <SearchRow q={filters.q} locale={locale} />
          <details className="filters-panel">
            <summary>{t.filtersSummary(activeFilters(filters), formatNumber(activeFilters(filters), locale))}</summary>
            <section aria-labelledby="presets-title" className="presets">
              <h2 id="presets-title">{t.presetsTitle}</h2>
              <ul>
                <li>
                  <a
                    href={here(hrefFor('/', PRESETS.freelance))}
                    aria-current={isActivePreset(filters, PRESETS.freelance) ? 'true' : undefined}
                  >
                    {t.presetFreelance}
                  </a>
                </li>
                <li>
                  <a href={here(hrefFor('/', PRESETS.office))} aria-current={isActivePreset(filters, PRESETS.office) ? 'true' : undefined}>
                    {t.presetOffice}
                  </a>
                </li>
                <li>
                  <a href={here(hrefFor('/', PRESETS.remote))} aria-current={isActivePreset(filters, PRESETS.remote) ? 'true' : undefined}>
                    {t.presetRemote}
                  </a>
                </li>
              </ul>
            </section>
            <FilterFields filters={filters} counts={listing.counts} openToCounts={listing.openToCounts} locale={locale} />
          </details>
        </form>
      </aside>
      <section className="results" aria-labelledby="results-title">
        <div className="results-head">
          <h1 id="results-title">{t.results(listing.total, formatNumber(listing.total, locale))}</h1>
          <p className="subscribe">
            {t.subscribe}: <a href={here(`/feed.xml${suffix}`)}>{t.feedRss}</a>
            {t.sep}
            <a href={here(`/feed.atom${suffix}`)}>{t.feedAtom}</a>
            {t.sep}
            <a href={here(`/feed.json${suffix}`)}>{t.feedJson}</a>
          </p>
        </div>
        {listing.items.length === 0 && listing.total > 0 ? (
          // A page number past the end (an old link, a hand-edited URL): the jobs exist, say where.
          <div className="empty" role="status">
            <p>{t.pastEnd(formatNumber(filters.page, locale), formatNumber(listing.pages, locale))}</p>
            <p>
              <a href={here(hrefFor('/', { ...filters, page: listing.pages }))}>{t.lastPage}</a>
            </p>
          </div>
        ) : listing.items.length === 0 ? (
          <div className="empty" role="status">
            {empty ? (
              <>
                <p>
                  {t.emptyDb.before} <code dir="ltr">{t.emptyDb.command}</code> {t.emptyDb.after}
                </p>
                <p>
                  <a href={here('/sources')}>{t.emptyDb.sources}</a>
                </p>
              </>
            ) : (
              <p>{t.noResults}</p>
            )}
            {!empty && (
              <p>
                {hasShortTerm(filters.q) ? t.noResultsShortHint : t.noResultsHint} <a href={here('/')}>{t.clear}</a>
              </p>
            )}
          </div>
        ) : (
          listing.items.map((p) => <PostingCard key={p.publicId} posting={p} locale={locale} now={now} terms={terms} filters={filters} />)
        )}
        {/* Past the end, the status above already leads back; "Page 999 of 2" would contradict it. */}
        {listing.pages > 1 && listing.items.length > 0 && (
          <nav className="pagination" aria-label={t.page(formatNumber(listing.page, locale), formatNumber(listing.pages, locale))}>
            {filters.page > 1 && (
              <a rel="prev" href={here(hrefFor('/', { ...filters, page: Math.min(filters.page - 1, listing.pages) }))}>
                {t.prev}
              </a>
            )}
            <span>{t.page(formatNumber(listing.page, locale), formatNumber(listing.pages, locale))}</span>
            {filters.page < listing.pages && (
              <a rel="next" href={here(hrefFor('/', { ...filters, page: filters.page + 1 }))}>
                {t.next}
              </a>
            )}
          </nav>
        )}
      </section>
      {/* After the results: on a phone the jobs come first; from 48rem it sits under the filters
          (globals.css). */}
      <AlertForm filters={filters} locale={locale} />
    </div>
  );
}
