// We Work Remotely RSS: title "Company: Role", <region>, <type>, <expires_at>, and an
// entity-escaped HTML description (cheerio's XML mode decodes the entities once).
import * as cheerio from 'cheerio';
import { ParseError, type ParseResult } from '../../types';
import { linkPath } from '../link-path';

export function parseWeWorkRemotely(body: string, url: string): ParseResult {
  if (!/<rss[\s>]/i.test(body.slice(0, 2000))) throw new ParseError(`expected an RSS feed from ${url}`, 'not-rss');
  const $ = cheerio.load(body, { xml: true });
  if ($('channel').length === 0) throw new ParseError(`layout changed? no <channel> in the feed from ${url}`);
  const items = $('item')
    .toArray()
    .map((el) => {
      const item = $(el);
      const field = (name: string) => item.children(name).first().text().trim() || undefined;
      const fullTitle = field('title') ?? '';
      const colon = fullTitle.indexOf(': ');
      const company = colon > 0 ? fullTitle.slice(0, colon) : undefined;
      const title = colon > 0 ? fullTitle.slice(colon + 2) : fullTitle;
      const link = field('link') ?? field('guid');
      const html = field('description') ?? '';
      return {
        externalId: linkPath(link)?.split('/').filter(Boolean).pop(),
        url: link,
        title,
        company,
        location: field('region'),
        descriptionHtml: html,
        postedAt: field('pubDate'),
        expiresAt: field('expires_at'),
        hints: { employmentType: field('type'), remote: true, region: field('region') },
      };
    });
  return { items, declaredEmpty: items.length === 0 };
}
