// The filter form: a plain GET form, so every view works without JavaScript and has its own URL.
import type { Counts } from '../../db/queries/listings';
import { DAY_OPTIONS, type Filters } from '../../lib/filters';
import { dict, formatNumber, skillName, type UiLocale } from '../../lib/i18n';
import { localePath } from '../../lib/locale-path';
import { SOURCE_META, SOURCE_IDS } from '../../lib/sources';
import { ENGAGEMENTS, SKILL_IDS, WORKPLACES } from '../../lib/taxonomy';

type Option = { value: string; label: string; count: number };

function CheckGroup({ name, legend, options, selected, locale }: { name: string; legend: string; options: Option[]; selected: readonly string[]; locale: UiLocale }) {
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

export function FilterForm({ filters, counts, locale }: { filters: Filters; counts: Counts; locale: UiLocale }) {
  const t = dict(locale);
  const opts = (values: readonly string[], label: (v: string) => string, facet: keyof Counts): Option[] =>
    values.map((v) => ({ value: v, label: label(v), count: counts[facet][v] ?? 0 }));
  return (
    <form method="get" action={localePath(locale, '/')} className="filters" role="search" aria-label={t.filters}>
      <div className="search-row">
        <label htmlFor="q">{t.searchLabel}</label>
        <input id="q" type="search" name="q" defaultValue={filters.q} placeholder={t.searchPlaceholder} maxLength={200} dir="auto" />
        <button type="submit">{t.search}</button>
      </div>
      <CheckGroup name="workplace" legend={t.workplace} locale={locale} selected={filters.workplace} options={opts(WORKPLACES, (v) => t.workplaces[v as keyof typeof t.workplaces], 'workplace')} />
      <CheckGroup name="engagement" legend={t.engagement} locale={locale} selected={filters.engagement} options={opts(ENGAGEMENTS, (v) => t.engagements[v as keyof typeof t.engagements], 'engagement')} />
      <fieldset>
        <legend>{t.days}</legend>
        <label className="option">
          <input type="radio" name="days" value="" defaultChecked={!filters.days} /> <span>{t.anyTime}</span>
        </label>
        {DAY_OPTIONS.map((d) => (
          <label key={d} className="option">
            <input type="radio" name="days" value={d} defaultChecked={filters.days === d} />
            <span>{t.dayOptions[d]}</span> <span className="count">({formatNumber(counts.days[String(d)] ?? 0, locale)})</span>
          </label>
        ))}
      </fieldset>
      <CheckGroup name="skills" legend={t.skills} locale={locale} selected={filters.skills} options={opts(SKILL_IDS, (v) => skillName(v as never, locale), 'skills')} />
      <CheckGroup name="source" legend={t.source} locale={locale} selected={filters.source} options={opts(SOURCE_IDS, (v) => SOURCE_META[v as keyof typeof SOURCE_META].name, 'source')} />
      <CheckGroup name="lang" legend={t.lang} locale={locale} selected={filters.lang} options={opts(['en', 'ar', 'de'], (v) => t.languages[v] ?? v, 'lang')} />
      <div className="actions">
        <button type="submit">{t.apply}</button>
        <a href={localePath(locale, '/')}>{t.clear}</a>
      </div>
    </form>
  );
}
