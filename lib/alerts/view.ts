// A subscription's view is the listing's query string, parsed and re-serialised by lib/filters:
// bad parameters are dropped exactly as the listing drops them, the page number never counts, and
// equal views serialise equally (so identical views are queried once).
import { parseFilters, serialiseFilters, type Filters, type RawParams } from '../filters';
import { dict, type UiLocale } from '../i18n';
import { viewLabels } from '../view-title';
import { mailMessages } from './messages';

export function canonicalView(params: RawParams): string {
  return serialiseFilters({ ...parseFilters(params), page: 1 }, { page: false });
}

export function viewFilters(view: string): Filters {
  return parseFilters(new URLSearchParams(view));
}

/** "Remote · Freelance", in the subscription's language: what the subject names the view by. */
export function viewLabel(view: string, locale: UiLocale): string {
  const labels = viewLabels(viewFilters(view), locale);
  return labels.length ? labels.join(dict(locale).sep) : mailMessages(locale).allJobs;
}

/**
 * The view as the confirmation mail and the confirm link's pages name it: only the site's own
 * labels (workplace, skills, sources … fixed vocabularies), and for a search only that there is
 * one. Whoever filled in the form may be a stranger to the address; its search text quoted there
 * would let them say anything ("call +1 …", a link) to anyone, from our domain.
 */
export function viewLabelWithoutSearchText(view: string, locale: UiLocale): string {
  const filters = viewFilters(view);
  const m = mailMessages(locale);
  const labels = [...viewLabels({ ...filters, q: '' }, locale), ...(filters.q ? [m.withSearch] : [])];
  return labels.length ? labels.join(dict(locale).sep) : m.allJobs;
}
