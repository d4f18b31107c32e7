// Stage 2, normalised → classified: the classifier's decisions (with the board's defaults and its
// declared language as input) and the search columns, both of which a reclassify rewrites.
import { CLASSIFIER_VERSION, classifyPosting, toSearchText, type BoardDefaults } from '../classifier';
import { skillMask } from '../taxonomy';
import type { ClassifiedPosting, NormalisedPosting } from './types';

export function classifyNormalised(posting: NormalisedPosting, board: BoardDefaults): ClassifiedPosting {
  const c = classifyPosting({
    title: posting.title,
    text: posting.descriptionText,
    company: posting.company,
    location: posting.location,
    lang: posting.declaredLanguage ?? undefined,
    hints: posting.hints,
    board,
  });
  return {
    ...posting,
    language: c.language,
    digitalMarketing: c.digitalMarketing,
    engagement: c.engagement,
    workplace: c.workplace,
    skills: c.skills,
    skillMask: skillMask(c.skills),
    evidence: c.evidence,
    classifierVersion: CLASSIFIER_VERSION,
    searchTitle: toSearchText(posting.title),
    searchBody: toSearchText(`${posting.company}\n${posting.descriptionText}`),
  };
}
