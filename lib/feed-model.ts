// What a feed says, whatever its format: the view's title and links in the UI language, and one
// entry per job group. Item ids name the group (from its first copy's (source, external id)), the
// same in both languages, so a copy on another board or a repost never reaches a subscriber as a
// new item; item links go to the representative's page in the feed's language.
import type { Filters } from './filters';
import { dict, skillName, type UiLocale } from './i18n';
import { localePath } from './locale-path';
import { placeText } from './place/display';
import { SOURCE_META, isSourceId } from './sources';
import type { SkillId } from './taxonomy';
import { viewTitle } from './view-title';
import { xmlChars } from './xml';

export type FeedPosting = {
  publicId: string;
  source: string;
  title: string;
  company: string;
  location: string;
  /** The place as decided (lib/place), shown in the feed's language when present. */
  country?: string | null;
  city?: string | null;
  url: string;
  descriptionHtml: string;
  postedAt: number;
  skills: SkillId[];
  workplace: string;
  engagement: string;
  /** The job group the posting represents (db/queries/groups-read withGroups). */
  group?: { id: string };
};

/** `origin` is the configured public origin (RAQMI_PUBLIC_URL), never the request's host. */
export type FeedContext = { origin: string; query: string; filters: Filters; locale: UiLocale; updated: number };

export type FeedEntry = {
  id: string;
  link: string;
  externalUrl: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  categories: { term: string; label: string }[];
  author: { name: string; url: string };
};

export type FeedModel = {
  title: string;
  description: string;
  copyright: string;
  language: UiLocale;
  updated: Date;
  home: string;
  rss: string;
  atom: string;
  json: string;
  entries: FeedEntry[];
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function attribution(p: FeedPosting, locale: UiLocale): { text: string; html: string } {
  const meta = isSourceId(p.source) ? SOURCE_META[p.source] : undefined;
  const text = (locale === 'ar' ? meta?.attribution.textAr : meta?.attribution.text) ?? `${dict(locale).via} ${p.source}`;
  const url = escapeHtml(p.url);
  return { text, html: `<p>${escapeHtml(dict(locale).originalPosting(text))}: <a href="${url}" rel="noopener">${url}</a></p>` };
}

function summary(p: FeedPosting, locale: UiLocale): string {
  const t = dict(locale);
  const workplace = t.workplaceBadges[p.workplace as keyof typeof t.workplaceBadges] ?? p.workplace;
  const engagement = t.engagementBadges[p.engagement as keyof typeof t.engagementBadges] ?? p.engagement;
  const place = placeText(p, locale)?.text;
  return [workplace, engagement, ...(place ? [place] : [])].join(t.sep);
}

// Descriptions are stored already sanitised (lib/html.ts, at ingest); the posting page sanitises
// again on render, the feeds (50 at a time) use the stored HTML as it is.
function entry(p: FeedPosting, ctx: FeedContext): FeedEntry {
  const by = attribution(p, ctx.locale);
  return {
    id: `${ctx.origin}/groups/${p.group?.id ?? `g-${p.publicId}`}`,
    link: `${ctx.origin}${localePath(ctx.locale, `/jobs/${p.publicId}`)}`,
    externalUrl: p.url,
    title: xmlChars(p.company ? `${p.title} — ${p.company}` : p.title),
    summary: xmlChars(`${summary(p, ctx.locale)}${dict(ctx.locale).sep}${by.text}`),
    html: xmlChars(`${p.descriptionHtml}${by.html}`),
    published: new Date(p.postedAt),
    categories: p.skills.map((s) => ({ term: s, label: skillName(s, ctx.locale) })),
    author: { name: xmlChars(by.text), url: p.url },
  };
}

export function feedModel(postings: readonly FeedPosting[], ctx: FeedContext): FeedModel {
  const t = dict(ctx.locale);
  const suffix = ctx.query ? `?${ctx.query}` : '';
  const at = (path: string) => `${ctx.origin}${localePath(ctx.locale, `${path}${suffix}`)}`;
  return {
    title: xmlChars(viewTitle(ctx.filters, ctx.locale)),
    description: t.feedDescription,
    copyright: t.feedCopyright,
    language: ctx.locale,
    updated: new Date(ctx.updated),
    home: at('/'),
    rss: at('/feed.xml'),
    atom: at('/feed.atom'),
    json: at('/feed.json'),
    entries: postings.map((p) => entry(p, ctx)),
  };
}
