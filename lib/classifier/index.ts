// classifyPosting: normalise → apply hints → segment → match → decide, with evidence for each
// decision. Pure and deterministic; the scrapers, the classify command and reclassify share it.
import { SOURCE_META, isSourceId } from '../sources';
import type { Hints } from '../taxonomy';
import { decideDigitalMarketing } from './digital-marketing';
import { decideEngagement } from './engagement';
import { detectLanguage } from './language';
import { segmentPosting, toPlainText } from './segment';
import { decideSkills } from './skills';
import type { Classification, ClassifierInput } from './types';
import { decideWorkplace } from './workplace';

export { normaliseText, toSearchText, tokenise } from './normalise';
export type { Classification, ClassifierInput, Evidence } from './types';

/** Bumped whenever rules change, so `npm run reclassify` knows which rows are stale. */
export const CLASSIFIER_VERSION = '2026-11-27.3';

function boardDefaults(source: string | undefined): { remoteOnly: boolean; marketplace: boolean } {
  if (!source || !isSourceId(source)) return { remoteOnly: false, marketplace: false };
  const meta = SOURCE_META[source];
  return { remoteOnly: meta.remoteOnly, marketplace: meta.freelanceMarketplace };
}

export function classifyPosting(input: ClassifierInput): Classification {
  const defaults = boardDefaults(input.source);
  const hints: Hints = { ...input.hints };
  if (defaults.remoteOnly && hints.remote === undefined) hints.remote = true;
  const sentences = segmentPosting(input.title, input.text);
  const language = input.lang && /^[a-z]{2}$/.test(input.lang) ? input.lang : detectLanguage(`${input.title}\n${toPlainText(input.text)}`, input.title);

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
      digitalMarketing: dm.evidence,
      engagement: engagement.evidence,
      workplace: workplace.evidence,
      skills: skills.evidence,
    },
  };
}
