// Mostaql (Arabic freelance marketplace): a listing of project rows, and a page per project.
// Listing dates sit in <time datetime="2026-06-23 12:37:21"> with no zone: the site's own time,
// UTC+3 (SOURCE_META.mostaql.timeZoneOffsetMinutes).
import * as cheerio from 'cheerio';
import type { RawPosting } from '../../types';
import { ParseError, type ParseResult } from '../../types';

const HINTS = { employmentType: 'مشروع مستقل (Freelance project)', remote: true };

export function parseMostaqlListing(body: string, url: string): ParseResult {
  if (!/<html[\s>]/i.test(body.slice(0, 5000))) throw new ParseError(`expected an HTML page from ${url}`, 'not-html');
  const $ = cheerio.load(body);
  const rows = $('tr.project-row').toArray();
  const items = rows.map((el) => {
    const row = $(el);
    const link = row.find('h2 a').first();
    const href = link.attr('href');
    const id = href?.match(/\/project\/(\d+)/)?.[1];
    const brief = row.find('.project__brief').text().replace(/\s+/g, ' ').trim();
    return {
      externalId: id,
      url: href,
      title: link.text().trim(),
      company: row.find('.project__meta bdi').first().text().trim() || undefined,
      location: '',
      descriptionHtml: brief ? `<p>${brief.replace(/[<>&]/g, '')}</p>` : '',
      postedAt: row.find('time[datetime]').attr('datetime'),
      language: 'ar',
      hints: HINTS,
      detailUrl: href,
    };
  });
  const declaredEmpty = $('table.projects-table').length > 0 && rows.length === 0;
  return { items, declaredEmpty };
}

export function parseMostaqlProject(body: string, listing: RawPosting): RawPosting {
  const $ = cheerio.load(body);
  const content = $('#project-brief .carda__content').first();
  if (content.length === 0) throw new ParseError('no project description on the page');
  // The page renders its meta block twice (wide and narrow layouts): read the first copy only.
  const metaValue = (label: string) =>
    $('.meta-row')
      .filter((_, r) => $(r).find('.meta-label').text().trim() === label)
      .first()
      .find('.meta-value')
      .first()
      .text()
      .replace(/\s+/g, ' ')
      .trim();
  const skills = [
    ...new Set(
      $('.skills__item bdi')
        .toArray()
        .map((s) => $(s).text().replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ];
  const status = $('.label-prj-open, .label-prj-closed, .label-prj-completed, .label-prj-cancelled').first().attr('class') ?? '';
  const budget = metaValue('الميزانية');
  const duration = metaValue('مدة التنفيذ');
  const facts = [
    budget && `الميزانية: ${budget}`,
    duration && `مدة التنفيذ: ${duration}`,
    skills.length ? `المهارات: ${skills.join('، ')}` : '',
  ]
    .filter(Boolean)
    .map((f) => `<li>${f.replace(/[<>&]/g, '')}</li>`)
    .join('');
  return {
    ...listing,
    title:
      $('meta[property="og:title"]')
        .attr('content')
        ?.replace(/\s*\|\s*مستقل\s*$/, '')
        .trim() || listing.title,
    descriptionHtml: `${content.html() ?? ''}${facts ? `<ul>${facts}</ul>` : ''}`,
    postedAt: $('time[datetime]').first().attr('datetime') ?? listing.postedAt,
    salary: budget || undefined,
    closed: /closed|completed|cancelled/.test(status) || undefined,
  };
}
