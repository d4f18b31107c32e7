// Wuzzuf search page (server-rendered HTML). Class names are generated (css-…), so cards are
// found by structure: the job link under each card heading, then the nearest ancestor that also
// holds the card's tag links (/a/...). Ages are relative ("2 days ago").
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { parseRelativeAge } from '../../../lib/postings/dates';
import { ParseError, type ParseResult } from '../../types';
import { linkUrl } from '../link-path';

const TYPES = /^(full time|part time|freelance \/ project|internship|shift based|volunteering|student activity)$/i;
const WORKPLACES = /^(on-site|remote|hybrid)$/i;

export function parseWuzzuf(body: string, url: string, now: Date): ParseResult {
  if (!/<html[\s>]/i.test(body.slice(0, 5000))) throw new ParseError(`expected an HTML page from ${url}`, 'not-html');
  const $ = cheerio.load(body);
  const links = $('h2 a[href*="/jobs/p/"]').toArray();
  const items = links.map((el) => {
    const link = $(el);
    const heading = link.closest('h2');
    let card: cheerio.Cheerio<AnyNode> = heading.parent();
    for (let i = 0; i < 5 && card.find('a[href^="/a/"] span').length === 0; i++) card = card.parent();
    const meta = heading.next();
    const company = meta
      .find('a')
      .first()
      .text()
      .replace(/\s*-\s*$/, '')
      .trim();
    const location = meta.find('span').first().text().replace(/\s+/g, ' ').trim();
    const age = meta
      .children()
      .filter((_, c) => /ago|yesterday|today/i.test($(c).text()))
      .first()
      .text()
      .trim();
    const tags = card
      .find('a[href^="/a/"] span')
      .toArray()
      .map((t) => $(t).text().trim());
    const address = linkUrl(link.attr('href'), 'https://wuzzuf.net');
    const href = address?.toString();
    const slug = address?.pathname.split('/').pop() ?? '';
    const categories = card
      .find('a[href^="/a/"]')
      .toArray()
      .map((a) =>
        $(a)
          .text()
          .replace(/[·\s]+/g, ' ')
          .trim(),
      )
      .filter((t) => t && !TYPES.test(t) && !WORKPLACES.test(t));
    const postedAt = parseRelativeAge(age, now.getTime());
    return {
      externalId: slug.split('-')[0] || undefined,
      url: href,
      title: link.text().trim(),
      company,
      location,
      // The search page has no description: the card's own facts stand in for it.
      descriptionHtml: `<p>${[...tags, ...categories].map((t) => t.replace(/[<>&]/g, '')).join(' · ')}</p>`,
      postedAt: postedAt !== undefined ? new Date(postedAt) : undefined,
      postedAtApproximate: true,
      hints: {
        employmentType: tags.filter((t) => TYPES.test(t)).join(', ') || undefined,
        workplace: tags.find((t) => WORKPLACES.test(t)),
        remote: tags.some((t) => /^remote$/i.test(t)) ? true : undefined,
      },
    };
  });
  const declaredEmpty = /no jobs found|0 jobs found|لا توجد وظائف/i.test($('body').text());
  return { items, declaredEmpty };
}
