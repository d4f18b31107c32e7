// The article's six skills and five responsibilities (taxonomy §4), matched in the duties and
// requirements, never in the company blurb or the benefits.
import type { SkillId } from '../taxonomy';
import { phrases, test } from './lexicon';
import type { Sentence } from './segment';

const SKILL_LEXICON: Record<SkillId, RegExp> = {
  'marketing-sales': phrases(
    'marketing strategy', 'marketing strategies', 'marketing plan*', 'go-to-market', 'go to market', 'gtm', 'positioning',
    'branding', 'brand strategy', 'brand awareness', 'market research', 'funnel*', 'lead generation', 'lead gen', 'leads',
    'sales targets', 'sales goals', 'pipeline', 'crm', 'hubspot', 'salesforce', 'conversion*', 'demand generation',
    'marketingstrategie*', 'vertrieb', 'verkauf', 'sales',
    'خطه تسويقيه', 'خطط تسويقيه', 'استراتيجيه تسويقيه', 'استراتيجيات تسويقيه', 'الخطه التسويقيه', 'العلامه التجاريه', 'دراسه السوق',
    'ابحاث السوق', 'المبيعات', 'مبيعات', 'البيع', 'عملاء محتملين', 'زياده المبيعات', 'تحقيق التارجت', 'التارجت',
  ),
  channels: phrases(
    'email marketing', 'e-mail marketing', 'email campaigns', 'newsletter*', 'email', 'sms', 'push notification*',
    'influencer*', 'affiliate*', 'multichannel', 'multi-channel', 'omnichannel', 'omni-channel', 'marketing automation',
    'marketing channels', 'channels', 'channel strategy', 'klaviyo', 'mailchimp', 'braze', 'lifecycle', 'partnerships',
    'social media marketing', 'smm', 'kanäle', 'kanal*', 'newsletter',
    'القنوات التسويقيه', 'قنوات التسويق', 'البريد الالكتروني', 'الايميل', 'ايميل ماركتنج', 'الرسائل النصيه', 'المؤثرين', 'المؤثرون',
    'التسويق بالعموله', 'النشره البريديه', 'التسويق عبر البريد',
  ),
  analytics: phrases(
    'analytics', 'analytic*', 'analyse', 'analyze', 'analysis', 'analysing', 'analyzing', 'data-driven', 'data driven', 'kpi*',
    'metrics', 'reporting', 'reports', 'report on', 'dashboard*', 'a/b test*', 'ab test*', 'a/b', 'attribution', 'roi', 'roas',
    'ga4', 'google analytics', 'tag manager', 'looker', 'tableau', 'performance data', 'measure', 'tracking', 'statistics',
    'auswertung*', 'analyse*', 'kennzahlen', 'reporting*',
    'تحليل', 'التحليل', 'تحليلات', 'التقارير', 'تقارير', 'الاحصاءات', 'احصائيات', 'مؤشرات الاداء', 'قياس', 'متابعه الاداء', 'جوجل اناليتكس', 'النتائج',
  ),
  audience: phrases(
    'audience', 'audiences', 'customer research', 'user research', 'personas', 'persona', 'customer journey', 'customer insights',
    'feedback', 'social listening', 'community engagement', 'engage with', 'engagement with', 'community', 'customer needs',
    'target group*', 'zielgruppe*', 'voice of the customer', 'understand our customers', 'customer behavior', 'customer behaviour',
    'الجمهور', 'الجمهور المستهدف', 'الفئه المستهدفه', 'احتياجات العملاء', 'التفاعل مع', 'تفاعل', 'التعليقات', 'الرد على', 'رسائل العملاء', 'المتابعين',
  ),
  'online-ads': phrases(
    'paid social', 'paid media', 'paid search', 'paid ads', 'paid advertising', 'ppc', 'sem', 'google ads', 'meta ads',
    'facebook ads', 'tiktok ads', 'linkedin ads', 'programmatic', 'media buying', 'media buyer', 'media planning', 'retargeting',
    'remarketing', 'ad budget*', 'advertising budget*', 'ad spend', 'ad campaigns', 'advertising campaigns', 'online advertising',
    'digital advertising', 'paid campaigns', 'performance marketing', 'paid acquisition', 'display ads', 'adwords', 'cpc', 'cpa',
    'ads manager', 'sea', 'anzeigen', 'werbekampagnen',
    'اعلانات ممولة', 'الاعلانات الممولة', 'الحملات الاعلانية', 'حملات اعلانية', 'اعلانات جوجل', 'اعلانات فيسبوك', 'ميديا باير',
    'ميديا باينج', 'الاعلانات المدفوعه', 'اعلانات مدفوعه', 'الحملات الممولة', 'تمويل', 'ممول', 'ادارة الاعلانات', 'الميزانية الاعلانية', 'الاعلانات',
  ),
  content: phrases(
    'content', 'copywriting', 'copywriter', 'copy', 'blog*', 'articles', 'writing', 'write', 'video*', 'visual*', 'storytelling',
    'editorial', 'content calendar', 'content strategy', 'newsletters', 'social posts', 'posts', 'creatives', 'scripts', 'inhalte',
    'texte', 'content-*', 'redaktion*',
    'المحتوى', 'محتوى', 'كتابه', 'مقالات', 'منشورات', 'بوستات', 'فيديو', 'فيديوهات', 'تصاميم', 'كونتنت', 'سكريبت', 'ريلز', 'كتابه المحتوى',
  ),
  'team-management': phrases(
    'manage a team', 'managing a team', 'lead a team', 'leading a team', 'team lead*', 'people management', 'direct reports',
    'mentor*', 'coach', 'coaching', 'hire', 'hiring', 'build the team', 'build a team', 'grow the team', 'manage the team',
    'team of', 'lead the team', 'leadership of', 'manage agencies', 'manage freelancers', 'managing freelancers', 'oversee a team',
    'supervise', 'supervising', 'head of', 'führung', 'teamleitung', 'personalverantwortung',
    'اداره فريق', 'ادارة الفريق', 'قياده فريق', 'قيادة الفريق', 'الاشراف على فريق', 'الاشراف على الفريق', 'مدير فريق', 'تدريب الفريق', 'فريق العمل',
  ),
  'audience-analytics': phrases(
    'segmentation', 'segment*', 'demographic*', 'cohort*', 'audience insights', 'audience analysis', 'audience data', 'behavioural data',
    'behavioral data', 'user behavior', 'user behaviour', 'customer data', 'audience analytics', 'customer segments', 'targeting',
    'تحليل الجمهور', 'تقسيم الجمهور', 'استهداف', 'الاستهداف', 'شرائح', 'الشرائح', 'سلوك العملاء', 'بيانات العملاء',
  ),
  'ad-oversight': phrases(
    'ad budget*', 'advertising budget*', 'media budget*', 'marketing budget*', 'budget*', 'ad spend', 'manage agencies', 'agency management',
    'oversee campaigns', 'oversee paid', 'media buyers', 'media plan*', 'manage spend', 'spend', 'budgetverantwortung', 'budget',
    'الميزانيه', 'ميزانيه', 'الميزانيات', 'ميزانيات', 'الاشراف على الحملات', 'الاشراف على الاعلانات', 'متابعه الحملات', 'ادارة الحملات',
  ),
  'social-web': phrases(
    'social media', 'social-media', 'social channels', 'social accounts', 'community management', 'community manager', 'website',
    'web site', 'cms', 'wordpress', 'webflow', 'shopify', 'seo', 'landing page*', 'traffic', 'followers', 'instagram', 'linkedin',
    'tiktok', 'facebook', 'twitter', 'youtube', 'organic social', 'social', 'webseite', 'homepage',
    'السوشيال ميديا', 'سوشيال ميديا', 'سوشال ميديا', 'مواقع التواصل', 'التواصل الاجتماعي', 'الصفحات', 'صفحات', 'الموقع الالكتروني', 'الموقع',
    'تحسين محركات البحث', 'سيو', 'المتابعين', 'فيسبوك', 'انستقرام', 'انستجرام', 'تيك توك', 'تويتر', 'يوتيوب', 'لينكد ان', 'السوشيال',
  ),
  'creative-ideas': phrases(
    'creative ideas', 'creative concepts', 'creative', 'creativity', 'ideas', 'ideation', 'brainstorm*', 'concept*', 'innovative',
    'fresh ideas', 'new ideas', 'kreativ*', 'ideen',
    'افكار', 'الافكار', 'ابداعي', 'ابداعيه', 'الابداع', 'مبدع', 'افكار جديده', 'افكار ابداعيه',
  ),
};

export function decideSkills(sentences: readonly Sentence[]): { skills: SkillId[]; evidence: Partial<Record<SkillId, string[]>> } {
  const evidence: Partial<Record<SkillId, string[]>> = {};
  for (const s of sentences) {
    if (s.part === 'company' || s.part === 'benefits') continue;
    for (const [id, re] of Object.entries(SKILL_LEXICON) as [SkillId, RegExp][]) {
      if (evidence[id]) continue;
      if (test(re, s.norm)) evidence[id] = [s.original];
    }
  }
  const skills = (Object.keys(SKILL_LEXICON) as SkillId[]).filter((id) => evidence[id]);
  return { skills, evidence };
}
