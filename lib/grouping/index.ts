export { normaliseCompany } from './company';
export { normaliseTitle, titleWords, titleWordsOf } from './title';
export { placesOf, placesConflict, placesMatch, type Places } from './location';
export { shinglesOf, shinglesOfTokens, containment } from './similarity';
export {
  blockingKey,
  decideSameJob,
  featuresOf,
  SAME_THRESHOLD,
  SHORT_WORDS,
  type Decision,
  type Features,
  type GroupingInput,
  type MergeReason,
} from './decide';
export {
  pickRepresentative,
  groupStateOf,
  groupPublicId,
  isGroupPublicId,
  repostsOf,
  type CopyState,
  type GroupState,
} from './group-state';
