// The filter form's parts: a plain GET form (app/page.tsx), so every view works without JavaScript
// and has its own URL. The search box stands above the folded filters, so that a phone shows it;
// the filters it folds are still the form's and go with every search.
import type { Counts } from '../../db/queries/listings';
import { FACETS, type MultiFacetKey } from '../../lib/facets';
import { SORTS, type Filters } from '../../lib/filters';
import { dict, formatNumber, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { PayPlaceFields } from './pay-place-fields';

type Option = { value: string; label: string; count: number };

function CheckGroup({
  name,
  legend,
  options,
  selected,
  locale,
}: {
  name: string;
  legend: string;
  options: Option[];
  selected: readonly string[];
  locale: UiLocale;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="option">
          <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
          <span>{o.label}</span> <span className="count">({formatNumber(o.count, locale)})</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The search box and its button, always in view. */
export function SearchRow({ q, locale }: { q: string; locale: UiLocale }) {
  const t = dict(locale);
  return (
    <div className="search-row">
      <label htmlFor="q">{t.searchLabel}</label>
      <input id="q" type="search" name="q" defaultValue={q} placeholder={t.searchPlaceholder} maxLength={200} dir="auto" />
      <button type="submit">{t.search}</button>
    </div>
  );
}

/** Every filter, the order and the form's buttons: what the filters panel folds on a phone. */
export function FilterFields({
  filters,
  counts,
  openToCounts,
  locale,
}: {
  filters: Filters;
  counts: Counts;
  openToCounts: Record<string, number>;
  locale: UiLocale;
}) {
  const t = dict(locale);
  // Values and labels come from the one facet definition (lib/facets.ts).
  const opts = (facet: MultiFacetKey): Option[] =>
    FACETS[facet].values.map((v: string) => ({ value: v, label: FACETS[facet].label(v, locale), count: counts[facet][v] ?? 0 }));
  return (
    <>
      <CheckGroup name="workplace" legend={t.workplace} locale={locale} selected={filters.workplace} options={opts('workplace')} />
      <CheckGroup name="engagement" legend={t.engagement} locale={locale} selected={filters.engagement} options={opts('engagement')} />
      <PayPlaceFields filters={filters} counts={openToCounts} locale={locale} />
      <fieldset>
        <legend>{t.days}</legend>
        <label className="option">
          <input type="radio" name="days" value="" defaultChecked={!filters.days} /> <span>{t.anyTime}</span>
        </label>
        {FACETS.days.values.map((d) => (
          <label key={d} className="option">
            <input type="radio" name="days" value={d} defaultChecked={filters.days === d} />
            <span>{FACETS.days.label(String(d), locale)}</span>{' '}
            <span className="count">({formatNumber(counts.days[String(d)] ?? 0, locale)})</span>
          </label>
        ))}
      </fieldset>
      <CheckGroup name="skills" legend={t.skills} locale={locale} selected={filters.skills} options={opts('skills')} />
      <CheckGroup name="source" legend={t.source} locale={locale} selected={filters.source} options={opts('source')} />
      <CheckGroup name="lang" legend={t.lang} locale={locale} selected={filters.lang} options={opts('lang')} />
      <fieldset>
        <legend>{t.sortLegend}</legend>
        {SORTS.map((s) => (
          <label key={s} className="option">
            <input type="radio" name="sort" value={s} defaultChecked={filters.sort === s} /> <span>{t.sorts[s]}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">{t.apply}</button>
        <a href={localePath(locale, '/')}>{t.clear}</a>
      </div>
    </>
  );
}
