// The name of a listing view in the UI language ("Remote · Freelance / contract · SEO — Raqmi"),
// so a reader subscribed to several views tells their feeds apart.
import type { Filters } from './filters';
import { dict, skillName, type UiLocale } from './i18n';
import { SOURCE_META } from './sources';

export function viewLabels(f: Filters, locale: UiLocale): string[] {
  const t = dict(locale);
  return [
    ...f.workplace.map((w) => t.workplaces[w]),
    ...f.engagement.map((e) => t.engagements[e]),
    ...f.skills.map((s) => skillName(s, locale)),
    ...f.source.map((s) => SOURCE_META[s].name),
    ...f.lang.map((l) => t.languages[l] ?? l),
    ...(f.days ? [t.dayOptions[f.days] ?? String(f.days)] : []),
    ...(f.q ? [`“${f.q}”`] : []),
  ];
}

export function viewTitle(f: Filters, locale: UiLocale): string {
  const t = dict(locale);
  const labels = viewLabels(f, locale);
  return labels.length ? `${labels.join(' · ')} — ${t.siteName}` : t.metaTitle;
}
