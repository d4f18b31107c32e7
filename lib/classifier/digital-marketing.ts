// Is the job's main function marketing through digital channels? (taxonomy §1)
import { findAll, phrases, test } from './lexicon';
import type { Sentence } from './segment';

// A title that names digital-marketing work on its own.
const DM_TITLE = phrases(
  'digital marketing', 'online marketing', 'e-marketing', 'emarketing', 'internet marketing', 'performance marketing',
  'growth marketing', 'growth marketer', 'growth manager', 'growth lead', 'head of growth', 'seo', 'sem', 'ppc', 'paid search',
  'paid social', 'paid media', 'media buyer', 'media buying', 'media planner', 'social media', 'community manager',
  'content marketing', 'content marketer', 'content strategist', 'content writer', 'content creator', 'content manager',
  'content specialist', 'content lead', 'copywriter', 'copywriting', 'email marketing', 'crm marketing', 'lifecycle marketing',
  'lifecycle', 'retention marketing', 'marketing automation', 'marketing operations', 'marketing ops', 'demand generation',
  'demand gen', 'product marketing', 'product marketer', 'affiliate', 'influencer', 'digital pr', 'brand manager',
  'brand marketing', 'marketing analyst', 'marketing analytics', 'acquisition marketing', 'user acquisition',
  'ecommerce marketing', 'e-commerce marketing', 'marketing manager', 'marketing specialist', 'marketing coordinator',
  'marketing director', 'head of marketing', 'marketing lead', 'cmo', 'chief marketing officer', 'marketing associate',
  'marketing executive', 'marketing assistant', 'marketing intern', 'marketing consultant', 'marketer',
  'marketing', 'marketingmanager', 'marketing-manager', 'online-marketing', 'social-media', 'onlinemarketing',
  'تسويق', 'التسويق الالكتروني', 'تسويق الكتروني', 'تسويق رقمي', 'مسوق', 'مسوقه', 'سوشيال ميديا', 'سوشال ميديا', 'السوشيال',
  'ميديا باير', 'مشرف صفحات', 'ادارة صفحات', 'مدير صفحات', 'ادمن صفحات', 'صناعة المحتوى', 'كاتب محتوى', 'كتابة محتوى',
  'محتوى تسويقي', 'تحسين محركات البحث', 'سيو', 'اعلانات ممولة', 'حملات اعلانية', 'التواصل الاجتماعي', 'مواقع التواصل',
  'انستقرام', 'انستجرام', 'فيسبوك', 'تيك توك', 'كونتنت', 'ماركتينج', 'براند',
);
// Titles whose job is something else, even when they mention marketing.
const NOT_DM_TITLE = phrases(
  'telemarketing', 'telemarketer', 'telesales', 'network marketing', 'multi-level marketing', 'mlm',
  'sales representative', 'sales rep', 'account executive', 'sdr', 'bdr', 'sales development', 'business development representative',
  'inside sales', 'sales associate', 'sales consultant', 'sales agent', 'sales executive', 'sales manager', 'sales specialist',
  'account manager', 'customer success', 'customer support', 'customer service', 'support specialist',
  'software engineer', 'developer', 'engineer', 'programmer', 'devops', 'data engineer', 'data scientist',
  'graphic designer', 'video editor', 'motion designer', 'ui designer', 'ux designer', 'product designer', 'designer',
  'accountant', 'bookkeeper', 'nurse', 'recruiter', 'medical rep', 'medical representative', 'real estate',
  'تسويق عقاري', 'تسويق هاتفي', 'تلي سيلز', 'تليسيلز', 'تسويق شبكي', 'مندوب مبيعات', 'مندوب', 'مندوب طبي', 'مبيعات', 'مندوبه',
  'محاسب', 'مطور', 'مبرمج', 'مهندس', 'مصمم', 'مونتير', 'مونتاج', 'خدمه عملاء', 'كول سنتر', 'موظف مبيعات', 'سكرتير',
  'außendienst', 'vertrieb', 'verkäufer', 'kundenberater', 'entwickler',
);
// Generic marketing titles are in only with an online channel in the posting.
const GENERIC_MARKETING = phrases('marketing', 'marketer', 'تسويق', 'مسوق', 'مسوقه', 'ماركتينج', 'brand', 'براند', 'marketing-*', 'marketing*');
const ONLINE_CHANNEL = phrases(
  'social media', 'online', 'digital', 'seo', 'sem', 'ppc', 'google ads', 'facebook', 'instagram', 'linkedin', 'tiktok',
  'email marketing', 'e-mail', 'email', 'newsletter', 'website', 'web', 'content marketing', 'paid social', 'paid media',
  'analytics', 'crm', 'hubspot', 'marketing automation', 'influencer', 'affiliate', 'social-media', 'e-commerce', 'ecommerce',
  'سوشيال', 'سوشال', 'التواصل الاجتماعي', 'فيسبوك', 'انستقرام', 'انستجرام', 'تيك توك', 'الكتروني', 'رقمي', 'اونلاين',
  'الانترنت', 'الموقع', 'محركات البحث', 'اعلانات ممولة', 'سيو', 'ايميل', 'بريد الكتروني', 'ميديا', 'صفحات', 'المحتوى',
);
// Body phrases that only a digital-marketing job asks for.
const DM_DUTIES = phrases(
  'seo', 'google ads', 'meta ads', 'facebook ads', 'paid social', 'paid media', 'ppc', 'sem', 'social media strategy',
  'social media accounts', 'social media channels', 'manage social media', 'content calendar', 'content strategy',
  'email campaigns', 'email marketing', 'marketing campaigns', 'digital campaigns', 'campaign performance', 'ga4',
  'google analytics', 'hubspot', 'marketing automation', 'lead generation campaigns', 'influencer', 'community management',
  'ادارة حسابات', 'الحملات الاعلانية', 'حملات اعلانية', 'اعلانات ممولة', 'خطة تسويقية', 'خطه تسويقيه', 'محتوى تسويقي',
  'ادارة صفحات', 'ادارة السوشيال', 'السوشيال ميديا', 'التسويق الالكتروني', 'تحسين محركات البحث', 'مواقع التواصل الاجتماعي',
);

export function decideDigitalMarketing(sentences: readonly Sentence[]): { isDm: boolean; evidence: string[] } {
  const title = sentences[0];
  const body = sentences.slice(1).filter((s) => s.part !== 'company' && s.part !== 'benefits');
  if (!title) return { isDm: false, evidence: [] };

  const negativeTitle = test(NOT_DM_TITLE, title.norm);
  const positiveHits = findAll(DM_TITLE, title.norm).filter((h) => !test(GENERIC_MARKETING, h.text) || h.text.length > 12);
  const generic = test(GENERIC_MARKETING, title.norm);

  // A sales / engineering / design title stays out unless the title itself names digital work
  // ("SEO Developer" is out, "Sales & Marketing Manager" needs marketing to be half the job).
  if (negativeTitle) {
    const strong = positiveHits.find((h) => !/^(marketing|تسويق|مسوق)$/.test(h.text));
    const dutyHits = body.filter((s) => test(DM_DUTIES, s.norm));
    if (strong && !/engineer|developer|مطور|مبرمج|مهندس|sales rep|account executive|sdr|telemarket|تسويق عقاري|تسويق هاتفي|تسويق شبكي/.test(title.norm) && dutyHits.length >= 2) {
      return { isDm: true, evidence: [title.original] };
    }
    return { isDm: false, evidence: [title.original] };
  }
  if (positiveHits.length > 0) {
    const online = body.find((s) => test(ONLINE_CHANNEL, s.norm));
    const onlyGeneric = positiveHits.every((h) => /^(marketing\S*|marketer|تسويق|مسوق\S*|ماركتينج|brand|براند|cmo)$/.test(h.text));
    if (!onlyGeneric) return { isDm: true, evidence: [title.original] };
    if (online || test(ONLINE_CHANNEL, title.norm)) return { isDm: true, evidence: [title.original, ...(online ? [online.original] : [])] };
    return { isDm: false, evidence: [title.original] };
  }
  if (generic) {
    const online = body.find((s) => test(ONLINE_CHANNEL, s.norm));
    if (online) return { isDm: true, evidence: [title.original, online.original] };
    return { isDm: false, evidence: [title.original] };
  }
  // An unusual title: in when the duties are plainly digital marketing.
  const duties = body.filter((s) => test(DM_DUTIES, s.norm));
  if (duties.length >= 3) return { isDm: true, evidence: duties.slice(0, 2).map((s) => s.original) };
  return { isDm: false, evidence: [title.original] };
}
