// A board's posting → what we store: text cleaned, URLs canonical, dates in UTC, HTML sanitised,
// search columns normalised, and the classifier's decisions with their evidence.
import { createHash } from 'node:crypto';
import { classifyPosting, toSearchText, CLASSIFIER_VERSION, type Classification } from '../classifier';
import { cleanLine, repairMojibake, sanitiseDescription, textOfSanitised } from '../html';
import { skillMask, type Hints } from '../taxonomy';
import { toUtcMs } from './dates';
import { publicIdOf } from './identity';
import { canonicalUrl } from './url';

export type SourcePosting = {
  externalId: string;
  url: string;
  applyUrl?: string;
  title: string;
  company?: string;
  location?: string;
  descriptionHtml?: string;
  language?: string;
  postedAt?: Date | string | number;
  postedAtApproximate?: boolean;
  expiresAt?: Date | string | number;
  closed?: boolean;
  salary?: string;
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: string;
  hints: Hints;
};

export type NormalisedPosting = {
  publicId: string;
  source: string;
  sourceKey: string;
  externalId: string;
  url: string;
  applyUrl: string | null;
  title: string;
  company: string;
  location: string;
  descriptionHtml: string;
  descriptionText: string;
  language: string;
  postedAt: number | null;
  postedAtApproximate: boolean;
  expiresAt: number | null;
  closedByBoard: boolean;
  salary: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: string | null;
  hints: Hints;
  contentHash: string;
  digitalMarketing: boolean;
  engagement: Classification['engagement'];
  workplace: Classification['workplace'];
  skills: Classification['skills'];
  skillMask: number;
  evidence: Classification['evidence'];
  classifierVersion: string;
  searchTitle: string;
  searchBody: string;
};

// Tracking pixels (Remotive's /job/track/<id>/blank.gif among them) go with every <img>: the
// sanitiser drops images. Scripts, styles and event handlers go too.
function describe(html: string | undefined): { html: string; text: string } {
  const safe = sanitiseDescription(html ?? '');
  return { html: safe, text: textOfSanitised(safe) };
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

export function normalisePosting(
  raw: SourcePosting,
  context: { source: string; sourceKey: string; timeZoneOffsetMinutes?: number },
): NormalisedPosting {
  const url = canonicalUrl(raw.url);
  if (!url) throw new Error(`posting ${raw.externalId} has no usable URL`);
  const title = cleanLine(repairMojibake(raw.title));
  if (!title) throw new Error(`posting ${raw.externalId} has no title`);
  const company = cleanLine(repairMojibake(raw.company ?? ''));
  const location = cleanLine(repairMojibake(raw.location ?? ''));
  const description = describe(repairMojibake(raw.descriptionHtml ?? ''));
  const hints: Hints = Object.fromEntries(
    Object.entries(raw.hints).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, typeof v === 'string' ? cleanLine(v) : v]),
  );
  const postedAt = toUtcMs(raw.postedAt, context.timeZoneOffsetMinutes) ?? null;
  const expiresAt = toUtcMs(raw.expiresAt, context.timeZoneOffsetMinutes) ?? null;
  const salary = formatSalary(raw);

  const classification = classifyPosting({
    title,
    text: description.text,
    company,
    location,
    source: context.source,
    lang: raw.language,
    hints,
  });

  const stored = {
    url, applyUrl: canonicalUrl(raw.applyUrl) ?? null, title, company, location, descriptionHtml: description.html,
    postedAt: raw.postedAtApproximate ? null : postedAt, expiresAt, salary, hints, closed: raw.closed ?? false,
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
    language: classification.language,
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
    digitalMarketing: classification.digitalMarketing,
    engagement: classification.engagement,
    workplace: classification.workplace,
    skills: classification.skills,
    skillMask: skillMask(classification.skills),
    evidence: classification.evidence,
    classifierVersion: CLASSIFIER_VERSION,
    searchTitle: toSearchText(title),
    searchBody: toSearchText(`${company}\n${description.text}`),
  };
}
