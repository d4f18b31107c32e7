// The article's six skills and five responsibilities (taxonomy §4), matched in the duties and
// requirements, never in the company blurb or the benefits.
import type { SkillId } from '../taxonomy';
import { phrases, test, type Matcher } from './lexicon';
import type { Sentence } from './segment';

const SKILL_LEXICON: Record<SkillId, Matcher> = {
  'marketing-sales': phrases(
    'marketing strategy', 'marketing strategies', 'marketing plan*', 'go-to-market', 'go to market', 'gtm', 'positioning', 'brand strategy',
    'brand awareness', 'awareness', 'market research', 'competitive research', 'competitor analysis', 'funnel*', 'lead generation', 'lead gen',
    'lead nurturing', 'leads', 'sales targets', 'sales goals', 'pipeline', 'crm', 'hubspot', 'salesforce', 'conversion*', 'demand generation',
    'customer acquisition', 'user acquisition', 'acquisition strategy', 'promotion strategy', 'strategizing', 'value proposition', 'messaging',
    'marketingstrategie*', 'marktrecherche*', 'markt- und wettbewerbsrecherchen', 'wettbewerb*', 'kooperationspartner*', 'marketingprojekt*',
    'neukunden*', 'vertrieb', 'verkauf',
    'خطه تسويقيه', 'خطط تسويقيه', 'استراتيجيه تسويقيه', 'استراتيجيات تسويقيه', 'الخطه التسويقيه', 'العلامه التجاريه', 'دراسه السوق',
    'ابحاث السوق', 'زياده المبيعات', 'تحقيق المبيعات', 'اهداف المبيعات', 'عملاء محتملين', 'عملاء جدد', 'الى عملاء', 'تحقيق التارجت',
    'التارجت', 'دخول السوق', 'اهداف التسويق', 'خطط لتسويق', 'رسم خطط', 'خبره سابقه في المبيعات', 'خبره في المبيعات',
    'المنافسين', 'استراتيجيات التسويق', 'خطط التسويق', 'التسويق للمنتجات', 'جذب العملاء',
  ),
  channels: phrases(
    'email marketing', 'e-mail marketing', 'email campaigns', 'email flows', 'newsletter*', 'sms marketing', 'push notification*', 'influencer*',
    'affiliate*', 'multichannel', 'multi-channel', 'omnichannel', 'omni-channel', 'marketing automation', 'automation*', 'marketing channels',
    'channel strategy', 'channel mix', 'klaviyo', 'mailchimp', 'braze', 'iterable', 'lifecycle marketing', 'lifecycle campaigns', 'partnerships',
    'referral*', 'distribution', 'vlogger*', 'different platforms', 'various platforms', 'multiple platforms', 'social media marketing', 'smm',
    'kanäle', 'vermarktungskanäle', 'verschiedene plattformen', 'plattformen', 'newsletter', 'automatisierung*',
    'القنوات التسويقيه', 'قنوات التسويق', 'قنوات متعدده', 'حملات البريد', 'رسائل البريد', 'ايميل ماركتنج', 'الرسائل النصيه', 'المؤثرين',
    'المؤثرون', 'مؤثري', 'مشاهير', 'التسويق بالعموله', 'النشره البريديه', 'التسويق عبر البريد', 'قنوات الاعلان', 'القنوات الرقميه',
    'الوسائط الرقميه', 'الرقمي والتقليدي', 'الرقميه والتقليديه', 'التسويق على منصات', 'التسويق على مواقع', 'تسويق عبر السوشيال',
    'التسويق عبر السوشيال', 'التسويق عبر مواقع', 'التسويق عبر منصات', 'منصات التواصل',
  ),
  analytics: phrases(
    'analytics', 'analytic', 'analyse', 'analyze', 'analysis', 'analysing', 'analyzing', 'analytical mindset', 'data-driven', 'data driven',
    'kpi*', 'metrics', 'reporting', 'reports', 'report on', 'dashboard*', 'a/b test*', 'ab test*', 'a/b', 'attribution', 'roi', 'roas', 'ga4',
    'google analytics', 'tag manager', 'looker', 'tableau', 'performance data', 'measure', 'measurably', 'tracking', 'statistics',
    'experiments', 'sql', 'auswertung*', 'analyse*', 'kennzahlen', 'reporting*', 'performance-bericht*', 'berichte', 'performance-blick',
    'تحليل', 'التحليل', 'تحليلات', 'التقارير', 'تقارير', 'الاحصاءات', 'احصائيات', 'مؤشرات الاداء', 'قياس', 'مقاييس', 'متابعه الاداء',
    'جوجل اناليتكس', 'النتائج',
  ),
  audience: phrases(
    'audience research', 'target audience', 'target audiences', 'customer research', 'user research', 'personas', 'persona', 'customer journey',
    'customer insights', 'consumer insights', 'consumer behaviour', 'consumer behavior', 'customer behaviour', 'customer behavior', 'social listening',
    'community engagement', 'engage with our community', 'engage our community', 'customer needs', 'understanding of your customers',
    'markets and customers', 'customer experience', 'search intent', 'insights about our users', 'voice of the customer', 'understand our customers',
    'talk to customers', 'customer interviews', 'user feedback', 'customer feedback', 'reply to comments', 'respond to comments', 'audience',
    'target group*', 'zielgruppe*', 'community management', 'community',
    'الجمهور المستهدف', 'الفئه المستهدفه', 'احتياجات العملاء', 'فهم العملاء', 'التفاعل مع', 'التعليقات', 'الرد على', 'رسائل العملاء',
    'اراء العملاء', 'التحدث مع العملاء', 'رحله العملاء', 'سلوك المستهلك', 'فهم الجمهور', 'احتياجات الجمهور', 'التفاعل مع الجمهور',
    'تفاعل مع جمهور', 'تفاعل ذي معني مع',
  ),
  'online-ads': phrases(
    'paid social', 'paid media', 'paid search', 'paid ads', 'paid advertising', 'ppc', 'sem', 'google ads', 'meta ads',
    'facebook ads', 'tiktok ads', 'linkedin ads', 'programmatic', 'media buying', 'media buyer', 'media planning', 'retargeting',
    'remarketing', 'ad budget*', 'advertising budget*', 'ad campaigns', 'advertising campaigns', 'online advertising',
    'digital advertising', 'paid campaigns', 'performance marketing', 'paid acquisition', 'display ads', 'adwords', 'cpc', 'cpa',
    'ads manager', 'sea', 'anzeigen', 'werbekampagnen',
    'اعلانات ممولة', 'الاعلانات الممولة', 'الحملات الاعلانية', 'حملات اعلانية', 'اعلانات جوجل', 'اعلانات فيسبوك', 'ميديا باير',
    'ميديا باينج', 'الاعلانات المدفوعه', 'اعلانات مدفوعه', 'الحملات الممولة', 'تمويل', 'ممول', 'ادارة الاعلانات', 'الميزانية الاعلانية', 'الاعلانات',
  ),
  content: phrases(
    'content', 'copywriting', 'copywriter', 'copy', 'blog*', 'articles', 'writing', 'write', 'video*', 'visual*', 'storytelling',
    'editorial', 'content calendar', 'content strategy', 'newsletters', 'social posts', 'posts', 'creatives', 'scripts', 'inhalte',
    'texte', 'content-*', 'redaktion*',
    'المحتوى', 'محتوى', 'كتابه المحتوى', 'كتابه المقالات', 'كتابه المنشورات', 'كتابه النصوص', 'كتابه الاعلانات', 'مقالات', 'منشورات',
    'بوستات', 'فيديو', 'فيديوهات', 'تصاميم', 'كونتنت', 'سكريبت', 'ريلز', 'تصوير', 'مقاطع', 'تقويم',
  ),
  'team-management': phrases(
    'manage a team', 'managing a team', 'lead a team', 'leading a team', 'team lead', 'team leader', 'people management', 'direct reports',
    'line management', 'build a team', 'building a team', 'build the team', 'team around you', 'grow the team', 'grow a team', 'manage the team',
    'lead the team', 'leading the team', 'team of', 'mentor junior*', 'mentoring junior*', 'coach the team', 'hire and', 'hiring and', 'recruit and',
    'manage agencies', 'marketing agencies', 'external agencies', 'agency partners', 'manage freelancers', 'managing freelancers',
    'freelancers you', 'work with freelancers', 'oversee freelancers', 'supervise a team', 'supervising a team', 'führung', 'teamleitung',
    'personalverantwortung', 'externe dienstleister', 'externer dienstleister', 'dienstleister',
    'اداره فريق', 'ادارة الفريق', 'قياده فريق', 'قيادة الفريق', 'قياده الفريق', 'الاشراف على فريق', 'الاشراف على الفريق', 'مدير فريق',
    'تدريب الفريق', 'توجيه الفريق', 'توجيه الفرق', 'بناء فريق', 'ادارة فريق', 'الوكالات الخارجيه', 'اداره اداء', 'المستقلين', 'قياديه',
    'مهارات قياديه', 'توجههم', 'توجيههم', 'مشرفه على', 'مشرف على',
  ),
  'audience-analytics': phrases(
    'segmentation', 'segment*', 'demographic*', 'cohort*', 'audience insights', 'audience analysis', 'audience data', 'behavioural data',
    'behavioral data', 'user behavior', 'user behaviour', 'customer data', 'audience analytics', 'customer segments', 'targeting',
    'consumer analytics', 'heatmap*', 'insights about our users', 'lookalike*', 'zielgruppenanalyse*', 'posting-zeiten',
    'تحليل الجمهور', 'تقسيم الجمهور', 'استهداف', 'الاستهداف', 'شرائح', 'الشرائح', 'سلوك العملاء', 'بيانات العملاء',
  ),
  'ad-oversight': phrases(
    'ad budget*', 'advertising budget*', 'media budget*', 'paid budget*', 'marketing budget*', 'campaign budget*', 'ad spend', 'media spend',
    'budget allocation', 'allocate budget', 'manage agencies', 'agency management', 'oversee campaigns', 'oversee paid', 'media buyers',
    'media plan*', 'roas', 'budgetverantwortung', 'werbebudget*',
    'الميزانيه', 'ميزانيه', 'الميزانيات', 'ميزانيات', 'الاشراف على الحملات', 'الاشراف على الاعلانات', 'الاشراف على التسويق', 'مشرفه او مديره',
  ),
  'social-web': phrases(
    'social media', 'social-media', 'social channels', 'social accounts', 'social profiles', 'community management', 'community manager',
    'website', 'web site', 'cms', 'wordpress', 'webflow', 'shopify', 'seo', 'landing page*', 'app store optimi*', 'traffic', 'followers',
    'instagram', 'linkedin', 'tiktok', 'facebook', 'twitter', 'tweets', 'youtube', 'organic social', 'webseite', 'homepage', 'social-media-kanäle',
    'السوشيال ميديا', 'سوشيال ميديا', 'سوشال ميديا', 'مواقع التواصل', 'التواصل الاجتماعي', 'الصفحات', 'صفحات', 'الموقع الالكتروني', 'الموقع',
    'تحسين محركات البحث', 'سيو', 'المتابعين', 'فيسبوك', 'انستقرام', 'انستجرام', 'انستغرام', 'تيك توك', 'تويتر', 'يوتيوب', 'لينكد ان', 'السوشيال',
  ),
  'creative-ideas': phrases(
    'creative ideas', 'creative concepts', 'creative concept', 'creative campaigns', 'creative skills', 'creative direction', 'ideation',
    'brainstorm*', 'concept development', 'new ideas', 'fresh ideas', 'ideas for', 'ideas to', 'hooks', 'angles', 'creative thinking',
    'creative insights', 'creativity', 'campaign ideas', 'big ideas', 'crazy ideas', 'and ideas', 'creative taste', 'narratives',
    'kreative ideen', 'ideen', 'neue formate', 'kreativ*',
    'افكار', 'الافكار', 'ابداعي', 'ابداعيه', 'الابداع', 'مبدع', 'افكار جديده', 'افكار ابداعيه', 'ابتكار',
  ),
};

const TITLE_LABELS: ReadonlySet<SkillId> = new Set(['online-ads', 'social-web', 'content', 'channels']);

export function decideSkills(sentences: readonly Sentence[]): { skills: SkillId[]; evidence: Partial<Record<SkillId, string[]>> } {
  const evidence: Partial<Record<SkillId, string[]>> = {};
  // The duties are better evidence than the title: read the title last.
  const ordered = [...sentences.filter((s) => s.part !== 'title'), ...sentences.filter((s) => s.part === 'title')];
  for (const s of ordered) {
    if (s.part === 'company' || s.part === 'benefits') continue;
    for (const [id, re] of Object.entries(SKILL_LEXICON) as [SkillId, Matcher][]) {
      if (evidence[id] || (s.part === 'title' && !TITLE_LABELS.has(id))) continue;
      if (test(re, s.norm)) evidence[id] = [s.original];
    }
  }
  const skills = (Object.keys(SKILL_LEXICON) as SkillId[]).filter((id) => evidence[id]);
  return { skills, evidence };
}
