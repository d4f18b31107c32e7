// Labels said by a verb and its object together, in English, German and Arabic: who is led
// (lead / mentor / hire … a team, agencies, writers), what money is managed (allocate / own …
// the ad budget), whose behaviour is analysed, which ideas are new. A verb or an object alone says
// little ("work with our team lead", "the project's budget"); together they describe the duty.
import type { SkillId } from '../taxonomy';
import { near, phrases, removeAll, test, type Matcher } from './lexicon';
import { LATIN_LETTER } from './normalise';

// Every object word of every rule, as one matcher: a sentence with none of them needs no rule.
const objectWords: string[] = [];
function objects(...list: string[]): Matcher {
  objectWords.push(...list);
  return phrases(...list);
}

type Rule = { verb: Matcher; object: Matcher; within: number; ordered: boolean };

// Words that end a verb's reach: "develop campaigns with the sales team" does not develop a team.
// Punctuation ends a phrase, except inside a number ("a $7,000 budget", "1.5m spend").
const BARRIER =
  /(^|[^\p{L}])(with|alongside|across|for|to|from|within|into|among|between|and other|cross|mit|مع|الي|لدي)($|[^\p{L}])|[;:()،؛]|(?<!\d)[,.]|[,.](?!\d)/u;

const LEAD = phrases(
  // French for supervising staff, in Maghrebi postings: "encadrer فريق من 2".
  'encadrer',
  'encadrement',
  'führst',
  'führen',
  'leitest',
  'line-manage',
  'line manage',
  'line-managing',
  'line managing',
  'lead',
  'leading',
  'leads',
  // Handing work to people: "assign briefs to freelance writers".
  'assign',
  'assigning',
  'manage',
  'managing',
  'manages',
  'build',
  'building',
  'builds',
  'grow',
  'scale',
  'scaling',
  'nurture',
  'mentor',
  'mentoring',
  'mentors',
  'mentorship',
  'coach',
  'coaching',
  'guide',
  'guiding',
  'supervise',
  'supervising',
  'oversee',
  'oversees',
  'overseeing',
  // As a noun: "oversight of our media agency".
  'oversight',
  'supervises',
  'direct',
  'directing',
  'hire',
  'recruit',
  'develop',
  'developing',
  'head',
  'heading',
  'run',
  'running',
  'line-manage',
  // Egyptian "you'll take charge of" (هتمسك تيم).
  'هتمسك',
  'تمسك',
  'يمسك',
  // Answerable for people: "responsible for a team of four", "مسؤول عن فريق".
  'responsible for',
  'in charge of',
  // Steering and checking an agency or freelancers is managing them (taxonomy: team-management);
  // briefing a designer on one task is not.
  'steer',
  'steering',
  'kontrollierst',
  'مسؤول عن',
  'مسؤوله عن',
  'führen',
  'führung',
  'leiten',
  'leitung',
  'aufbau',
  'aufbauen',
  'steuerung',
  'steuern',
  'steuerst',
  'koordination',
  'betreuung',
  'اداره',
  'يدير',
  'تدير',
  'قياده',
  'يقود',
  'تقود',
  'الاشراف',
  'اشراف',
  // Maghrebi for supervising staff (تأطير فريق).
  'تاطير',
  'يشرف',
  'تشرف',
  'توجيه',
  'التوجيه',
  'بناء',
  'تدريب',
  'التدريب',
  'انشاء',
  'تطوير',
  'متابعه اداء',
  'توظيف',
);
const PEOPLE = objects(
  // Egyptian loanword for team.
  'تيم',
  // One person hired or managed is a team of one: "hire our first content writer".
  'writer',
  'designer',
  'editor',
  'specialist',
  'coordinator',
  'coordinators',
  'direct reports',
  'assistant',
  'assistants',
  'executives',
  'executive',
  'team',
  'teams',
  'squad',
  'squads',
  'agency',
  'agencies',
  'freelancers',
  'contractors',
  'specialists',
  'writers',
  'designers',
  'editors',
  'creators',
  'junior',
  'juniors',
  'marketers',
  'staff',
  'people',
  'department',
  'interns',
  'media buyers',
  // Moderators and a working student: people the job may lead or train.
  'moderators',
  'moderator',
  'werkstudent*',
  // One named report: "Manage our media buyer", "Line-manage our Digital Marketing Officer",
  // "Lead one growth marketer", "Line manage our two Community Managers".
  'marketer',
  'managers',
  'analyst',
  'analysts',
  'strategist',
  'strategists',
  'producer',
  'producers',
  'media buyer',
  'officer',
  'officers',
  'vendors',
  'team*',
  'mitarbeitende*',
  'mitarbeiter*',
  'dienstleister',
  'agentur*',
  'mediaagentur*',
  'agenturen',
  'texter*',
  'redakteur*',
  'freelancer',
  'photographer',
  'photographers',
  'illustrators',
  'videographer',
  'فريق',
  'الفريق',
  'فرق',
  'الفرق',
  'المسوقين',
  'مسوقين',
  'مسوقات',
  'الموظفين',
  'المصممين',
  'الوكالات',
  'وكالات',
  'الوكاله',
  'المستقلين',
  // Writers, never "الكتاب" alone: folded, it is also كتابة, the writing itself.
  'كتاب المحتوى',
  'الكتاب المستقلين',
  'فريق الكتاب',
  'صناع المحتوى',
  'المتخصصين',
  'الاخصائيين',
);
const BUDGET_VERB = phrases(
  'verantwortest',
  'verantworten',
  'steuerst',
  'steuern',
  // German names a budget's control with a noun: "Steuerung eines Monatsbudgets", "Verantwortung
  // für ein monatliches Mediabudget", "Verwaltung eines Monatsbudgets".
  'steuerung',
  'budgetsteuerung',
  'verantwortung',
  'budgetverantwortung',
  'verwaltung',
  'verwaltest',
  'verwalten',
  'manage',
  'managing',
  'manages',
  'own',
  'owning',
  'owns',
  'allocate',
  'allocating',
  'allocation',
  'control',
  'controlling',
  'plan',
  'planning',
  'optimize',
  'optimise',
  'optimizing',
  'optimising',
  'adjust',
  'adjusting',
  'set',
  'setting',
  'oversee',
  'overseeing',
  'track',
  'tracking',
  'forecast',
  'forecasting',
  'scale',
  'scaling',
  'responsible',
  'responsibility',
  'approve',
  'spend',
  'spending',
  'deploy',
  'gathering',
  'verwalten',
  'verantwortung',
  'steuerung',
  'steuern',
  'planung',
  'اداره',
  'ادارة',
  'يدير',
  'تخصيص',
  'توزيع',
  'التحكم',
  'متابعه',
  'اعداد',
  'تحديد',
  'ضبط',
  'مسؤول',
  'مسؤوليه',
  'الاشراف',
  // The verb as said to the person, in MSA and dialect: "تتحكم في ميزانية", "تدير ميزانية", "توزع".
  'تتحكم',
  'يتحكم',
  'تدير',
  'تديري',
  'توزع',
  'يوزع',
  // Overseeing, adjusting, splitting and following the budget, in MSA and dialect.
  'تشرف',
  'يشرف',
  'تعديل',
  'تقسيم',
  'تقسم',
  'يقسم',
  'نقسم',
  'نقسمو',
  'تتبع',
  'يتابع',
  'تتابع',
);
const AD_BUDGET = objects(
  'budget',
  'budgets',
  'spend',
  'bids',
  'budget*',
  // German compounds: the month's, the year's, the media's or advertising's budget.
  'monatsbudget*',
  'jahresbudget*',
  'mediabudget*',
  'werbebudget*',
  'الميزانيه',
  'ميزانيه',
  'الميزانيات',
  'ميزانيات',
  'الموازنه',
  'الموازنات',
  'موازنات',
  // "budget" in Arabic letters: "توزيع البادجت الشهري", Tunisian "البودجي".
  'البادجت',
  'بادجت',
  'البودجت',
  'البودجي',
  'بودجي',
);
const AD_CONTEXT = phrases(
  // Budget pacing is media buying's own word: "track client budgets and pacing".
  'pacing',
  'ad',
  'ads',
  'advertising',
  'campaign',
  'campaigns',
  'media',
  'paid',
  'ppc',
  'sem',
  'platforms',
  'channels',
  'marketing',
  'program',
  'roas',
  'meta',
  'google',
  'tiktok',
  'linkedin',
  'brand',
  'werbung',
  'kampagne*',
  'اعلان',
  'اعلانات',
  'الاعلانات',
  'الاعلانيه',
  'اعلانيه',
  'الاعلان',
  'حملات',
  'الحملات',
  'الحمله',
  'حمله',
  'ممول',
  'الممول',
  'التسويق',
  'التسويقيه',
  // Spend and the places it goes: influencers, platforms, channels; Maghrebi "الإشهار" (advertising).
  'الصرف',
  'المؤثرين',
  'المشاهير',
  'المنصات',
  'القنوات',
  'الاشهاريه',
  'اشهاريه',
  'الاشهار',
  'influencer',
  'influencers',
  'creators',
);
const AGENCY_VERB = phrases(
  'manage',
  'managing',
  'manages',
  'oversee',
  'overseeing',
  'direct',
  'directing',
  'brief',
  'briefing',
  'اداره',
  'الاشراف',
);
const AD_SPECIALISTS = objects(
  'agency',
  'agencies',
  'media buyers',
  'agency partners',
  'agency relationships',
  'الوكالات',
  'الوكاله',
  'وكالات',
  'الميديا باير',
  'فريق الاعلانات',
);
const ANALYSE = phrases(
  'analyse',
  'analyze',
  'analysing',
  'analyzing',
  'analysis',
  'analyses',
  'analytics',
  'insights',
  'track',
  'tracking',
  'model',
  'modelling',
  'modeling',
  'measure',
  'measuring',
  'segment',
  'segmenting',
  'data',
  'research into',
  'study',
  // Grouping an audience by its attributes: "group subscribers by child age", "break down our
  // readership by age and device".
  'group',
  'break down',
  'تحليل',
  'التحليل',
  'تحليلات',
  'قياس',
  'بيانات',
  'رصد',
);
const AUDIENCE_OBJECT = objects(
  'user behavior',
  'user behaviour',
  'customer behavior',
  'customer behaviour',
  'consumer behavior',
  'consumer behaviour',
  'buyer behavior',
  'buyer behaviour',
  'customer journey',
  'audience',
  'audiences',
  'consumer',
  'consumers',
  'visitors',
  'subscribers',
  'users',
  'customer base',
  'readership',
  'readers',
  'contacts',
  'listeners',
  'viewers',
  'زوار',
  'الزوار',
  'سلوك',
  'الجمهور',
  'جمهور',
  'المستهلك',
  'المستهلكين',
  'العملاء المستهدفين',
  'المتابعين',
  'الفئه المستهدفه',
  'الفئات المستهدفه',
);
const LISTEN = phrases(
  'understand',
  'understanding',
  'research',
  'researching',
  'listen',
  'listening',
  'interview',
  'interviews',
  'survey',
  'surveys',
  'feedback from',
  'فهم',
  'دراسه',
  'الاستماع',
);
const CUSTOMERS = objects(
  'customers',
  'users',
  'audience',
  'audiences',
  'buyers',
  'consumers',
  'our market',
  'the market',
  'personas',
  'العملاء',
  'الجمهور',
  'المستهلكين',
  'جمهور',
);
// Gathering what the audience says: "Collect feedback and feature requests from the community",
// "Monitor ratings and reviews", "Du liest Kundenbewertungen", "جمع آراء اللاعبين", and talking to
// them: "Talk to churned and retained users", "يكلم 5 مستخدمين كل شهر".
const GATHER = phrases(
  'collect',
  'collecting',
  'gather',
  'gathering',
  'monitor',
  'monitoring',
  'read',
  'reading',
  'watch',
  'use',
  'turn',
  'summarise',
  'summarize',
  'beobachtest',
  'beobachten',
  'liest',
  'lesen',
  'sammelst',
  'sammeln',
  'wertest',
  'auswerten',
  'جمع',
  'يجمع',
  'تجمع',
  'رصد',
  'قراءه',
);
const FEEDBACK = objects(
  'feedback',
  'reviews',
  'ratings',
  'nps',
  'feature requests',
  'kundenbewertungen',
  'bewertungen',
  'befragungen',
  'elternbefragungen',
  'kundenfeedback',
  'اراء',
  'الاراء',
  'التقييمات',
  'تقييمات',
  'المراجعات',
);
const TALK_TO = phrases(
  'talk to',
  'talking to',
  'speak to',
  'speak with',
  'speaking with',
  'interviews mit',
  'gespräche mit',
  'يكلم',
  'تكلم',
  'التحدث مع',
  'تتحدث مع',
  'يتحدث مع',
);
const PEOPLE_SERVED = objects(
  'users',
  'customers',
  'clients',
  'learners',
  'members',
  'players',
  'guests',
  'riders',
  'kund*',
  'مستخدمين',
  'المستخدمين',
  'العملاء',
  'عملاء',
);
// Answering the audience where it writes: "Reply to messages and reviews", "الرد على التعليقات",
// "يجاوب على الميساجات والكومنتات", "تردي عالرسايل" (taxonomy: community engagement, feedback).
const REPLY = phrases(
  'reply',
  'replying',
  'respond',
  'responding',
  'answer',
  'answering',
  'الرد',
  'يرد',
  'ترد',
  'تردي',
  'بيرد',
  'بترد',
  'يجاوب',
  'تجاوب',
  'تجاوبي',
  'بيجاوب',
  'بتجاوب',
);
const MESSAGES = objects(
  'comments',
  'messages',
  'dms',
  'reviews',
  'inbox',
  'التعليقات',
  'تعليقات',
  'الرسائل',
  'الرسايل',
  'رسايل',
  'الميساجات',
  'ميساجات',
  'الماسجات',
  'الكومنتات',
  'كومنتات',
  'الكومنتس',
  'الكومنتارات',
  'الكومونطيرات',
  'كومونطيرات',
  'الانبوكس',
);
const NEW_THING = phrases(
  'حملات',
  'الحملات',
  'حمله',
  'الحمله',
  'افكار',
  'الافكار',
  'مفاهيم',
  'campaigns',
  'campaign',
  'concepts',
  'ways',
  'formats',
);
const NOVEL = objects(
  'مبتكره',
  'مبتكر',
  'ابداعيه',
  'ابداعي',
  'جديده',
  'غير تقليديه',
  'creative',
  'innovative',
  'novel',
  'fresh',
  'original',
);
const PROPOSE = phrases(
  'propose',
  'proposing',
  'suggest',
  'suggesting',
  'pitch',
  'pitching',
  'generate',
  'generating',
  'develop',
  'come up',
  // "with" ends a verb's reach (BARRIER): the phrasal verb carries it.
  'come up with',
  'bring',
  'اقتراح',
  'يقترح',
  'تقترح',
  'brainstorm',
  'brainstorming',
  'ابتكار',
  'توليد',
  'تقديم',
  'جلب',
  'طرح',
  // Putting forward or gathering ideas: "وضع أفكار للحملات", "جمع الأفكار من العملاء".
  'وضع',
  'جمع',
  // "Dream up campaign concepts", "Du lieferst Themenideen", "Sie entwickeln Formate", "تطوير 3
  // زوايا إبداعية". Not running or organising contests: labellers split on whether that is ideas.
  'dream up',
  'dreaming up',
  'think up',
  'lieferst',
  'liefern',
  'entwickelst',
  'entwickeln',
  'vorschläge',
  'تطوير',
);
const IDEA = objects(
  'ideas',
  'concepts',
  'concept',
  'topics',
  'themes',
  'naming',
  'ideen',
  'themenideen',
  'kampagnenideen',
  'kampagnenaufhänger',
  'aufhänger',
  'افكار',
  'الافكار',
  'مواضيع',
  'فكره',
  'مفاهيم',
  'زوايا',
);
// What a promotion is made of, proposed whole: "pitch new series and formats", "come up with fun
// challenges", "تقترح مسابقات وتحديات", "ابتكار أسماء الحملات والشعارات".
const PROMO_FORMAT = objects(
  'series',
  'formats',
  'challenges',
  'contests',
  'giveaways',
  'activations',
  'stunts',
  'trends',
  'experiments',
  'taglines',
  'slogans',
  'hackathons',
  'formate',
  'مسابقات',
  'المسابقات',
  'تحديات',
  'ترندات',
  'فقرات',
  'شعارات',
  'الشعارات',
  'اسماء الحملات',
);
// Ideas named with what they are for: "3 أفكار حملات", "أفكار لريلز قصيرة", "ideas for campaigns".
const IDEA_WORD = phrases('افكار', 'الافكار', 'فكره', 'فكرتين', 'كونسبتات', 'كونسبت', 'ideas', 'concepts');
const IDEA_FOR = phrases(
  'حمله',
  'حملات',
  'الحملات',
  'الحمله',
  'ريلز',
  'مسابقات',
  'ترندات',
  'فقرات',
  'campaigns',
  'campaign',
  'reels',
  'series',
);
// Carrying out ideas someone else has is not having them: "تنفيذ أفكار الحملات التي يضعها المدير".
// The span runs to two words past the ideas, so what the ideas were for goes with them.
export const CARRY_OUT_IDEAS =
  /(?:^|\s)(?:تنفيذ|ينفذ|تنفذ|وتنفيذ)\s+(?:ال)?(?:افكار|فكره)(?:\s\S+){0,2}|\b(?:execut\w*|implement\w*|carry out|carrying out) (?:the |our |their )?(?:\S+ )?(?:ideas|concepts)\b(?:\s\S+){0,2}/g;
// Most sentences name no idea at all: the word lookup answers that before any string is rebuilt.
const ideasForPromotion = (norm: string) =>
  test(IDEA_WORD, norm) && near(IDEA_WORD, IDEA_FOR, norm.search(CARRY_OUT_IDEAS) >= 0 ? norm.replace(CARRY_OUT_IDEAS, ' ') : norm, 2);
// "Concept" as a verb: "Concept campaigns with our art director".
const CONCEPT_VERB = /(?:^|[-•*]\s*|\band\s)concept(?:ing)?\s+(?:\S+\s+)?(?:campaigns?|activations?|shoots?|series|stunts?)\b/;

// Marketing through named kinds of channel: "التسويق عبر مختلف منصات التواصل", "promote … across channels".
const PROMOTE = phrases(
  'تسويق',
  'التسويق',
  'ترويج',
  'الترويج',
  'نشر',
  'promote',
  'promoting',
  'distribute',
  'distributing',
  'amplify',
  'amplified',
  'repurpose',
);
const CHANNEL_KINDS = objects(
  'منصات',
  'المنصات',
  'مواقع',
  'وسائل',
  'قنوات',
  'القنوات',
  'جروبات',
  'مجموعات',
  'بالبريد',
  'مختلف',
  'channels',
  'formats and channels',
  'newsletters',
);

// Writing a text for the public is content creation whatever the text is called: "كتابة نصوص
// إعلانية", "صياغة الكابشن", "write captions and scripts", "Texte verfassen".
const WRITE = phrases(
  'write',
  'writing',
  'writes',
  'draft',
  'drafting',
  'craft',
  'crafting',
  'schreiben',
  'verfassen',
  'كتابه',
  'كتابة',
  'يكتب',
  'تكتب',
  'صياغه',
  'صياغة',
  'تاليف',
);
// Made, not only scheduled, tested or briefed: "Create engaging posts for Instagram", "Produce ad
// creatives for Meta", "Du erstellst Posts". A bare "posts" or "creatives" is in the lexicon of
// social-web and ads; content is the making of them.
const MAKE = phrases(
  'create',
  'creates',
  'creating',
  'produce',
  'produces',
  'producing',
  'make',
  'makes',
  'making',
  'design',
  'designs',
  'designing',
  'develop',
  'develops',
  'developing',
  'shoot',
  'shooting',
  'film',
  'filming',
  'edit',
  'editing',
  'erstellst',
  'erstellen',
  'gestaltest',
  'gestalten',
  'produzierst',
  'produzieren',
);
const MADE_THINGS = objects('posts', 'creatives', 'visuals', 'graphics', 'carousels', 'assets');
const PUBLIC_TEXT = objects(
  'تغريدات',
  'copy',
  'captions',
  'scripts',
  'headlines',
  'taglines',
  'slogans',
  'stories',
  'posts',
  'articles',
  'blog',
  'blogs',
  'texte',
  'artikel',
  'نصوص',
  'النصوص',
  'كابشن',
  'الكابشن',
  'سكريبت',
  'سكريبتات',
  'السكريبتات',
  'قصص',
  // What a newsletter or a community is told: its headline, news and updates.
  'عناوين',
  'العناوين',
  'عنوان',
  'اخبار',
  'الاخبار',
  'تحديثات',
  'التحديثات',
  'النشره',
  'النشرات',
  'شعارات',
  'مقالات',
  'المقالات',
  'منشورات',
  'المنشورات',
  'بوستات',
  'البوستات',
  'تدوينات',
  'اعلانات',
  'الاعلانات',
  'الرسائل التسويقيه',
  'رسائل تسويقيه',
  'رسائل اعلانيه',
  // Product descriptions written to sell: "كتابة أوصاف 100 منتج لمتجر إلكترونيات".
  'اوصاف',
);

// Promotions planned or run sell: "Plan Lightning Deals, coupons and Prime Day promotions",
// "Organize in-store promotions". Not "promotions" alone, which is also a career step.
const RUN_PROMOTION = phrases(
  'plan',
  'planning',
  'plans',
  'run',
  'running',
  'runs',
  'organise',
  'organize',
  'organising',
  'organizing',
  'launch',
  'launching',
  'create',
  'creating',
  'coordinate',
  'coordinating',
);
// Results counted as they come in: "track reach, clicks and discount-code sales", "log sign-ups
// by channel", "monitor bookings from the campaign", and reported: "Report organic traffic and
// leads to the CMO monthly".
// Pulled and checked too: "Pull daily numbers on CPI", "Check Meta and Mailchimp stats", "report
// monthly on listens", "Report retention uplift against holdout groups"; in German "Sie analysieren
// Web- und Kampagnendaten", "Du wertest die Reichweite aus".
const TRACK = phrases(
  'track',
  'tracking',
  'log',
  'logging',
  'monitor',
  'monitoring',
  'measure',
  'measuring',
  'report',
  'reporting',
  'pull',
  'check',
  'compile',
  'compiling',
  'متابعه',
  'analysierst',
  'analysieren',
  'wertest',
  'werten',
  'auswerten',
  'auswertung',
);
const RESULT_COUNTS = objects(
  'reach',
  'clicks',
  'sales',
  'sign-ups',
  'signups',
  'applications',
  'enrolments',
  'enrollments',
  'followers',
  'installs',
  'bookings',
  'impressions',
  'conversions',
  'orders',
  'traffic',
  'leads',
  'engagement rate',
  'follower growth',
  'numbers',
  'stats',
  'statistics',
  'results',
  'insights',
  'metrics',
  'kpis',
  'uplift',
  'incremental revenue',
  'registrations',
  'attendance',
  'listens',
  'downloads',
  'daten',
  'kampagnendaten',
  'verbraucherdaten',
  'webdaten',
  'marktdaten',
  'kennzahlen',
  'reichweite',
  'zahlen',
  'performance',
  'engagement',
  'اداء',
  'الريتش',
  'ريتش',
  'المشاهدات',
);
const PROMOTIONS = objects('promotions', 'promotion', 'deals', 'coupons', 'discount campaigns', 'sales events', 'flash sales');

export const SKILL_RULES: Partial<Record<SkillId, Rule[]>> = {
  'marketing-sales': [{ verb: RUN_PROMOTION, object: PROMOTIONS, within: 4, ordered: true }],
  analytics: [{ verb: TRACK, object: RESULT_COUNTS, within: 4, ordered: true }],
  content: [
    { verb: WRITE, object: PUBLIC_TEXT, within: 3, ordered: true },
    { verb: MAKE, object: MADE_THINGS, within: 3, ordered: true },
  ],
  'team-management': [{ verb: LEAD, object: PEOPLE, within: 5, ordered: true }],
  'ad-oversight': [
    { verb: BUDGET_VERB, object: AD_BUDGET, within: 5, ordered: true },
    { verb: AGENCY_VERB, object: AD_SPECIALISTS, within: 4, ordered: true },
  ],
  'audience-analytics': [{ verb: ANALYSE, object: AUDIENCE_OBJECT, within: 4, ordered: false }],
  channels: [{ verb: PROMOTE, object: CHANNEL_KINDS, within: 3, ordered: true }],
  audience: [
    { verb: LISTEN, object: CUSTOMERS, within: 4, ordered: true },
    { verb: REPLY, object: MESSAGES, within: 3, ordered: true },
    { verb: GATHER, object: FEEDBACK, within: 4, ordered: true },
    { verb: TALK_TO, object: PEOPLE_SERVED, within: 4, ordered: true },
  ],
  'creative-ideas': [
    { verb: NEW_THING, object: NOVEL, within: 3, ordered: true },
    { verb: PROPOSE, object: IDEA, within: 3, ordered: true },
    { verb: PROPOSE, object: PROMO_FORMAT, within: 4, ordered: true },
  ],
};

/** A managed budget is oversight only when it is the advertising's: "the project's budget" on a
 *  marketplace brief is the client's fee. */
const ANY_OBJECT = phrases(...objectWords);

// Splitting the audience by a criterion is segmentation whatever the list is called: "segment
// them by purchase history", "split subscribers by engagement", "تقسيم قاعدة البيانات حسب
// الاهتمام". In Arabic the thing split must be people or a list of them ("تقسيم المهام حسب
// الأولوية" divides tasks).
const SEGMENT_BY =
  /\b(?:segment|segments|segmented|segmenting|split|splitting)\b (?:[\w-]+ ){0,3}?by (?:their |its |the )?(?:[\w-]+ ){0,2}?(?:purchase|purchases|behaviou?r|engagement|interests?|activity|lifecycle|stage|spend|value|recency|frequency|demographics?|age|location|country|region|persona|intent|source|channel|cohort)\b|(?:^|\s)(?:تقسيم|تقسم|نقسم|يقسم|وتقسيم|تصنيف|وتصنيف) (?:ال)?(?:قاعده (?:ال)?بيانات|قوايم|قايمه|مشتركين|عملاء|جمهور|زوار|مستخدمين|متابعين|ايميلات|عملاء محتملين)\S* (?:\S+ ){0,2}?(?:حسب|بحسب|وفق|وفقا ل\S*|علي حسب)(?=\s)/;

// People's data broken down by two or more of their traits is audience analytics, whatever the
// verb: "analyse subscriber data by city, age and bike model", "Kundensegmente nach
// Buchungsverhalten, Reisezielen und Saison", "تحليل بيانات الضيوف حسب الجنسية ومدة الإقامة".
// Or the traits listed in brackets after the data: "بيانات العملاء اللي اشتروا (السن، المحافظة، الاهتمامات)".
const BROKEN_DOWN_BY = /\bby\b|\bnach\b|(?:^|\s)(?:حسب|بحسب)(?=\s)|\(/;
const TRAIT =
  /\b(?:age|ages|gender|city|cities|region|regions|market|markets|country|countries|device|devices|industry|industries|company size|company sizes|job titles?|seniority|zip codes?|postcodes?|neighbou?rhoods?|traveller type|interests?|behaviou?r|purchase history|order value|spend|nationality|alter|geschlecht|stadt|branche|unternehmensgröße|\w*verhalten|interessen|wohnort|tarif)\b|(?:^|\s)(?:و|ب)?(?:ال)?(?:عمر|سن|جنس|مدينه|مدن|منطقه|محافظه|جهاز|جنسيه|اهتمام|اهتمامات|سلوك\S*|شراء|مشتريات|دوله|فيه عمريه|الفيه العمريه|نوع|قطاع|مركز|منصب|حجم الشركه)(?=\s|$|[.,،؛)])/g;
// Bookings and orders are people's too: "تحليل بيانات الحجوزات حسب العيادة والسن".
const PEOPLE_DATA =
  /\b(?:customers?|subscribers?|users?|audiences?|leads|guests|patients|members|buyers|shoppers|travell?ers|visitors|segments?|bookings|kunden\w*|zielgruppe\w*|nutzer\w*|buchung\w*|gäste)\b|عملاء|زباين|زبناء|مشتركين|جمهور|مرضي|ضيوف|متسوقين|شرايح|الليدز|حجوزات|مشترين|المشتري/;
function audienceBreakdown(norm: string): boolean {
  const by = BROKEN_DOWN_BY.exec(norm);
  if (!by) return false;
  const traits = new Set((norm.slice(by.index).match(TRAIT) ?? []).map((t) => t.trim().replace(/^(?:و|ب)?(?:ال)?/, '')));
  // Three of a person's traits say whose data it is ("حسب السن والنوع والمحافظة والجهاز").
  return traits.size >= 2 && (traits.size >= 3 || PEOPLE_DATA.test(norm));
}
// The two skills found without an object word, here and in ruleMatches alike.
const segmentsAudience = (norm: string) => SEGMENT_BY.test(norm) || audienceBreakdown(norm);
const proposesPromotion = (norm: string) => ideasForPromotion(norm) || CONCEPT_VERB.test(norm);

// E-mail named in one list with another channel ("across Instagram, email and our site", "على
// إنستغرام والبريد الإلكتروني وموقعنا", "search ads and email"): the job runs a mix of channels
// (taxonomy: multichannel). Not "email us" or an e-mail address: those are how to reach someone.
const EMAIL_CHANNEL =
  /\b(?:e-?mail|email|sms)\b(?! (?:us|me|address\w*|at|your|to)\b)|(?:^|\s)و?(?:ب|عبر )?(?:البريد الالكتروني|الايميل|الايميلات|رسايل sms)/g;
const OTHER_CHANNEL =
  /\b(?:instagram|tiktok|facebook|linkedin|youtube|snapchat|pinterest|twitter|search ads|paid search|paid social|our (?:web)?site|the (?:web)?site|in-store|podcasts?|push|sms)\b|(?:^|\s)و?(?:علي |عبر )?(?:انستغرام|انستجرام|انستقرام|تيك توك|فيسبوك|سناب شات|سناب|يوتيوب|لينكد ان|موقعنا|اعلانات البحث|اعلانات جوجل)(?=\s|$|[.,،؛])/g;
// Between two items of one list: a comma or "and"/"or"/و, at most two short words ("by email").
const LIST_GAP = /^[\s,،]*(?:(?:and|or|&)\s+)?(?:\S{1,6}\s+){0,2}$/;
// Channels listed as what a dashboard or a model covers are measured, not run (analytics).
const MEASURED_LIST = /\b(?:dashboards?|attribution|reporting|reports)\b/;
function channelMix(norm: string): boolean {
  // search, not test: a global pattern's test would move its lastIndex for the next sentence.
  if (norm.search(EMAIL_CHANNEL) < 0 || MEASURED_LIST.test(norm)) return false;
  const emails = [...norm.matchAll(EMAIL_CHANNEL)];
  const others = [...norm.matchAll(OTHER_CHANNEL)];
  return emails.some((e) =>
    others.some((o) => {
      const [a, b] = e.index < o.index ? [e, o] : [o, e];
      const gap = norm.slice(a.index + a[0].length, b.index);
      return gap.length <= 24 && (/[,،]|\b(?:and|or)\b|&/.test(gap) || /^\s*و/.test(b[0])) && LIST_GAP.test(gap);
    }),
  );
}

/** The labels the rules find in one sentence (none unless a rule's object is there at all). */
// Arabic puts the adjective after the whole construct: "حملات سناب وانستقرام المدفوعة", "إعلانات
// المتجر الممولة" are paid campaigns and ads, with the platforms or the owner between.
const PAID_AFTER_NAMES = /(?:^|\s)(?:و|ب|ل)?(?:ال)?(?:حمل(?:ه|ات)|اعلان(?:ات)?) (?:\S+ ){1,3}?(?:ال)?(?:مدفوعه|ممول(?:ه)?)(?=\s|$|[.,،؛])/;
// Tried on every sentence before the object gate: most have neither word, and a substring test
// is cheaper than the pattern's scan.
const paidAfterNames = (norm: string) => (norm.includes('مدفوعه') || norm.includes('ممول')) && PAID_AFTER_NAMES.test(norm);

export function ruleLabels(norm: string): Set<SkillId> {
  const found = new Set<SkillId>();
  if (channelMix(norm)) found.add('channels');
  if (paidAfterNames(norm)) found.add('online-ads');
  // Segmentation needs no object word; with one, ruleMatches below tests it with the rest.
  if (!test(ANY_OBJECT, norm)) {
    if (segmentsAudience(norm)) found.add('audience-analytics');
    if (proposesPromotion(norm)) found.add('creative-ideas');
    return found;
  }
  for (const id of Object.keys(SKILL_RULES) as SkillId[]) if (ruleMatches(id, norm)) found.add(id);
  return found;
}

// People whose work is advertising: "the paid social specialists", "freelancers who run our PPC".
const PAID_WORK = phrases(
  'paid',
  'ppc',
  'sem',
  'ads',
  'advertising',
  'media buying',
  'programmatic',
  'اعلانات',
  'الاعلانات',
  'الاعلانات الممولة',
  'الممول',
  'الممولة',
  'الميديا باير',
);

/** Leading people who do the advertising is supervising ad specialists (taxonomy: ad-oversight). */
function leadsAdSpecialists(norm: string): boolean {
  return near(LEAD, PEOPLE, norm, 5, true, BARRIER) && near(PEOPLE, PAID_WORK, norm, 4, false);
}

// Training the intern receives: "فرصة تدريب لمدة 3 شهور في وكالة" is not training a team.
const TRAINING_RECEIVED = phrases(
  'فرصه تدريب',
  'فتره تدريب',
  'فتره التدريب',
  'برنامج تدريب',
  'برنامج التدريب',
  'تدريب مدفوع',
  'تدريب صيفي',
);

// The company's leaders are whom the job reports to or works for, not people it leads: "build the
// dashboards our leadership team looks at", "present to the management team", "فريق الإدارة".
const LEADERS = phrases(
  'leadership team',
  'leadership teams',
  'senior leadership',
  'management team',
  'executive team',
  'exec team',
  'c-suite',
  'founding team',
  'geschäftsführung',
  'فريق الاداره',
  'الاداره العليا',
  'فريق القياده',
  'القياده العليا',
);

// Handing work to people across "to", which the barrier otherwise stops: "assign briefs to
// freelance writers", "delegate tasks to the design team".
const DELEGATE =
  /\b(?:assign\w*|delegat\w*)\b[^.;]{0,30}?\bto (?:our |the |a |your |two |several )?(?:freelance |external |in-house |junior )?(?:writers?|designers?|editors?|freelancers?|contractors?|agenc(?:y|ies)|team|specialists?)\b/;

// "to" ends a verb's reach (BARRIER), but not after "reply": "Reply to messages and reviews".
// Only the audience's own messages: in "which segments respond to which messages" the segments do.
const REPLY_TO =
  /\b(?:reply|replying|replies|respond|responding|responds)(?: promptly| quickly)? to (?:(?!which\b|what\b|whose\b)\S+ ){0,5}?(?:comments|messages|dms|reviews|inbox)\b/;

// A German budget that says in its own word what it pays for: "Mediabudget", "Werbebudget".
const ADS_IN_THE_WORD = /(?:media|werbe)budget/;
// A budget given by its money or its period ("a monthly budget of about US$250k", "Budget von ca.
// 2.000 € im Monat", "عندي 5000 ريال للشهر"), in a marketing posting's duties, is the spend the job
// runs, unless it names what else it pays for: travel, training, equipment, a project.
const BUDGET_AMOUNT =
  /[$€£]|\b(?<![\d,.])\d[\d,.]*\s?(?:k|m|usd|eur|gbp|inr|aed|sar|lakh|million|mio\.?|tsd\.?)(?![\p{L}])|\b(?:monthly|annual|yearly|quarterly|weekly|daily|monatlich\w*|jährlich\w*|wöchentlich\w*)\b|(?:monats|jahres|quartals|wochen)budget|(?:fünf|sechs|sieben|acht)stellig|(?:^|\s)(?:ال)?(?:شهريه|الشهري|سنويه|اسبوعيه|يوميه)(?=\s|$|[.,،؛])|ريال|دولار|درهم|جنيه|دينار|(?:^|\s)الف(?=\s)/u;
const NOT_AN_AD_BUDGET =
  /\b(?:travel|training|learning|l&d|conference|equipment|home office|remote work(?:ing)?|co-?working|wellness|well-?being|gym|fitness|books|internet|stipend|allowance|education|hardware|project|projects|salary|salaries|headcount)\b|weiterbildung|reise|schulung|(?:^|\s)(?:ال)?(?:تدريب|سفر|رواتب)(?=\s|$)/u;
/** A budget in the sentence is an ad budget: its own word says so, ad words stand near it, or it is
 *  given by its money or period and names nothing else it pays for. */
const adBudget = (norm: string) =>
  ADS_IN_THE_WORD.test(norm) || near(AD_BUDGET, AD_CONTEXT, norm, 8, false) || (BUDGET_AMOUNT.test(norm) && !NOT_AN_AD_BUDGET.test(norm));
// "Konten mit einem Jahresbudget im siebenstelligen Bereich": a budget given by its size is one
// the job holds.
const BUDGET_SIZE = /\b\S*budget\S* (?:im|in der) (?:\S+ )?(?:fünf|sechs|sieben|acht)stelligen (?:bereich|höhe)\b/;

// A budget the job spends, given by its money and its period or its ads: "within a $8,000 monthly
// budget", "$8k/month spend", "£100k+/month in paid social budgets", "Monatsbudgets zwischen 20.000
// und 80.000 €". Controlling it is ad oversight (taxonomy §4) with or without a verb before it.
// Not a brief's price ("Budget: $500"): that has no period and names no ads.
const MONEY = /[$€£]\s?\d|\b(?<![\d,.])\d[\d,.]*\s?(?:k|m|usd|eur|gbp|inr|aed|sar|cad|aud|lakh|million|mio\.?|tsd\.?|€)(?![\p{L}])/u;
const BUDGET_WORD = /\b(?:budgets?|spend|[\p{L}]*budgets?)\b/u;
const BUDGET_PERIOD =
  /\/\s?(?:mo|month)\b|\b(?:per|a|each|every) (?:month|quarter|year)\b|\b(?:monthly|quarterly|annual|yearly|weekly|daily|monatlich\w*|jährlich\w*)\b|(?:monats|jahres|quartals|wochen)budget/u;
const budgetWithMoney = (norm: string) =>
  BUDGET_WORD.test(norm) &&
  MONEY.test(norm) &&
  (BUDGET_PERIOD.test(norm) || near(AD_BUDGET, AD_CONTEXT, norm, 8, false)) &&
  !NOT_AN_AD_BUDGET.test(norm);

// An ad budget the client pays to the platform itself, apart from the fee: "الميزانية اليومية
// للإعلان 150 ريال (تدفع من حسابنا)", "نشحنها في الحساب بأنفسنا", "ميزانية الإعلانات منفصلة عن
// أجرك", "ad spend is paid by us directly". The budget is stated; its control stays with the client.
/** The client pays the ad budget itself: tried only where a budget or a payment is named. */
export const clientPaysSpend = (norm: string): boolean =>
  (norm.includes('ميزاني') ||
    norm.includes('budget') ||
    norm.includes('spend') ||
    norm.includes('pai') ||
    norm.includes('pay') ||
    norm.includes('billed')) &&
  CLIENT_PAYS_SPEND.test(norm);
const CLIENT_PAYS_SPEND =
  /(?:^|\s)(?:من|في) (?:حسابي|حسابنا|بطاقتي|بطاقتنا|عندنا|عندي)(?=\s|$|[.,،؛)])|(?:^|\s)(?:ادفعها|ندفعها|نشحنها|اشحنها|ندفع|ادفع)(?=\s|$|[.,،؛)])|تدفع (?:منا|من حساب)|منفصله عن (?:اجرك|اتعابك)|(?:^|\s)بانفسنا(?=\s|$|[.,،؛)])|\bpaid (?:directly )?by (?:us|me|the client)\b|\b(?:we|i) pay (?:it|them|the platforms?|google|meta) directly\b|\bbilled (?:directly )?to (?:our|my) (?:card|account)\b|\bseparate from your (?:fee|rate)\b/;
const FOR_A_TEAM = /(?:^|\s)و?لفريق(?= )/g;
export function ruleMatches(id: SkillId, norm: string): boolean {
  if (id === 'ad-oversight' && clientPaysSpend(norm)) return false;
  if (id === 'ad-oversight' && BUDGET_SIZE.test(norm) && adBudget(norm)) return true;
  if (id === 'ad-oversight' && LATIN_LETTER.test(norm) && budgetWithMoney(norm)) return true;
  if (id === 'audience-analytics' && segmentsAudience(norm)) return true;
  if (id === 'online-ads' && paidAfterNames(norm)) return true;
  if (id === 'creative-ideas' && proposesPromotion(norm)) return true;
  if (id === 'audience' && REPLY_TO.test(norm)) return true;
  if (id === 'ad-oversight' && leadsAdSpecialists(norm)) return true;
  if (id === 'team-management' && DELEGATE.test(norm)) return true;
  const led = id === 'team-management' ? removeAll(LEADERS, norm) : norm;
  const trained = id === 'team-management' && led.includes('تدريب') ? removeAll(TRAINING_RECEIVED, led) : led;
  // Work handed to a team, not a team led: "توصيل الليدز لفريق المبيعات", "لوحات معلومات لفريق التسويق".
  const text = id === 'team-management' && trained.includes('لفريق') ? trained.replace(FOR_A_TEAM, ' ') : trained;
  for (const r of SKILL_RULES[id] ?? []) {
    if (!near(r.verb, r.object, text, r.within, r.ordered, BARRIER)) continue;
    if (id === 'ad-oversight' && r.object === AD_BUDGET && !adBudget(norm)) continue;
    return true;
  }
  return false;
}
