// Feeds stay well-formed and valid whatever the postings hold: every format in both languages is
// read by a strict XML parser (saxes: XML 1.0 well-formedness, namespaces) and by a feed parser
// from npm (feedsmith), and what a reader gets back is what the posting said. The first case
// failed with the `feed` package: its Atom category labels kept "&" unescaped.
import { parseFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { renderAtom, renderJsonFeed, renderRss, type FeedContext } from '../../lib/feeds';
import { EMPTY_FILTERS } from '../../lib/filters';
import { strictXmlErrors } from '../helpers/strict-xml';
import { HOSTILE_POSTINGS, NASTY, NASTY_CLEAN } from '../fixtures/feeds/hostile';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ctx = (locale: 'en' | 'ar'): FeedContext => ({
  origin: 'https://raqmi.example',
  query: 'q=%26%3C',
  filters: { ...EMPTY_FILTERS, workplace: ['remote'], q: `& < > " ' 🚀` },
  locale,
  updated: Date.UTC(2026, 10, 18),
});

describe.each(['en', 'ar'] as const)('feeds of hostile postings (%s)', (locale) => {
  it.each([
    ['RSS', renderRss, 'rss'],
    ['Atom', renderAtom, 'atom'],
  ] as const)('%s is well-formed XML and parses back to the same text', (_, render, format) => {
    const xml = render(HOSTILE_POSTINGS, ctx(locale));
    expect(strictXmlErrors(xml)).toEqual([]);
    expect(xml).not.toMatch(LONE_SURROGATE);
    const parsed = parseFeed(xml);
    expect(parsed.format).toBe(format);
    const items = parsed.format === 'rss' ? (parsed.feed.items ?? []) : parsed.format === 'atom' ? (parsed.feed.entries ?? []) : [];
    expect(items).toHaveLength(2);
    const titles = items.map((i) => {
      const t = (i as { title?: string | { value?: string } }).title;
      return typeof t === 'string' ? t : t?.value;
    });
    expect(titles[0]).toBe(`${NASTY_CLEAN} — Acme & Sons <b>"Ltd"</b> 🚀`);
    expect(titles[1]).toBe(']]>]]>');
    expect(xml).toContain(locale === 'ar' ? 'عن بعد' : 'Remote');
  });

  it('Atom category labels with "&" stay in the attribute, escaped', () => {
    const xml = renderAtom(HOSTILE_POSTINGS, ctx(locale));
    const parsed = parseFeed(xml);
    const entry = parsed.format === 'atom' ? parsed.feed.entries?.[0] : undefined;
    expect(entry?.categories?.map((c) => c.term)).toEqual(['content', 'marketing-sales']);
    expect(entry?.categories?.[0]?.label).toMatch(locale === 'en' ? /^Content planning & creation$/ : /.+/);
  });

  it('JSON Feed is valid JSON with no lone surrogate, and its parser reads the same items', () => {
    const text = renderJsonFeed(HOSTILE_POSTINGS, ctx(locale));
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    const parsed = parseFeed(text);
    expect(parsed.format).toBe('json');
    const items = parsed.format === 'json' ? (parsed.feed.items ?? []) : [];
    expect(items.map((i) => i.title)).toEqual([`${NASTY_CLEAN} — Acme & Sons <b>"Ltd"</b> 🚀`, ']]>]]>']);
    expect(JSON.parse(text).language).toBe(locale);
  });
});

describe('the hostile fixture', () => {
  it('really holds characters XML cannot', () => {
    expect(strictXmlErrors(`<t>${NASTY.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t>`).length).toBeGreaterThan(0);
  });
});

describe('the place in a feed item', () => {
  const cairo = {
    ...HOSTILE_POSTINGS[1]!,
    publicId: 'wuzzuf-cairo1',
    source: 'wuzzuf',
    title: 'Social Media Specialist',
    location: 'القاهرة، مصر',
    country: 'EG',
    city: 'القاهرة',
    url: 'https://wuzzuf.net/jobs/p/1',
  };
  it.each([
    ['en', 'Cairo, Egypt', 'القاهرة'],
    ['ar', 'القاهرة، مصر', 'Cairo'],
  ] as const)('is in the feed language (%s), as on the cards', (locale, shown, notShown) => {
    const feed = JSON.parse(renderJsonFeed([cairo], ctx(locale))) as { items: { summary: string }[] };
    expect(feed.items[0]!.summary).toContain(shown);
    expect(feed.items[0]!.summary).not.toContain(notShown);
  });
});
