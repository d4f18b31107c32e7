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

/** A board's date more than a day after we fetched it is not believed: the posting is dated by
 *  when we first saw it (upsert fills that in) and keeps the board's date in its hints. */
function believableDate(postedAt: number | null, fetchedAt: number | undefined): { postedAt: number | null; futureDate?: string } {
  if (postedAt === null || fetchedAt === undefined || postedAt <= fetchedAt + DAY) return { postedAt };
  return { postedAt: null, futureDate: new Date(postedAt).toISOString() };
}

function formatSalary(p: SourcePosting): string | null {
  if (p.salary?.trim()) return cleanLine(p.salary);
  if (p.salaryMin || p.salaryMax) {
    const cur = p.salaryCurrency ? `${p.salaryCurrency} ` : '';
    const range = p.salaryMin && p.salaryMax && p.salaryMin !== p.salaryMax ? `${p.salaryMin.toLocaleString('en-US')}–${p.salaryMax.toLocaleString('en-US')}` : (p.salaryMax || p.salaryMin)!.toLocaleString('en-US');
    return `${cur}${range}${p.salaryPeriod ? ` / ${p.salaryPeriod}` : ''}`;
  }
  return null;
}

export function normalisePosting(board: SourcePosting, context: PostingContext): NormalisedPosting {
  // Text XML 1.0 cannot hold is removed from every field first (issue 9): no posting breaks a feed.
  const raw = withoutNonXml(board);
  const url = canonicalUrl(raw.url);
  if (!url) throw new Error(`posting ${raw.externalId} has no usable URL`);
  // Cleaned after repairing too: a repaired run may decode to U+FFFE.
  const title = stripNonXml(cleanLine(repairMojibake(raw.title)));
  if (!title) throw new Error(`posting ${raw.externalId} has no title`);
  const company = stripNonXml(cleanLine(repairMojibake(raw.company ?? '')));
  const location = stripNonXml(cleanLine(repairMojibake(raw.location ?? '')));
  const description = describe(repairMojibake(raw.descriptionHtml ?? ''));
  const dated = believableDate(toUtcMs(raw.postedAt, context.timeZoneOffsetMinutes) ?? null, context.now);
  const hints: Hints = Object.fromEntries(
    Object.entries({ ...raw.hints, futureDate: dated.futureDate }).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, typeof v === 'string' ? cleanLine(v) : v]),
  );
  const postedAt = dated.postedAt;
  const expiresAt = toUtcMs(raw.expiresAt, context.timeZoneOffsetMinutes) ?? null;
  const salary = formatSalary(raw);

  const declaredLanguage = raw.language && /^[a-z]{2}$/.test(raw.language) ? raw.language : null;

  const stored = {
    url, applyUrl: canonicalUrl(raw.applyUrl) ?? null, title, company, location, descriptionHtml: description.html,
    postedAt: raw.postedAtApproximate ? null : postedAt, expiresAt, salary, hints, closed: raw.closed ?? false,
    // Absent for most boards, so their hashes stay as they were before it was stored.
    language: declaredLanguage ?? undefined,
  };
  const contentHash = createHash('sha256').update(JSON.stringify(stored)).digest('base64url').slice(0, 22);

  return {
    publicId: publicIdOf(context.source, raw.externalId),
    source: context.source,
    sourceKey: context.sourceKey,
    externalId: raw.externalId,
    url,
    applyUrl: stored.applyUrl,
    title,
    company,
    location,
    descriptionHtml: description.html,
    descriptionText: description.text,
    declaredLanguage,
    postedAt,
    postedAtApproximate: raw.postedAtApproximate ?? false,
    expiresAt,
    closedByBoard: raw.closed ?? false,
    salary,
    salaryMin: raw.salaryMin ?? null,
    salaryMax: raw.salaryMax ?? null,
    salaryCurrency: raw.salaryCurrency ?? null,
    salaryPeriod: raw.salaryPeriod ?? null,
    hints,
    contentHash,
  };
}
