// Labels said by a verb and its object together, in English, German and Arabic: who is led
// (lead / mentor / hire … a team, agencies, writers), what money is managed (allocate / own …
// the ad budget), whose behaviour is analysed, which ideas are new. A verb or an object alone says
// little ("work with our team lead", "the project's budget"); together they describe the duty.
import type { SkillId } from '../taxonomy';
import { near, phrases, test, type Matcher } from './lexicon';

// Every object word of every rule, as one matcher: a sentence with none of them needs no rule.
const objectWords: string[] = [];
function objects(...list: string[]): Matcher {
  objectWords.push(...list);
  return phrases(...list);
}

type Rule = { verb: Matcher; object: Matcher; within: number; ordered: boolean };

// Words that end a verb's reach: "develop campaigns with the sales team" does not develop a team.
const BARRIER = /(^|[^\p{L}])(with|alongside|across|for|to|from|within|into|among|between|and other|cross|mit|مع|الى|لدى)($|[^\p{L}])|[,;:.()،؛]/u;

const LEAD = phrases(
  'lead', 'leading', 'leads', 'manage', 'managing', 'manages', 'build', 'building', 'builds', 'grow', 'scale', 'scaling', 'nurture',
  'mentor', 'mentoring', 'mentors', 'mentorship', 'coach', 'coaching', 'guide', 'guiding', 'supervise', 'supervising', 'oversee', 'overseeing',
  'direct', 'directing', 'hire', 'recruit', 'develop', 'developing', 'head', 'heading', 'run', 'running', 'line-manage',
  'führen', 'führung', 'leiten', 'leitung', 'aufbau', 'aufbauen', 'steuerung', 'steuern', 'koordination', 'betreuung',
  'اداره', 'يدير', 'تدير', 'قياده', 'يقود', 'تقود', 'الاشراف', 'اشراف', 'يشرف', 'تشرف', 'توجيه', 'التوجيه', 'بناء', 'تدريب', 'التدريب',
  'انشاء', 'تطوير', 'متابعه اداء', 'توظيف',
);
const PEOPLE = objects(
  'team', 'teams', 'squad', 'squads', 'agency', 'agencies', 'freelancers', 'contractors', 'specialists', 'writers', 'designers',
  'editors', 'creators', 'junior', 'juniors', 'marketers', 'staff', 'people', 'department', 'interns', 'media buyers', 'vendors',
  'team*', 'mitarbeitende*', 'mitarbeiter*', 'dienstleister', 'agentur*', 'freelancer',
  'فريق', 'الفريق', 'فرق', 'الفرق', 'المسوقين', 'مسوقين', 'مسوقات', 'الموظفين', 'المصممين', 'الوكالات', 'وكالات', 'الوكاله', 'المستقلين',
  'الكتاب', 'صناع المحتوى', 'المتخصصين', 'الاخصائيين',
);
const BUDGET_VERB = phrases(
  'manage', 'managing', 'manages', 'own', 'owning', 'owns', 'allocate', 'allocating', 'allocation', 'control', 'controlling', 'plan', 'planning',
  'optimize', 'optimise', 'optimizing', 'optimising', 'adjust', 'adjusting', 'set', 'setting', 'oversee', 'overseeing', 'track', 'tracking',
  'forecast', 'forecasting', 'scale', 'scaling', 'responsible', 'responsibility', 'approve', 'spend', 'spending', 'deploy', 'gathering',
  'verwalten', 'verantwortung', 'steuerung', 'steuern', 'planung',
  'اداره', 'ادارة', 'يدير', 'تخصيص', 'توزيع', 'التحكم', 'متابعه', 'اعداد', 'تحديد', 'ضبط', 'مسؤول', 'مسؤوليه', 'الاشراف',
);
const AD_BUDGET = objects(
  'budget', 'budgets', 'spend', 'bids', 'budget*',
  'الميزانيه', 'ميزانيه', 'الميزانيات', 'ميزانيات', 'الموازنه', 'الموازنات', 'موازنات',
);
const AD_CONTEXT = phrases(
  'ad', 'ads', 'advertising', 'campaign', 'campaigns', 'media', 'paid', 'ppc', 'sem', 'platforms', 'channels', 'marketing', 'program', 'roas',
  'meta', 'google', 'tiktok', 'linkedin', 'brand', 'werbung', 'kampagne*',
  'اعلان', 'اعلانات', 'الاعلانات', 'الاعلانيه', 'اعلانيه', 'الاعلان', 'حملات', 'الحملات', 'الحمله', 'حمله', 'ممول', 'الممول', 'التسويق', 'التسويقيه',
);
const AGENCY_VERB = phrases('manage', 'managing', 'manages', 'oversee', 'overseeing', 'direct', 'directing', 'brief', 'briefing', 'coordinate', 'working with', 'اداره', 'الاشراف', 'التنسيق مع');
const AD_SPECIALISTS = objects('agency', 'agencies', 'media buyers', 'agency partners', 'agency relationships', 'الوكالات', 'الوكاله', 'وكالات', 'الميديا باير', 'فريق الاعلانات');
const ANALYSE = phrases(
  'analyse', 'analyze', 'analysing', 'analyzing', 'analysis', 'analyses', 'analytics', 'insights', 'track', 'tracking', 'model', 'modelling',
  'modeling', 'measure', 'measuring', 'segment', 'segmenting', 'data', 'research into', 'study',
  'تحليل', 'التحليل', 'تحليلات', 'قياس', 'بيانات', 'رصد',
);
const AUDIENCE_OBJECT = objects(
  'user behavior', 'user behaviour', 'customer behavior', 'customer behaviour', 'consumer behavior', 'consumer behaviour', 'buyer behavior',
  'buyer behaviour', 'customer journey', 'audience', 'audiences', 'consumer', 'consumers', 'visitors', 'subscribers', 'users', 'customer base',
  'زوار', 'الزوار', 'سلوك', 'الجمهور', 'جمهور', 'المستهلك', 'المستهلكين', 'العملاء المستهدفين', 'المتابعين', 'الفئه المستهدفه', 'الفئات المستهدفه',
);
const LISTEN = phrases('understand', 'understanding', 'research', 'researching', 'listen', 'listening', 'interview', 'interviews', 'survey', 'surveys', 'feedback from', 'فهم', 'دراسه', 'الاستماع');
const CUSTOMERS = objects('customers', 'users', 'audience', 'audiences', 'buyers', 'consumers', 'our market', 'the market', 'personas', 'العملاء', 'الجمهور', 'المستهلكين', 'جمهور');
const NEW_THING = phrases('حملات', 'الحملات', 'حمله', 'الحمله', 'افكار', 'الافكار', 'مفاهيم', 'اعلانات', 'محتوى', 'campaigns', 'campaign', 'concepts', 'ways', 'formats');
const NOVEL = objects('مبتكره', 'مبتكر', 'ابداعيه', 'ابداعي', 'جديده', 'غير تقليديه', 'creative', 'innovative', 'novel', 'fresh', 'original');
const PROPOSE = phrases('propose', 'proposing', 'suggest', 'suggesting', 'pitch', 'pitching', 'generate', 'generating', 'develop', 'come up', 'bring', 'اقتراح', 'يقترح', 'ابتكار', 'توليد', 'تقديم', 'جلب', 'طرح');
const IDEA = objects('ideas', 'concepts', 'concept', 'topics', 'themes', 'افكار', 'الافكار', 'مواضيع', 'فكره', 'مفاهيم');

// Marketing through named kinds of channel: "التسويق عبر مختلف منصات التواصل", "promote … across channels".
const PROMOTE = phrases('تسويق', 'التسويق', 'ترويج', 'الترويج', 'نشر', 'promote', 'promoting', 'distribute', 'distributing', 'amplify', 'amplified', 'repurpose');
const CHANNEL_KINDS = objects('منصات', 'المنصات', 'مواقع', 'وسائل', 'قنوات', 'القنوات', 'جروبات', 'مجموعات', 'بالبريد', 'مختلف', 'channels', 'formats and channels', 'newsletters');

export const SKILL_RULES: Partial<Record<SkillId, Rule[]>> = {
  'team-management': [{ verb: LEAD, object: PEOPLE, within: 5, ordered: true }],
  'ad-oversight': [
    { verb: BUDGET_VERB, object: AD_BUDGET, within: 5, ordered: true },
    { verb: AGENCY_VERB, object: AD_SPECIALISTS, within: 4, ordered: true },
  ],
  'audience-analytics': [{ verb: ANALYSE, object: AUDIENCE_OBJECT, within: 4, ordered: false }],
  channels: [{ verb: PROMOTE, object: CHANNEL_KINDS, within: 3, ordered: true }],
  audience: [{ verb: LISTEN, object: CUSTOMERS, within: 4, ordered: true }],
  'creative-ideas': [
    { verb: NEW_THING, object: NOVEL, within: 3, ordered: true },
    { verb: PROPOSE, object: IDEA, within: 3, ordered: true },
  ],
};

/** A managed budget is oversight only when it is the advertising's: "the project's budget" on a
 *  marketplace brief is the client's fee. */
const ANY_OBJECT = phrases(...objectWords);

/** The labels the rules find in one sentence (none unless a rule's object is there at all). */
export function ruleLabels(norm: string): Set<SkillId> {
  const found = new Set<SkillId>();
  if (!test(ANY_OBJECT, norm)) return found;
  for (const id of Object.keys(SKILL_RULES) as SkillId[]) if (ruleMatches(id, norm)) found.add(id);
  return found;
}

export function ruleMatches(id: SkillId, norm: string): boolean {
  for (const r of SKILL_RULES[id] ?? []) {
    if (!near(r.verb, r.object, norm, r.within, r.ordered, BARRIER)) continue;
    if (id === 'ad-oversight' && r.object === AD_BUDGET && !near(AD_BUDGET, AD_CONTEXT, norm, 8, false)) continue;
    return true;
  }
  return false;
}
