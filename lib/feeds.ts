// Feeds for any listing view in either UI language: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one
// model (lib/feed-model.ts). The XML is written here rather than by the `feed` package, whose
// serialiser (xml-js) leaves `&` and `<` unescaped in attributes (Atom category labels such as
// "Content planning & creation"), splits only the first `]]>` of a CDATA section and turns a
// literal "&amp;" in text into "&": every value now goes through one escape (lib/xml.ts).
import { feedModel, type FeedContext, type FeedPosting } from './feed-model';
import { xmlChars, xmlDocument, type XmlNode } from './xml';

export type { FeedContext, FeedPosting } from './feed-model';

const text = (name: string, value: string, attrs?: XmlNode['attrs']): XmlNode => ({ name, text: value, attrs });

export function renderRss(postings: readonly FeedPosting[], ctx: FeedContext): string {
  const m = feedModel(postings, ctx);
  const items = m.entries.map((e): XmlNode => ({
    name: 'item',
    children: [
      text('title', e.title),
      text('link', e.link),
      text('guid', e.id, { isPermaLink: 'false' }),
      text('pubDate', e.published.toUTCString()),
      text('description', e.summary),
      text('content:encoded', e.html),
      text('dc:creator', e.author.name),
      ...e.categories.map((c) => text('category', c.label, { domain: c.term })),
    ],
  }));
  return xmlDocument({
    name: 'rss',
    attrs: {
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    },
    children: [
      {
        name: 'channel',
        children: [
          text('title', m.title),
          text('link', m.home),
          text('description', m.description),
          text('language', m.language),
          text('copyright', m.copyright),
          text('lastBuildDate', m.updated.toUTCString()),
          text('generator', 'Raqmi'),
          { name: 'atom:link', attrs: { href: m.rss, rel: 'self', type: 'application/rss+xml' } },
          ...items,
        ],
      },
    ],
  });
}

export function renderAtom(postings: readonly FeedPosting[], ctx: FeedContext): string {
  const m = feedModel(postings, ctx);
  const entries = m.entries.map((e): XmlNode => ({
    name: 'entry',
    children: [
      text('title', e.title, { type: 'text' }),
      text('id', e.id),
      { name: 'link', attrs: { href: e.link, rel: 'alternate' } },
      { name: 'link', attrs: { href: e.externalUrl, rel: 'related' } },
      text('published', e.published.toISOString()),
      text('updated', e.published.toISOString()),
      { name: 'author', children: [text('name', e.author.name), text('uri', e.author.url)] },
      text('summary', e.summary, { type: 'text' }),
      text('content', e.html, { type: 'html' }),
      ...e.categories.map((c): XmlNode => ({ name: 'category', attrs: { term: c.term, label: c.label } })),
    ],
  }));
  return xmlDocument({
    name: 'feed',
    attrs: { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': m.language },
    children: [
      text('id', m.home),
      text('title', m.title, { type: 'text' }),
      text('subtitle', m.description),
      text('updated', m.updated.toISOString()),
      text('generator', 'Raqmi'),
      text('rights', m.copyright),
      { name: 'link', attrs: { href: m.home, rel: 'alternate', type: 'text/html', hreflang: m.language } },
      { name: 'link', attrs: { href: m.atom, rel: 'self', type: 'application/atom+xml' } },
      ...entries,
    ],
  });
}

export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: {
    id: string;
    url: string;
    external_url: string;
    title: string;
    content_html: string;
    summary: string;
    date_published: string;
    tags: string[];
    authors: { name: string; url: string }[];
  }[];
};

export function renderJsonFeed(postings: readonly FeedPosting[], ctx: FeedContext): string {
  const m = feedModel(postings, ctx);
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: m.title,
    home_page_url: m.home,
    feed_url: m.json,
    description: m.description,
    language: m.language,
    items: m.entries.map((e) => ({
      id: e.id,
      url: e.link,
      external_url: xmlChars(e.externalUrl),
      title: e.title,
      content_html: e.html,
      summary: e.summary,
      date_published: e.published.toISOString(),
      tags: e.categories.map((c) => c.term),
      authors: [{ name: e.author.name, url: xmlChars(e.author.url) }],
    })),
  };
  return JSON.stringify(feed, null, 2);
}
