import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '../db/queries/connection';
import { listPostings } from '../db/queries/listings';
import { countPostings } from '../db/queries/postings-count';
import { siteNow } from '../lib/clock';
import { PRESETS, hrefFor, isActivePreset, serialiseFilters, type RawParams } from '../lib/filters';
import { dict, formatNumber } from '../lib/i18n';
import { queryTerms } from '../lib/search';
import { FilterForm } from './_components/filter-form';
import { PostingCard } from './_components/posting-card';
import { filtersFrom } from './_lib/listing-params';
import { uiLocale } from './_lib/locale';

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const filters = await filtersFrom(searchParams);
  const qs = serialiseFilters(filters, { page: false });
  const suffix = qs ? `?${qs}` : '';
  return {
    alternates: {
      canonical: hrefFor('/', filters),
      types: {
        'application/rss+xml': [{ url: `/feed.xml${suffix}`, title: 'Raqmi RSS' }],
        'application/atom+xml': [{ url: `/feed.atom${suffix}`, title: 'Raqmi Atom' }],
        'application/feed+json': [{ url: `/feed.json${suffix}`, title: 'Raqmi JSON Feed' }],
      },
    },
  };
}

export default async function ListingsPage({ searchParams }: Props) {
  const filters = await filtersFrom(searchParams);
  const locale = await uiLocale();
  const t = dict(locale);
  const db = getDb();
  const now = siteNow();
  const listing = listPostings(db, filters, now);
  const terms = queryTerms(filters.q);
  const feedQs = serialiseFilters(filters, { page: false });
  const suffix = feedQs ? `?${feedQs}` : '';
  // Only an empty view needs to know whether the whole database is empty.
  const empty = listing.total === 0 && countPostings(db) === 0;

  return (
    <div className="listing">
      <aside className="sidebar">
        <section aria-labelledby="presets-title" className="presets">
          <h2 id="presets-title">{t.presetsTitle}</h2>
          <ul>
            <li><Link href={hrefFor('/', PRESETS.freelance)} aria-current={isActivePreset(filters, PRESETS.freelance) ? 'true' : undefined}>{t.presetFreelance}</Link></li>
            <li><Link href={hrefFor('/', PRESETS.office)} aria-current={isActivePreset(filters, PRESETS.office) ? 'true' : undefined}>{t.presetOffice}</Link></li>
            <li><Link href={hrefFor('/', PRESETS.remote)} aria-current={isActivePreset(filters, PRESETS.remote) ? 'true' : undefined}>{t.presetRemote}</Link></li>
          </ul>
        </section>
        <FilterForm filters={filters} counts={listing.counts} locale={locale} />
      </aside>
      <section className="results" aria-labelledby="results-title">
        <div className="results-head">
          <h1 id="results-title">{t.results(formatNumber(listing.total, locale))}</h1>
          <p className="subscribe">
            {t.subscribe}: <a href={`/feed.xml${suffix}`}>{t.feedRss}</a> · <a href={`/feed.atom${suffix}`}>{t.feedAtom}</a> · <a href={`/feed.json${suffix}`}>{t.feedJson}</a>
          </p>
        </div>
        {listing.items.length === 0 ? (
          <div className="empty" role="status">
            <p>{empty ? t.emptyDb : t.noResults}</p>
            {!empty && <p>{t.noResultsHint} <Link href="/">{t.clear}</Link></p>}
          </div>
        ) : (
          listing.items.map((p) => <PostingCard key={p.publicId} posting={p} locale={locale} now={now} terms={terms} />)
        )}
        {listing.pages > 1 && (
          <nav className="pagination" aria-label={t.page(formatNumber(listing.page, locale), formatNumber(listing.pages, locale))}>
            {filters.page > 1 && <Link rel="prev" href={hrefFor('/', { ...filters, page: Math.min(filters.page - 1, listing.pages) })}>{t.prev}</Link>}
            <span>{t.page(formatNumber(listing.page, locale), formatNumber(listing.pages, locale))}</span>
            {filters.page < listing.pages && <Link rel="next" href={hrefFor('/', { ...filters, page: filters.page + 1 })}>{t.next}</Link>}
          </nav>
        )}
      </section>
    </div>
  );
}
