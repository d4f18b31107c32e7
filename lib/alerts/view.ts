// A subscription's view is the listing's query string, parsed and re-serialised by lib/filters:
// bad parameters are dropped exactly as the listing drops them, the page number never counts, and
// equal views serialise equally (so identical views are queried once).
import { parseFilters, serialiseFilters, type Filters, type RawParams } from '../filters';
import { dict, formatNumber, skillName, type UiLocale } from '../i18n';
import { SOURCE_META, type SourceId } from '../sources';
import { mailMessages } from './messages';

export function canonicalView(params: RawParams): string {
  return serialiseFilters({ ...parseFilters(params), page: 1 }, { page: false });
}

export function viewFilters(view: string): Filters {
  return parseFilters(new URLSearchParams(view));
}

/** "Remote · Freelance", in the subscription's language: what the subject names the view by. */
export function viewLabel(view: string, locale: UiLocale): string {
  const f = viewFilters(view);
  const t = dict(locale);
  const m = mailMessages(locale);
  const parts = [
    ...f.workplace.map((w) => t.workplaces[w]),
    ...f.engagement.map((e) => m.engagementShort[e] ?? e),
    ...f.skills.map((s) => skillName(s, locale)),
    ...f.source.map((s) => SOURCE_META[s as SourceId].name),
    ...f.lang.map((l) => t.languages[l] ?? l),
    ...(f.days ? [m.withinDays(formatNumber(f.days, locale))] : []),
    // A search is anyone's text: shortened, so a sign-up cannot put a paragraph in someone's inbox.
    ...(f.q ? [m.search(f.q.length > 40 ? `${f.q.slice(0, 40)}…` : f.q)] : []),
  ];
  return parts.length ? parts.join(' · ') : m.allJobs;
}
