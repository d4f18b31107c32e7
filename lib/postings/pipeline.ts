// raw → normalised → classified, as a scrape runs it; db/queries/posting-row.ts makes the row.
// Reclassify starts from a stored row's normalised fields and runs the same classify stage.
import { boardDefaultsOf } from '../sources';
import { classifyNormalised } from './classify';
import { normalisePosting } from './normalise';
import type { BoardDefaults, ClassifiedPosting, PostingContext, SourcePosting } from './types';

/** A scraped posting ready for the row stage; the board's defaults are the adapter's (by default its source's). */
export function preparePosting(
  raw: SourcePosting,
  context: PostingContext,
  board: BoardDefaults = boardDefaultsOf(context.source),
): ClassifiedPosting {
  return classifyNormalised(normalisePosting(raw, context), board);
}

export type { BoardDefaults, ClassifiedPosting, NormalisedPosting, PostingContext, SourcePosting } from './types';
