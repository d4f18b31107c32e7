// classifyPosting: normalise → apply hints → segment → match → decide, with evidence for each
// decision. Pure and deterministic; the scrapers, the classify command and reclassify share it.
import type { Hints } from '../taxonomy';
import { decideDigitalMarketing } from './digital-marketing';
import { decideEngagement } from './engagement';
import { detectLanguage } from './language';
import { segmentPosting, toPlainText } from './segment';
import { decideSkills } from './skills';
import type { BoardDefaults, Classification, ClassifierInput } from './types';
import { decideWorkplace } from './workplace';

export { normaliseText, toSearchText, tokenise } from './normalise';
export type { BoardDefaults, Classification, ClassifierInput, Evidence } from './types';

/** Bumped whenever rules change, so `npm run reclassify` knows which rows are stale. */
export const CLASSIFIER_VERSION = '2026-12-08.178';

const NO_DEFAULTS: BoardDefaults = { remoteOnly: false, marketplace: false };

export function classifyPosting(input: ClassifierInput): Classification {
  const defaults = input.board ?? NO_DEFAULTS;
  const hints: Hints = { ...input.hints };
  if (defaults.remoteOnly && hints.remote === undefined) hints.remote = true;
  const sentences = segmentPosting(input.title, input.text);
  const language =
    input.lang && /^[a-z]{2}$/.test(input.lang) ? input.lang : detectLanguage(`${input.title}\n${toPlainText(input.text)}`, input.title);

  const dm = decideDigitalMarketing(sentences);
  const workplace = decideWorkplace(sentences, hints, input.location ?? '', defaults.remoteOnly);
  const engagement = decideEngagement(sentences, hints, defaults.marketplace);
  const skills = dm.isDm ? decideSkills(sentences) : { skills: [], evidence: {} };

  return {
    digitalMarketing: dm.isDm,
    engagement: engagement.engagement,
    workplace: workplace.workplace,
    skills: skills.skills,
    language,
    evidence: {
      // A posting without a title: the rules quote the title as they would any, blank here.
      digitalMarketing: dm.evidence.filter((quote) => quote.trim() !== ''),
      engagement: engagement.evidence,
      workplace: workplace.evidence,
      skills: skills.evidence,
    },
  };
}
