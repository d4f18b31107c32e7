// Stage 3, classified → row: the pipeline's last stage, the one place a posting's fields meet the
// table's columns (typed by the schema: NewPostingRow). Reclassify goes back from a stored row to
// the normalised posting and rewrites only the columns the classify stage owns.
import type { ClassifiedPosting, NormalisedPosting } from '../../lib/postings/types';
import type { NewPostingRow, PostingRow } from '../schema';

/** Every column but the id: a missing field is a compile error, never a silent NULL. */
export type PostingInsert = Required<Omit<NewPostingRow, 'id'>>;

/** The columns the classify stage owns (lib/postings/classify.ts). */
export function classifiedColumns(p: ClassifiedPosting) {
  return {
    language: p.language,
    digitalMarketing: p.digitalMarketing,
    engagement: p.engagement,
    workplace: p.workplace,
    skills: p.skills,
    skillMask: p.skillMask,
    evidence: p.evidence,
    classifierVersion: p.classifierVersion,
    searchTitle: p.searchTitle,
    searchBody: p.searchBody,
    searchPlace: p.searchPlace,
    country: p.country,
    city: p.city,
    openTo: p.openTo ? JSON.stringify(p.openTo) : null,
    payMin: p.payMin,
    payMax: p.payMax,
    payCurrency: p.payCurrency,
    payPeriod: p.payPeriod,
  } satisfies Partial<NewPostingRow>;
}

/** The row of a posting first seen `now`; upsert keeps the stored first-seen and posting dates. */
export function toPostingRow(p: ClassifiedPosting, times: { now: number; postedAt: number; closedAt: number | null }): PostingInsert {
  return {
    publicId: p.publicId,
    source: p.source,
    sourceKey: p.sourceKey,
    externalId: p.externalId,
    url: p.url,
    applyUrl: p.applyUrl,
    title: p.title,
    company: p.company,
    location: p.location,
    descriptionHtml: p.descriptionHtml,
    descriptionText: p.descriptionText,
    declaredLanguage: p.declaredLanguage,
    postedAt: times.postedAt,
    firstSeenAt: times.now,
    lastSeenAt: times.now,
    expiresAt: p.expiresAt,
    closedAt: times.closedAt,
    salary: p.salary,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    salaryCurrency: p.salaryCurrency,
    salaryPeriod: p.salaryPeriod,
    hints: p.hints,
    contentHash: p.contentHash,
    ...classifiedColumns(p),
  };
}

/** A stored row as the normalise stage left it, for reclassify. */
export function normalisedFromRow(r: PostingRow): NormalisedPosting {
  return {
    publicId: r.publicId,
    source: r.source,
    sourceKey: r.sourceKey,
    externalId: r.externalId,
    url: r.url,
    applyUrl: r.applyUrl,
    title: r.title,
    company: r.company,
    location: r.location,
    descriptionHtml: r.descriptionHtml,
    descriptionText: r.descriptionText,
    declaredLanguage: r.declaredLanguage,
    postedAt: r.postedAt,
    postedAtApproximate: false,
    expiresAt: r.expiresAt,
    closedByBoard: r.closedAt !== null,
    salary: r.salary,
    salaryMin: r.salaryMin,
    salaryMax: r.salaryMax,
    salaryCurrency: r.salaryCurrency,
    salaryPeriod: r.salaryPeriod,
    hints: r.hints,
    contentHash: r.contentHash,
  };
}
