import type { Engagement, Hints, SkillId, Workplace } from '../taxonomy';

export type Evidence = {
  digitalMarketing: string[];
  engagement: string[];
  workplace: string[];
  skills: Partial<Record<SkillId, string[]>>;
};

export type ClassifierInput = {
  id?: string;
  title: string;
  text: string;
  company?: string;
  location?: string;
  source?: string;
  lang?: string;
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
