// Feeds for any listing view: RSS 2.0 and Atom 1.0 through `feed`, JSON Feed 1.1 as a typed
// object (the library writes 1.0). Item ids derive from the posting's public id, which derives
// from (source, external id), so they never change.
import { Feed } from 'feed';
import { SOURCE_META, isSourceId } from './sources';
import { SKILLS, type SkillId } from './taxonomy';

export type FeedPosting = {
  publicId: string;
  source: string;
  title: string;
  company: string;
  location: string;
  url: string;
  descriptionHtml: string;
  postedAt: number;
  skills: SkillId[];
  workplace: string;
  engagement: string;
};

export type FeedContext = { origin: string; query: string; updated: number };

const itemId = (origin: string, publicId: string) => `${origin}/jobs/${publicId}`;
const skillName = (id: SkillId) => SKILLS.find((s) => s.id === id)?.name.en ?? id;

function attribution(p: FeedPosting): { text: string; html: string } {
  const meta = isSourceId(p.source) ? SOURCE_META[p.source] : undefined;
  const text = meta?.attribution.text ?? `via ${p.source}`;
  const escapedUrl = p.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return { text, html: `<p>Original posting ${text}: <a href="${escapedUrl}" rel="noopener">${escapedUrl}</a></p>` };
}

function itemTitle(p: FeedPosting): string {
  return p.company ? `${p.title} — ${p.company}` : p.title;
}

// Descriptions are stored already sanitised (lib/html.ts, at ingest); the posting page sanitises
// again on render, the feeds (50 at a time) use the stored HTML as it is.
function itemHtml(p: FeedPosting): string {
  return `${p.descriptionHtml}${attribution(p).html}`;
}

function buildFeed(postings: readonly FeedPosting[], ctx: FeedContext): Feed {
  const suffix = ctx.query ? `?${ctx.query}` : '';
  const feed = new Feed({
    id: `${ctx.origin}/${suffix}`,
    title: 'Raqmi — digital-marketing jobs',
    description: 'Digital-marketing jobs from real job boards, filtered to this view.',
    link: `${ctx.origin}/${suffix}`,
    language: 'en',
    updated: new Date(ctx.updated),
    generator: 'Raqmi',
    copyright: 'Postings belong to their employers and boards; each item links back to its source.',
    feedLinks: { rss: `${ctx.origin}/feed.xml${suffix}`, atom: `${ctx.origin}/feed.atom${suffix}`, json: `${ctx.origin}/feed.json${suffix}` },
  });
  for (const p of postings) {
    feed.addItem({
      id: itemId(ctx.origin, p.publicId),
      guid: itemId(ctx.origin, p.publicId),
      title: itemTitle(p),
      link: itemId(ctx.origin, p.publicId),
      date: new Date(p.postedAt),
      description: `${p.workplace} · ${p.engagement}${p.location ? ` · ${p.location}` : ''} · ${attribution(p).text}`,
      content: itemHtml(p),
      category: p.skills.map((s) => ({ name: skillName(s), term: s })),
      author: [{ name: attribution(p).text, link: p.url }],
    });
  }
  return feed;
}

export function renderRss(postings: readonly FeedPosting[], ctx: FeedContext): string {
  return buildFeed(postings, ctx).rss2();
}

export function renderAtom(postings: readonly FeedPosting[], ctx: FeedContext): string {
  return buildFeed(postings, ctx).atom1();
}

export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: {
    id: string; url: string; external_url: string; title: string; content_html: string; summary: string;
    date_published: string; tags: string[]; authors: { name: string; url: string }[];
  }[];
};

export function renderJsonFeed(postings: readonly FeedPosting[], ctx: FeedContext): string {
  const suffix = ctx.query ? `?${ctx.query}` : '';
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Raqmi — digital-marketing jobs',
    home_page_url: `${ctx.origin}/${suffix}`,
    feed_url: `${ctx.origin}/feed.json${suffix}`,
    description: 'Digital-marketing jobs from real job boards, filtered to this view.',
    language: 'en',
    items: postings.map((p) => ({
      id: itemId(ctx.origin, p.publicId),
      url: itemId(ctx.origin, p.publicId),
      external_url: p.url,
      title: itemTitle(p),
      content_html: itemHtml(p),
      summary: `${p.workplace} · ${p.engagement}${p.location ? ` · ${p.location}` : ''}`,
      date_published: new Date(p.postedAt).toISOString(),
      tags: p.skills,
      authors: [{ name: attribution(p).text, url: p.url }],
    })),
  };
  return JSON.stringify(feed, null, 2);
}
