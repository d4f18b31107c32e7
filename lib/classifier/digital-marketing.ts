// Is the job's main function marketing through digital channels? (taxonomy §1)
// The title decides most postings; the duties decide the rest: a generic marketing title needs
// an online channel in the posting, an unusual title needs its duties to be plainly digital
// marketing, and a sales / engineering / support title stays out unless marketing is at least
// half of what the posting describes.
import { findAll, phrases, removeAll, test, type Matcher } from './lexicon';
import type { Sentence } from './segment';

// Titles that name digital-marketing work on their own.
const STRONG_TITLE = phrases(
  'digital marketing', 'online marketing', 'online-marketing', 'onlinemarketing', 'e-marketing', 'emarketing', 'internet marketing',
  'performance marketing', 'performance marketer', 'growth marketing', 'growth marketer', 'growth manager', 'growth lead', 'head of growth',
  'seo', 'sem', 'ppc', 'paid search', 'paid social', 'paid media', 'media buyer', 'media buying', 'media planner', 'social media', 'social-media',
  'community manager', 'community management', 'content marketing', 'content marketer', 'content strategist', 'content writer',
  'content creator', 'content manager', 'content specialist', 'content lead', 'content assistant', 'content producer', 'copywriter',
  'copywriting', 'email marketing', 'crm marketing', 'crm manager', 'lifecycle marketing', 'lifecycle marketer', 'retention marketing',
  'marketing automation', 'marketing operations', 'marketing ops', 'demand generation', 'demand gen', 'product marketing', 'product marketer',
  'affiliate marketing', 'affiliate manager', 'influencer', 'digital pr', 'brand marketing', 'marketing analyst', 'marketing analytics',
  'acquisition marketing', 'user acquisition', 'ecommerce marketing', 'e-commerce marketing', 'conversion rate optimization', 'cro',
  'web marketer', 'digital marketer', 'ads manager', 'advertising specialist', 'campaign manager', 'social media-*',
  // Role nouns that name the work without "marketing": search, links, ads, socials, e-mail, growth.
  'link builder', 'link building', 'linkbuilder', 'web analyst', 'web analytics', 'digital analyst', 'digital strategist', 'digital specialist',
  'digital media', 'digital content', 'digital communications', 'digital campaign*', 'ads specialist', 'ad operations', 'ad ops', 'adops',
  'retail media', 'search marketing', 'search marketer', 'search engine', 'aso', 'app store optimization', 'sea manager', 'sea specialist',
  'sea-manager', 'growth hacker', 'growth hacking', 'email marketer', 'email specialist', 'email manager', 'newsletter', 'crm specialist',
  'crm executive', 'lifecycle', 'social manager', 'socials', 'community lead', 'community specialist', 'community coordinator',
  'community moderator', 'social moderator', 'ugc', 'martech', 'marketing technologist', 'paid acquisition', 'paid ads', 'google ads',
  'meta ads', 'facebook ads', 'tiktok ads', 'amazon ads', 'amazon advertising', 'programmatic', 'display advertising', 'performance-marketing-*',
  'online-marketing-*', 'onlinemarketing-*', 'social-media-*', 'suchmaschinen*', 'kampagnenmanager*', 'online-redakteur*',
  'سوشل ميديا', 'سوشيل ميديا', 'السوشل', 'ديجيتال', 'ديجتال', 'ديجيتال ماركتنج', 'ديجيتال ماركيتنج', 'كونتنت كريتور', 'كونتنت رايتر',
  'كوبي رايتنج', 'كوبيرايتر', 'كوبي رايتينج', 'بيرفورمانس', 'جروث هاكر', 'مودريتور', 'مودريتر', 'موديريتور', 'مسؤول صفحات', 'مسيول صفحات',
  'حسابات التواصل', 'صفحات التواصل', 'تسويق بالمحتوى', 'التسويق بالمحتوى', 'التسويق بالعموله', 'مسوق بالعموله', 'انفلونسر', 'بلوجر',
  'تحسين ظهور', 'الظهور في جوجل', 'تصدر نتائج البحث', 'زياده المتابعين', 'زياده متابعين', 'جلب متابعين', 'زياده المشتركين', 'جلب مشتركين',
  'سناب شات', 'جوجل ادز', 'فيسبوك ادز', 'اعلانات جوجل', 'اعلانات فيسبوك', 'اعلانات تيك توك', 'اعلانات سناب',
  'التسويق الالكتروني', 'تسويق الكتروني', 'تسويق رقمي', 'التسويق الرقمي', 'مسوق الكتروني', 'مسوق رقمي', 'سوشيال ميديا', 'سوشال ميديا',
  'السوشيال', 'ميديا باير', 'ميديا بايرز', 'مشرف صفحات', 'مشرفه صفحات', 'ادارة صفحات', 'مدير صفحات', 'ادمن صفحات', 'صناعة المحتوى',
  'صانع محتوى', 'كاتب محتوى', 'كتابة محتوى', 'محتوى تسويقي', 'تحسين محركات البحث', 'سيو', 'اعلانات ممولة', 'اعلان ممول', 'حملات اعلانية',
  'حمله اعلانيه', 'التواصل الاجتماعي', 'تواصل اجتماعي', 'مواقع التواصل', 'انستقرام', 'انستجرام', 'انستغرام', 'فيسبوك', 'تيك توك',
  'كونتنت', 'كوبي رايتر', 'ديجيتال ماركتينج', 'خطة تسويقية', 'خطه تسويقيه', 'كتابة اعلانات', 'تسويق عبر البريد',
);
// Titles that say marketing without saying digital: in when the posting names an online channel.
const GENERIC_TITLE = phrases(
  'marketing', 'marketer', 'marketing-*', 'marketing*', 'brand', 'branding', 'advertising', 'ads', 'growth', 'acquisition', 'crm',
  'تسويق', 'التسويق', 'مسوق', 'مسوقه', 'ماركتينج', 'براند', 'اعلانات', 'اعلان', 'تسويقي',
);
// Neighbours of marketing (content, PR, communications, video): in only when the duties are.
const NEIGHBOUR_TITLE = phrases(
  'communications', 'communication', 'content', 'social', 'writer', 'editor', 'pr', 'public relations', 'campaign*', 'creative',
  'design intern', 'video', 'creator', 'redaktion', 'redakteur*', 'محتوى', 'علاقات عامه', 'كاتب', 'فيديو', 'مصور',
);
// Titles whose job is something else.
const OTHER_JOB_TITLE = phrases(
  'telemarketing', 'telemarketer', 'telesales', 'network marketing', 'multi-level marketing', 'mlm', 'sales representative',
  'sales rep', 'account executive', 'sdr', 'bdr', 'sales development', 'business development representative', 'inside sales',
  'sales associate', 'sales consultant', 'sales agent', 'sales executive', 'sales manager', 'sales specialist', 'sales', 'account manager',
  'customer success', 'customer support', 'customer service', 'support specialist', 'software engineer', 'developer', 'engineer',
  'programmer', 'devops', 'data engineer', 'data scientist', 'graphic designer', 'video editor', 'motion designer', 'ui designer',
  'ux designer', 'product designer', 'designer', 'accountant', 'bookkeeper', 'nurse', 'recruiter', 'medical rep', 'medical representative',
  'real estate', 'compliance', 'legal', 'protection', 'paralegal', 'teacher', 'tutor', 'driver', 'warehouse', 'cashier',
  'تسويق عقاري', 'تسويق هاتفي', 'تلي سيلز', 'تليسيلز', 'تسويق شبكي', 'مندوب مبيعات', 'مندوب', 'مندوبه', 'مندوب طبي', 'مبيعات', 'بيع',
  'محاسب', 'مطور', 'مبرمج', 'مهندس', 'مصمم', 'مصممه', 'مونتير', 'مونتاج', 'خدمه عملاء', 'كول سنتر', 'سكرتير', 'سكرتيره', 'مدرس', 'معلم',
  'سائق', 'موظف مبيعات', 'عقارات', 'عقاري', 'außendienst', 'vertrieb', 'verkäufer', 'kundenberater', 'entwickler', 'buchhalter',
  'product manager', 'product owner', 'مدير منتج',
);
// "Sales" as a department name (a "Sales & Marketing" title), not a named sales role.
const SALES_DEPARTMENT = phrases('sales', 'vertrieb', 'مبيعات', 'المبيعات');
const SALES_ROLE = phrases('sales representative', 'sales rep', 'account executive', 'sales associate', 'sales consultant', 'sales agent', 'sales executive', 'sales specialist', 'مندوب مبيعات', 'موظف مبيعات', 'مندوب', 'account manager');

// Roles named like marketing that are product or UX work.
const NOT_MARKETING_TITLE = phrases('content designer', 'content design', 'ux writer', 'ux writing', 'content moderator', 'content reviewer');

// Creative production roles are out unless the posting asks for marketing work (taxonomy §1).
const CREATIVE_PRODUCTION = phrases('graphic designer', 'designer', 'video editor', 'motion designer', 'editor', 'مصمم', 'مصممه', 'مونتير', 'مونتاج', 'مصمم جرافيك');

// Whose presence in a posting says it is about online channels (taxonomy: a generic marketing
// title is in only when the posting names one).
const ONLINE_CHANNEL = phrases(
  'social media', 'social-media', 'online', 'digital', 'seo', 'sem', 'ppc', 'google ads', 'facebook', 'instagram', 'linkedin', 'tiktok',
  'youtube', 'twitch', 'twitter', 'email marketing', 'e-mail', 'email', 'newsletter', 'website', 'web', 'content marketing', 'paid social',
  'paid media', 'google analytics', 'ga4', 'hubspot', 'marketing automation', 'influencer', 'affiliate', 'e-commerce', 'ecommerce',
  'landing page*', 'display', 'programmatic', 'social', 'go-to-market', 'gtm', 'product marketing',
  'سوشيال', 'سوشال', 'التواصل الاجتماعي', 'تواصل اجتماعي', 'فيسبوك', 'انستقرام', 'انستجرام', 'انستغرام', 'تيك توك', 'سناب', 'الكتروني',
  'رقمي', 'اونلاين', 'الانترنت', 'الموقع الالكتروني', 'محركات البحث', 'اعلانات ممولة', 'سيو', 'ايميل', 'بريد الكتروني', 'منصات',
  'السوشيال', 'صفحات', 'يوتيوب', 'تسويق المنتجات', 'دخول السوق',
);
// Duties only a digital-marketing job has.
const DM_DUTIES = phrases(
  'seo', 'google ads', 'meta ads', 'facebook ads', 'paid social', 'paid media', 'paid search', 'ppc', 'sem', 'social media strategy',
  'social media accounts', 'social accounts', 'social media channels', 'social media content', 'manage social media', 'social media', 'content calendar',
  'content strategy', 'email campaigns', 'email marketing', 'marketing campaigns', 'digital campaigns', 'campaign performance', 'ga4',
  'google analytics', 'hubspot', 'marketing automation', 'lead generation', 'influencer', 'community management', 'customer acquisition',
  'user acquisition', 'marketing strategies', 'marketing strategy', 'growth marketing', 'conversion rate', 'landing pages', 'copywriting',
  'brand awareness', 'performance marketing', 'digital marketing', 'online marketing', 'content creation', 'paid campaigns', 'retargeting',
  'marketing channels', 'acquisition channels', 'newsletter*', 'social posts', 'organic social', 'paid ads', 'ad campaigns', 'social content',
  'ادارة حسابات', 'الحملات الاعلانية', 'حملات اعلانية', 'اعلانات ممولة', 'خطة تسويقية', 'خطه تسويقيه', 'محتوى تسويقي', 'ادارة صفحات',
  'ادارة السوشيال', 'السوشيال ميديا', 'التسويق الالكتروني', 'تحسين محركات البحث', 'مواقع التواصل الاجتماعي', 'منصات التواصل',
  'تواصل اجتماعي', 'التسويق الرقمي', 'صناعة المحتوى', 'كتابة المحتوى', 'ميديا باير', 'الحملات الممولة',
  'حسابات التواصل', 'صفحات التواصل', 'نشر المحتوى', 'زياده المتابعين', 'المتجر الالكتروني', 'اعلانات فيسبوك', 'اعلانات جوجل',
  'اعلانات تيك توك', 'اعلانات سناب', 'الترويج للمنتجات', 'جذب العملاء', 'تصميم منشورات', 'محركات البحث', 'جوجل ادز', 'فيسبوك ادز',
  'link building', 'backlinks', 'keyword research', 'organic traffic', 'search rankings', 'paid social', 'email flows', 'ad creatives',
);

function distinctHits(re: Matcher, sentences: readonly Sentence[]): { count: number; first?: Sentence } {
  const seen = new Set<string>();
  let first: Sentence | undefined;
  for (const s of sentences) {
    for (const h of findAll(re, s.norm)) {
      if (!seen.has(h.text)) {
        seen.add(h.text);
        first ??= s;
      }
    }
  }
  return { count: seen.size, first };
}

export function decideDigitalMarketing(sentences: readonly Sentence[]): { isDm: boolean; evidence: string[] } {
  const fullTitle = sentences[0];
  if (!fullTitle) return { isDm: false, evidence: [] };
  // "Head of Growth @ Legal Co": what follows the @ names the company, not the role.
  const title = { ...fullTitle, norm: fullTitle.norm.split(/\s@\s/)[0] ?? fullTitle.norm };
  if (test(NOT_MARKETING_TITLE, title.norm)) return { isDm: false, evidence: [fullTitle.original] };
  const body = sentences.slice(1).filter((s) => s.part !== 'company' && s.part !== 'benefits');
  const strong = test(STRONG_TITLE, title.norm);
  const generic = test(GENERIC_TITLE, title.norm);
  const neighbour = test(NEIGHBOUR_TITLE, title.norm);
  const other = test(OTHER_JOB_TITLE, title.norm);
  const duties = distinctHits(DM_DUTIES, body);
  const online = body.find((s) => test(ONLINE_CHANNEL, s.norm)) ?? (test(ONLINE_CHANNEL, title.norm) ? title : undefined);
  const yes = (...extra: (Sentence | undefined)[]) => ({ isDm: true, evidence: [title.original, ...extra.filter((s): s is Sentence => Boolean(s) && s !== title).map((s) => s.original)] });
  const no = { isDm: false, evidence: [title.original] };

  if (strong && !other) return yes();
  if (strong && other) return duties.count >= 2 ? yes(duties.first) : no;
  // "Sales & Marketing", "مبيعات وتسويق": in when marketing through online channels is described.
  if (generic && other) {
    const onlyDepartment = test(SALES_DEPARTMENT, title.norm) && !test(SALES_ROLE, title.norm) && !test(OTHER_JOB_TITLE, removeAll(SALES_DEPARTMENT, title.norm));
    return online && duties.count >= (onlyDepartment ? 1 : 2) ? yes(duties.first) : no;
  }
  if (generic) return online ? yes(online) : no;
  if (other) {
    const creative = test(CREATIVE_PRODUCTION, title.norm) && !test(OTHER_JOB_TITLE, removeAll(CREATIVE_PRODUCTION, title.norm));
    return creative && duties.count >= 2 ? yes(duties.first) : no;
  }
  if (neighbour) return duties.count >= 2 ? yes(duties.first) : no;
  // An unusual title: in when the duties are plainly digital marketing.
  return duties.count >= 3 ? yes(duties.first) : no;
}
