// Stage 1, raw → normalised: text cleaned, mojibake repaired, URLs canonical, dates in UTC, HTML
// sanitised, the board's declared language kept, the stored board fields hashed. No classifier
// here: lib/postings/classify.ts is the next stage.
import { createHash } from 'node:crypto';
import { cleanLine, repairMojibake, sanitiseDescription, textOfSanitised } from '../html';
import type { Hints } from '../taxonomy';
import { toUtcMs } from './dates';
import { publicIdOf } from './identity';
import { stripNonXml, stripNonXmlHtml, withoutNonXml } from './text';
import type { NormalisedPosting, PostingContext, SourcePosting } from './types';
import { canonicalUrl } from './url';

export type { NormalisedPosting, SourcePosting } from './types';

// Tracking pixels (Remotive's /job/track/<id>/blank.gif among them) go with every <img>: the
// sanitiser drops images. Scripts, styles and event handlers go too.
function describe(html: string | undefined): { html: string; text: string } {
  // Cleaned again after sanitising: entities like &#11; decode to characters XML cannot hold.
  const safe = stripNonXmlHtml(sanitiseDescription(stripNonXmlHtml(html ?? '')));
  return { html: safe, text: stripNonXml(textOfSanitised(safe)) };
}

const DAY = 24 * 60 * 60 * 1000;
/** No job board on the web is older: a date before it is a placeholder (0001-01-01, the Unix
 *  epoch) or garbage, and a page would say "posted 2,027 years ago" and a feed write a date no
 *  RFC allows. */
const FIRST_JOB_BOARDS = Date.UTC(1995, 0, 1);

/** A board's date more than a day after we fetched it, or before there were job boards, is not
 *  believed: the posting is dated by when we first saw it (upsert fills that in) and keeps the
 *  board's date in its hints. */
function believableDate(
  postedAt: number | null,
  fetchedAt: number | undefined,
): { postedAt: number | null; futureDate?: string; pastDate?: string } {
  if (postedAt !== null && postedAt < FIRST_JOB_BOARDS) return { postedAt: null, pastDate: new Date(postedAt).toISOString() };
  if (postedAt === null || fetchedAt === undefined || postedAt <= fetchedAt + DAY) return { postedAt };
  return { postedAt: null, futureDate: new Date(postedAt).toISOString() };
}

function formatSalary(p: SourcePosting): string | null {
  if (p.salary?.trim()) return cleanLine(p.salary);
  if (p.salaryMin || p.salaryMax) {
    const cur = p.salaryCurrency ? `${p.salaryCurrency} ` : '';
    const range =
      p.salaryMin && p.salaryMax && p.salaryMin !== p.salaryMax
        ? `${p.salaryMin.toLocaleString('en-US')}–${p.salaryMax.toLocaleString('en-US')}`
        : (p.salaryMax || p.salaryMin)!.toLocaleString('en-US');
    return `${cur}${range}${p.salaryPeriod ? ` / ${p.salaryPeriod}` : ''}`;
  }
  return null;
}

function cleanHints(hints: Hints): Hints {
  return Object.fromEntries(
    Object.entries(hints)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, typeof v === 'string' ? cleanLine(v) : v]),
  );
}

function declaredLanguageOf(raw: SourcePosting): string | null {
  return raw.language && /^[a-z]{2}$/.test(raw.language) ? raw.language : null;
}

/** The hash of what the board sent, as stored: equal hashes mean "unchanged". A posting date from
 *  a relative age is left out (it moves every day), and an absent declared language adds nothing,
 *  so boards without one kept the hashes they had before it was stored. */
function contentHashOf(p: Omit<NormalisedPosting, 'contentHash'>): string {
  const stored = {
    url: p.url,
    applyUrl: p.applyUrl,
    title: p.title,
    company: p.company,
    location: p.location,
    descriptionHtml: p.descriptionHtml,
    postedAt: p.postedAtApproximate ? null : p.postedAt,
    expiresAt: p.expiresAt,
    salary: p.salary,
    hints: p.hints,
    closed: p.closedByBoard,
    language: p.declaredLanguage ?? undefined,
  };
  return createHash('sha256').update(JSON.stringify(stored)).digest('base64url').slice(0, 22);
}

export function normalisePosting(board: SourcePosting, context: PostingContext): NormalisedPosting {
  // Text XML 1.0 cannot hold is removed from every field first (issue 9): no posting breaks a feed.
  const raw = withoutNonXml(board);
  const url = canonicalUrl(raw.url);
  // Named by its public id: the board's own id is the board's text, and run notes never quote that.
  if (!url) throw new Error(`posting ${publicIdOf(context.source, raw.externalId)} has no usable URL`);
  // Cleaned after repairing too: a repaired run may decode to U+FFFE.
  const title = stripNonXml(cleanLine(repairMojibake(raw.title)));
  if (!title) throw new Error(`posting ${raw.externalId} has no title`);
  const description = describe(repairMojibake(raw.descriptionHtml ?? ''));
  const dated = believableDate(toUtcMs(raw.postedAt, context.timeZoneOffsetMinutes) ?? null, context.now);
  const posting = {
    publicId: publicIdOf(context.source, raw.externalId),
    source: context.source,
    sourceKey: context.sourceKey,
    externalId: raw.externalId,
    url,
    applyUrl: canonicalUrl(raw.applyUrl) ?? null,
    title,
    company: stripNonXml(cleanLine(repairMojibake(raw.company ?? ''))),
    location: stripNonXml(cleanLine(repairMojibake(raw.location ?? ''))),
    descriptionHtml: description.html,
    descriptionText: description.text,
    declaredLanguage: declaredLanguageOf(raw),
    postedAt: dated.postedAt,
    postedAtApproximate: raw.postedAtApproximate ?? false,
    expiresAt: toUtcMs(raw.expiresAt, context.timeZoneOffsetMinutes) ?? null,
    closedByBoard: raw.closed ?? false,
    salary: formatSalary(raw),
    salaryMin: raw.salaryMin ?? null,
    salaryMax: raw.salaryMax ?? null,
    salaryCurrency: raw.salaryCurrency ?? null,
    salaryPeriod: raw.salaryPeriod ?? null,
    hints: cleanHints({ ...raw.hints, futureDate: dated.futureDate, pastDate: dated.pastDate }),
  };
  return { ...posting, contentHash: contentHashOf(posting) };
}
