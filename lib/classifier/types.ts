import type { Engagement, Hints, SkillId, Workplace } from '../taxonomy';

export type Evidence = {
  digitalMarketing: string[];
  engagement: string[];
  workplace: string[];
  skills: Partial<Record<SkillId, string[]>>;
};

/** What the board says about all its postings (taxonomy §3), given by the caller: the classifier
 *  knows no board by name. */
export type BoardDefaults = { remoteOnly: boolean; marketplace: boolean };

export type ClassifierInput = {
  id?: string;
  title: string;
  text: string;
  company?: string;
  location?: string;
  lang?: string;
  board?: BoardDefaults;
  hints?: Hints;
};

export type Classification = {
  digitalMarketing: boolean;
  engagement: Engagement;
  workplace: Workplace;
  skills: SkillId[];
  language: string;
  evidence: Evidence;
};
