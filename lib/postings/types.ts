// The pipeline's stages, one type each. A parser's posting (raw) is normalised (normalise.ts),
// then classified (classify.ts); db/queries/posting-row.ts turns a classified posting into a row.
// The scrape run and reclassify compose the same stages (lib/postings/pipeline.ts,
// db/queries/reclassify.ts), so a field a stage owns is written by that stage alone.
import type { BoardDefaults, Classification } from '../classifier';
import type { Hints } from '../taxonomy';
import type { PayPlaceColumns } from './pay-place';

/** Raw: what a parser produced for one posting (validated by scrapers/types.ts ZRawPosting). */
export type SourcePosting = {
  externalId: string;
  url: string;
  applyUrl?: string;
  title: string;
  company?: string;
  location?: string;
  descriptionHtml?: string;
  /** The board's own statement of the posting's language, when it makes one. */
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

/** Where a posting comes from: the board (and its defaults) and the run target. */
export type PostingContext = {
  source: string;
  sourceKey: string;
  timeZoneOffsetMinutes?: number;
  /** When the posting was fetched: a date more than a day after it is not believed. */
  now?: number;
};

/** Normalised: text cleaned, URLs canonical, dates in UTC, HTML sanitised, content hashed. */
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
  declaredLanguage: string | null;
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
  /** Hash of the stored board fields; an unchanged hash means "unchanged", not "updated". */
  contentHash: string;
};

/** Classified: the normalised posting with the classifier's decisions and the search text. */
export type ClassifiedPosting = NormalisedPosting & {
  language: string;
  digitalMarketing: Classification['digitalMarketing'];
  engagement: Classification['engagement'];
  workplace: Classification['workplace'];
  skills: Classification['skills'];
  skillMask: number;
  evidence: Classification['evidence'];
  classifierVersion: string;
  searchTitle: string;
  searchBody: string;
  searchPlace: string;
} & PayPlaceColumns;

export type { BoardDefaults };
