// The classification contract (shared/taxonomy.md): ids are fixed and used in the database,
// URLs, feeds and the classify command.

export const SKILL_IDS = [
  'marketing-sales',
  'channels',
  'analytics',
  'audience',
  'online-ads',
  'content',
  'team-management',
  'audience-analytics',
  'ad-oversight',
  'social-web',
  'creative-ideas',
] as const;
export type SkillId = (typeof SKILL_IDS)[number];

export const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
export type Workplace = (typeof WORKPLACES)[number];

export const ENGAGEMENTS = ['freelance', 'employee', 'unknown'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];

export type Hints = {
  employmentType?: string;
  remote?: boolean;
  workplace?: string;
  region?: string;
  /** The board's posting date when it lay more than a day in the future (ISO); the posting is
   *  dated by when it was first seen instead. */
  futureDate?: string;
  /** The board's posting date when it was before there were job boards (lib/postings/normalise.ts). */
  pastDate?: string;
};

export type SkillInfo = {
  id: SkillId;
  kind: 'skill' | 'responsibility';
  number: number;
  name: { en: string; ar: string };
  definition: { en: string; ar: string };
};

export const SKILLS: readonly SkillInfo[] = [
  {
    id: 'marketing-sales',
    kind: 'skill',
    number: 1,
    name: { en: 'Marketing & sales', ar: 'التسويق والقدرة على البيع' },
    definition: {
      en: 'Marketing fundamentals and selling: strategy, positioning, branding, market research, funnels, lead generation, go-to-market.',
      ar: 'أساسيات التسويق والبيع: الاستراتيجية، التموضع، العلامة التجارية، أبحاث السوق، مسارات البيع وتوليد العملاء المحتملين.',
    },
  },
  {
    id: 'channels',
    kind: 'skill',
    number: 2,
    name: { en: 'Marketing channels', ar: 'قنوات التسويق (النشرة البريدية، SMM)' },
    definition: {
      en: 'Choosing and running marketing channels: email newsletters, social media as a channel, SMS and push, influencers, affiliates, automation.',
      ar: 'اختيار قنوات التسويق وإدارتها: النشرات البريدية، التسويق عبر وسائل التواصل، الرسائل، المؤثرون، التسويق بالعمولة والأتمتة.',
    },
  },
  {
    id: 'analytics',
    kind: 'skill',
    number: 3,
    name: { en: 'Statistics & analysis', ar: 'الإحصاء والتحليل' },
    definition: {
      en: 'Statistics and data: analytics tools, KPIs, reports, dashboards, A/B tests, attribution, ROI and data-driven decisions.',
      ar: 'الإحصاء والبيانات: أدوات التحليل، مؤشرات الأداء، التقارير، لوحات المتابعة، اختبارات A/B والعائد على الاستثمار.',
    },
  },
  {
    id: 'audience',
    kind: 'skill',
    number: 4,
    name: { en: 'Understanding the audience', ar: 'الاستماع إلى الجمهور وفهمه' },
    definition: {
      en: 'Listening to and understanding the audience: customer research, personas, the customer journey, feedback and community engagement.',
      ar: 'الاستماع إلى الجمهور وفهمه: أبحاث العملاء، الشخصيات، رحلة العميل، الآراء والتفاعل مع المجتمع.',
    },
  },
  {
    id: 'online-ads',
    kind: 'skill',
    number: 5,
    name: { en: 'Online advertising & budgets', ar: 'الإعلان عبر الإنترنت وتخطيط الميزانية' },
    definition: {
      en: 'Online advertising and budget planning: PPC/SEM, Google, Meta, TikTok and LinkedIn ads, programmatic, media buying, retargeting.',
      ar: 'الإعلان عبر الإنترنت وتخطيط الميزانية: إعلانات جوجل وميتا وتيك توك، شراء الوسائط، إعادة الاستهداف.',
    },
  },
  {
    id: 'content',
    kind: 'skill',
    number: 6,
    name: { en: 'Content planning & creation', ar: 'تخطيط المحتوى وإنشاؤه' },
    definition: {
      en: 'Planning and creating content: content strategy and calendars, copywriting, blogs, video and visual content, storytelling.',
      ar: 'تخطيط المحتوى وإنشاؤه: استراتيجية المحتوى وتقويمه، كتابة الإعلانات، المدونات، الفيديو والمحتوى المرئي.',
    },
  },
  {
    id: 'team-management',
    kind: 'responsibility',
    number: 1,
    name: { en: 'Team management', ar: 'إدارة الفريق' },
    definition: {
      en: 'Leading or managing people: a team, direct reports, hiring, mentoring, managing agencies or freelancers.',
      ar: 'قيادة الأفراد وإدارتهم: فريق، مرؤوسون، توظيف، إرشاد، إدارة الوكالات أو المستقلين.',
    },
  },
  {
    id: 'audience-analytics',
    kind: 'responsibility',
    number: 2,
    name: { en: 'Audience analytics', ar: 'تحليلات الجمهور وتجميع الإحصاءات' },
    definition: {
      en: 'Analysing the audience with data to improve promotion: segmentation, demographics, cohort and behaviour analysis.',
      ar: 'تحليل الجمهور بالبيانات لتحسين الترويج: التقسيم، الخصائص السكانية، تحليل السلوك.',
    },
  },
  {
    id: 'ad-oversight',
    kind: 'responsibility',
    number: 3,
    name: {
      en: 'Ad planning & oversight',
      ar: 'تخطيط الإعلان والإشراف على المتخصصين والميزانيات',
    },
    definition: {
      en: 'Planning advertising while supervising specialists (targeting, SMM, PR, media buyers, agencies) and controlling ad budgets.',
      ar: 'تخطيط الإعلان مع الإشراف على المتخصصين (الاستهداف، التواصل الاجتماعي، العلاقات العامة) والتحكم في ميزانيات الإعلان.',
    },
  },
  {
    id: 'social-web',
    kind: 'responsibility',
    number: 4,
    name: { en: 'Social networks & website', ar: 'إدارة الشبكات الاجتماعية وموقع الشركة والترويج لها' },
    definition: {
      en: "Running the company's social accounts and website and promoting them: community management, CMS, SEO, landing pages, growth.",
      ar: 'إدارة حسابات الشركة على الشبكات الاجتماعية وموقعها والترويج لها: إدارة المجتمع، تحسين محركات البحث، صفحات الهبوط.',
    },
  },
  {
    id: 'creative-ideas',
    kind: 'responsibility',
    number: 5,
    name: { en: 'Creative ideas', ar: 'توليد الأفكار الإبداعية' },
    definition: {
      en: 'Generating creative ideas and concepts for campaigns, promotion and content.',
      ar: 'توليد الأفكار والمفاهيم الإبداعية للحملات والترويج والمحتوى.',
    },
  },
];

export function isSkillId(value: string): value is SkillId {
  return (SKILL_IDS as readonly string[]).includes(value);
}

/** Bit i of a posting's skill mask is SKILL_IDS[i]; lets SQL filter skills with one AND. */
export function skillMask(skills: readonly SkillId[]): number {
  let mask = 0;
  for (const s of skills) mask |= 1 << SKILL_IDS.indexOf(s);
  return mask;
}

export function skillsFromMask(mask: number): SkillId[] {
  return SKILL_IDS.filter((_, i) => (mask & (1 << i)) !== 0);
}
