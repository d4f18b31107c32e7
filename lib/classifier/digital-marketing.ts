// Is the job's main function marketing through digital channels? (taxonomy §1)
// The title decides most postings; the duties decide the rest: a generic marketing title needs
// an online channel in the posting, an unusual title needs its duties to be plainly digital
// marketing, and a sales / engineering / support title stays out unless marketing is at least
// half of what the posting describes.
import { findAll, phrases, removeAll, test, type Matcher } from './lexicon';
import { platformWork, platformWorkAt, rolelessTitle } from './platform-work';
import { describesCompany, notThisRole, type Sentence } from './segment';

// Titles that name digital-marketing work on their own.
const STRONG_TITLE = phrases(
  'digital marketing',
  // Affiliate programmes are an online channel: "Affiliate & Partnerships Manager".
  'affiliate',
  'affiliates',
  // Email marketing by its tool or its automations: "Klaviyo email flows for a Shopify store".
  'klaviyo',
  'email flows',
  // Transliterated: "مسؤول شراكات الأفلييت".
  'افلييت',
  'افليت',
  'افيليت',
  'email automation',
  // The same in Arabic: e-mail automation, marketing by e-mail, a content strategy.
  'اتمته بريد',
  'اتمته البريد',
  'تسويق بالبريد',
  'التسويق بالبريد',
  'استراتيجيه محتوي',
  'استراتيجيه المحتوي',
  'رسائل بريديه',
  'نشره بريديه',
  'النشره البريديه',
  'online marketing',
  'online-marketing',
  'onlinemarketing',
  'e-marketing',
  'emarketing',
  'internet marketing',
  'performance marketing',
  'performance marketer',
  'growth marketing',
  'growth marketer',
  'growth manager',
  'growth lead',
  'head of growth',
  'seo',
  'sem',
  'ppc',
  'paid search',
  'paid social',
  'paid media',
  'media buyer',
  'media buying',
  'media planner',
  'social media',
  'social-media',
  'community manager',
  'community lead',
  // Brand journalism is content marketing written as reporting.
  'brand journalist',
  'brand journalism',
  'community management',
  'content marketing',
  'content marketer',
  'content strategist',
  'content writer',
  'content creator',
  'content manager',
  'content specialist',
  'content lead',
  'content assistant',
  'content producer',
  'copywriter',
  'copywriting',
  'email marketing',
  'crm marketing',
  'crm manager',
  'lifecycle marketing',
  'lifecycle marketer',
  'retention marketing',
  'marketing automation',
  'marketing operations',
  'marketing ops',
  'demand generation',
  'demand gen',
  'product marketing',
  'product marketer',
  'affiliate marketing',
  'affiliate manager',
  'influencer',
  'digital pr',
  'brand marketing',
  'marketing analyst',
  'marketing analytics',
  'acquisition marketing',
  'user acquisition',
  'ecommerce marketing',
  'e-commerce marketing',
  'conversion rate optimization',
  'conversion rate optimisation',
  'تحسين معدل التحويل',
  'تحسين معدلات التحويل',
  'تحسين نسبه التحويل',
  'web marketer',
  'digital marketer',
  'ads manager',
  'advertising specialist',
  'campaign manager',
  'social media-*',
  // Marketing through a named online medium: the phone, apps, messages, online video.
  'mobile marketing',
  'app marketing',
  'sms marketing',
  'whatsapp marketing',
  'push notification*',
  'video marketing',
  'youtube marketing',
  // Role nouns that name the work without "marketing": search, links, ads, socials, e-mail, growth.
  'link builder',
  'link building',
  'linkbuilder',
  'web analyst',
  'web analytics',
  'digital analyst',
  'digital strategist',
  'digital specialist',
  'digital media',
  'digital content',
  'digital communications',
  'digital campaign*',
  'ads specialist',
  'ad operations',
  'ad ops',
  'adops',
  'retail media',
  'search marketing',
  'search marketer',
  'search engine',
  'aso',
  'app store optimization',
  'sea manager',
  'sea specialist',
  'sea-manager',
  'growth hacker',
  'growth hacking',
  'email marketer',
  'email specialist',
  'email manager',
  'newsletter',
  'crm specialist',
  'crm executive',
  'lifecycle',
  'social manager',
  'socials',
  'community lead',
  'community specialist',
  'community coordinator',
  'community moderator',
  'social moderator',
  'ugc',
  'martech',
  'marketing technologist',
  'paid acquisition',
  'paid ads',
  'google ads',
  'meta ads',
  'facebook ads',
  'tiktok ads',
  'amazon ads',
  'amazon advertising',
  'programmatic',
  'display advertising',
  'performance-marketing-*',
  'online-marketing-*',
  'onlinemarketing-*',
  'social-media-*',
  'suchmaschinen*',
  'kampagnenmanager*',
  'online-redakteur*',
  'سوشل ميديا',
  'سوشيل ميديا',
  'السوشل',
  'ديجيتال',
  'ديجتال',
  'ديجيتال ماركتنج',
  'ديجيتال ماركيتنج',
  'كونتنت كريتور',
  'كونتنت رايتر',
  'كوبي رايتنج',
  'كوبيرايتر',
  'كوبي رايتينج',
  'بيرفورمانس',
  'جروث هاكر',
  'مودريتور',
  'مودريتر',
  'موديريتور',
  'مسؤول صفحات',
  'مسيول صفحات',
  'حسابات التواصل',
  'صفحات التواصل',
  'تسويق بالمحتوى',
  'التسويق بالمحتوى',
  'التسويق بالعموله',
  'مسوق بالعموله',
  'انفلونسر',
  'بلوجر',
  'تحسين ظهور',
  'الظهور في جوجل',
  'تصدر نتائج البحث',
  'زياده المتابعين',
  'زياده متابعين',
  'جلب متابعين',
  'زياده المشتركين',
  'جلب مشتركين',
  // Growing a channel's audience: views, search for videos, optimising the channel (not editing
  // for it: "محرر لقناة يوتيوب" is production).
  'زياده المشاهدات',
  'youtube seo',
  'تحسين قناه يوتيوب',
  'تحسين قناه اليوتيوب',
  'سناب شات',
  'جوجل ادز',
  'فيسبوك ادز',
  'اعلانات جوجل',
  // Campaigns on Google are its ads ("مدير حملات جوجل"); Gulf spelling قوقل. Performance marketing.
  'حملات جوجل',
  'حملات قوقل',
  'اعلانات قوقل',
  'تسويق الاداء',
  'تسويق اداء',
  'التسويق بالاداء',
  'اعلانات فيسبوك',
  'اعلانات تيك توك',
  'اعلانات سناب',
  'التسويق الالكتروني',
  'تسويق الكتروني',
  'تسويق رقمي',
  'التسويق الرقمي',
  'مسوق الكتروني',
  'مسوق رقمي',
  'سوشيال ميديا',
  'سوشال ميديا',
  'السوشيال',
  'ميديا باير',
  'ميديا بايرز',
  'مشرف صفحات',
  'مشرفه صفحات',
  // Automated mail and message sequences as the title's task: a welcome series, a drip, mass
  // WhatsApp or SMS campaigns ("حملات رسائل جماعية").
  'سلسله ايميلات',
  'ايميلات ترحيبيه',
  'رسايل ترحيبيه',
  'welcome series',
  'welcome email series',
  'email sequence',
  'email sequences',
  'drip campaign*',
  'حملات رسايل',
  'حمله رسايل',
  'اتمته واتساب',
  // Abandoned-cart mails as the title's task: "كتابة 3 إيميلات للسلة المتروكة".
  'السله المتروكه',
  'سله متروكه',
  'abandoned cart',
  // Maghrebi مسيّر (manager) of pages; the content marketer; marketing automation.
  'مسير صفحات',
  'مسير الصفحات',
  'مسوق محتوى',
  'تسويق المحتوى',
  'تسويق محتوى',
  'اتمته التسويق',
  'ادارة صفحات',
  'مدير صفحات',
  'ادمن صفحات',
  'صناعة المحتوى',
  'صانع محتوى',
  'كاتب محتوى',
  'كتابة محتوى',
  'محتوى تسويقي',
  'تحسين محركات البحث',
  'محركات البحث',
  'علاقات عامه رقميه',
  'سيو',
  'اعلانات ممولة',
  'اعلان ممول',
  'حملات اعلانية',
  'حمله اعلانيه',
  'التواصل الاجتماعي',
  'تواصل اجتماعي',
  'مواقع التواصل',
  'انستقرام',
  'انستجرام',
  'انستغرام',
  'فيسبوك',
  'تيك توك',
  'كونتنت',
  'كوبي رايتر',
  'ديجيتال ماركتينج',
  'خطة تسويقية',
  'خطه تسويقيه',
  'كتابة اعلانات',
  'تسويق عبر البريد',
  // Marketing by message and the CRM role in Arabic word order ("أخصائي CRM والرسائل التسويقية").
  'الرسائل التسويقيه',
  'رسائل تسويقيه',
  'اخصائي crm',
  'مسؤول crm',
  'مدير crm',
  'منسق crm',
  // Keeping marketing e-mail out of spam folders is e-mail marketing's own craft. Not bare
  // "deliverability": a backend engineer's mail infrastructure is engineering.
  'email deliverability',
  'e-mail deliverability',
  // Growing an audience or working with creators is the work of marketing online.
  'creator partnerships',
  'creator marketing',
  'influencer partnerships',
  'audience development',
  'audience growth',
  'search visibility',
  'online visibility',
  // Dialect and loanwords for ads, a page, media buying; digital communication.
  'ادز',
  'بيدج',
  'البيدج',
  'ميديا باينج',
  'ميديا بايينج',
  'تواصل رقمي',
  'الاتصال الرقمي',
  'اتصال رقمي',
  // E-mail campaigns; campaign performance.
  'حملات البريد',
  'اداء الحملات',
  // Arabic role nouns for online work: digital content, e-mail newsletters, user growth, targeting, captions, followers, influencers.
  'محتوى رقمي',
  'المحتوى الرقمي',
  'مجتمع الكتروني',
  'حملات رقميه',
  'حمله رقميه',
  'النشره البريديه',
  'نشره بريديه',
  'نمو المستخدمين',
  'محتوى الموقع',
  'استهداف',
  'محتوى اعلاني',
  'كابشن',
  'متابعين',
  'حمله بريد',
  'مؤثرين',
  'المؤثرين',
  'followers',
  'رسائل بريديه',
  'الرسائل البريديه',
  // Copy written to sell and research of whom to sell to, as Arabic task titles name them:
  // "كتابة وصف تسويقي لمنتجات متجر", "دراسة جمهور وتحليل منافسين لعلامة ملابس".
  'وصف تسويقي',
  'اوصاف تسويقيه',
  // Descriptions that sell a store's products, counted or not: "كتابة وصف 30 منتج لمتجر".
  'وصف منتج',
  'وصف المنتجات',
  'product descriptions',
  // Splitting customers into segments for campaigns is marketing analytics (taxonomy §1).
  'تقسيم العملاء',
  'rfm',
  'customer segmentation',
  'دراسه جمهور',
  'دراسه الجمهور',
  'بحث تسويقي',
  'باحث تسويقي',
  'audience research',
  // Fundraising online is marketing a cause through digital channels.
  'digital fundraising',
  'online fundraising',
);
// A role noun right after an online channel names a digital-marketing role too ("Growth
// Associate", "Social Strategist", "Blog Editor", "SEO Account Manager"), built as channel ×
// role so a new pairing needs no new entry. Only channels that are online on their own qualify:
// "web", "retention" or "search" alone would let in web developers, call-centre retention
// agents and recruiters.
const ONLINE_QUALIFIER = [
  'growth',
  // "Digital Executive", "Digital Account Manager"; "Digital Product Manager" has a noun between.
  'digital',
  'community',
  'social',
  'online',
  'blog',
  'web content',
  'seo',
  'sem',
  'ppc',
  'paid search',
  'paid social',
  'email',
  'e-mail',
  'crm',
  'lifecycle',
  'affiliate',
  'influencer',
  'youtube',
  'tiktok',
  'instagram',
  'pinterest',
  'facebook',
  'snapchat',
  'linkedin',
  'klaviyo',
  'reputation',
  // Marketplaces and app stores whose listings and ads are the work.
  'amazon',
  'app store',
  // Search engine advertising, the German name for paid search ("SEA-Spezialist").
  'sea',
  // CRO is conversion-rate work only before a role noun ("CRO Manager"): alone, and after a
  // comma, it is as often the Chief Revenue Officer's organisation or a contract research firm.
  'cro',
  'social listening',
  'digital engagement',
  // Bought media named by its aim: "Senior Manager, Performance Media".
  'performance media',
  'paid media',
  'performance marketing',
];
const ROLE_NOUN = [
  'manager',
  'specialist',
  'executive',
  'coordinator',
  'lead',
  'strategist',
  'analyst',
  'associate',
  'officer',
  'consultant',
  'expert',
  'marketer',
  'writer',
  'ghostwriter',
  'editor',
  'producer',
  'creator',
  'builder',
  'moderator',
  'account manager',
  'intern',
  'trainee',
  'director',
  'freelancer',
  // German role nouns, written after a hyphen as often as after a space ("SEA-Spezialist").
  'spezialist',
  'spezialistin',
  'referent',
  'referentin',
  'experte',
  'expertin',
  'berater',
  'beraterin',
];
// One word may stand between the channel and the role: "Affiliate Partnerships Executive", "Email
// Marketing Coordinator", "Community Growth Lead".
const MIDDLE = [
  // A rank put back between the channel and the role: "performance media senior manager".
  'senior',
  'junior',
  'principal',
  'partnerships',
  'partnership',
  'marketing',
  'program',
  'programme',
  'campaigns',
  'campaign',
  'channel',
  'content',
  'growth',
  'strategy',
  'marketplace',
  'ads',
];
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[-/]/g, '[-/ ]?')).join('|');
const CHANNEL_ROLE_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${alternatives(ONLINE_QUALIFIER)})[\\s-]+(?:(?:${alternatives(MIDDLE)})\\s+)?(?:${alternatives(ROLE_NOUN)})(?![\\p{L}\\p{N}])`,
  'u',
);
const CHANNEL_ROLE_WORDS = phrases(
  // German compounds and inflections, Arabic role nouns for work that is online by name.
  'onlineredakteur*',
  'webanalyst*',
  'werbetexter*',
  'texter',
  'texterin',
  'digitales marketing',
  'digitalen marketing',
  'digitale kommunikation',
  'digitalen kommunikation',
  'online-kommunikation',
  'onlinekommunikation',
  'online kommunikation',
  'mediaplaner*',
  // A community of developers or creators names whom the community manager serves, not a second
  // role: "Developer Community Manager" is community management.
  'developer community',
  'developer communities',
  'creator community',
  'creator communities',
  'ادمن صفحه',
  'كاتب اعلانات',
  'كاتب كابشن',
  // The copywriter's work named as the task: "كتابة نصوص إعلانية", "كتابة سكريبتات لإعلانات فيديو",
  // "Ad script writer" (marketing copywriting, taxonomy §1).
  'كتابه نصوص اعلانيه',
  'كتابه نص اعلاني',
  'كتابه سكريبتات اعلانيه',
  'كتابه سكريبتات لاعلانات',
  'كتابه سكريبت اعلان',
  'كتابه سكريبت لاعلان',
  'كتابه اعلانات',
  'ad script*',
  'ad copy',
  'منشئ محتوى',
  'يوتيوبر',
  'الحسابات الاعلانيه',
  'حسابات اعلانيه',
  'مواقع تواصل',
  'مجتمع رقمي',
  'المجتمعات الرقميه',
  'كوميونيتي',
  'جروث',
  // A tracking pixel measures ads and conversions: setting one up is marketing measurement, even
  // where the title says "integration" (ربط), which otherwise names development work.
  'pixel',
  'pixels',
  'pixel integration',
  'conversions api',
  'بكسل',
  'ربط بكسل',
  'ربط البكسل',
  // So is connecting an e-mail marketing tool and setting up its automated mails.
  'ربط klaviyo',
  'klaviyo integration',
  'ربط mailchimp',
  'mailchimp integration',
);
// "Account Manager – Digital", "Specialist, SEO": the qualifier written after the role.
// "Account Manager – Social & Search": a second channel may follow the first; a gender marker
// ("(m/w/d)", "(f/m/d)") may close the title.
const SECOND_CHANNEL = `(?:\\s*(?:&|and|\\/|\\+|,)\\s*(?:${alternatives(ONLINE_QUALIFIER)}|search|paid|content|display|ads|performance))?`;
const GENDER_MARKER = '(?:\\s*\\((?:[mwfdx]\\/){1,3}[mwfdx]\\))?';
const QUALIFIER_AFTER = new RegExp(
  `^(.+?)\\s*[-–—|,:(]\\s*((?:${alternatives(ONLINE_QUALIFIER)}))${SECOND_CHANNEL}\\)?${GENDER_MARKER}\\s*$`,
  'u',
);
/** The title with a trailing channel put back before its role ("digital account manager"), so
 *  the channel claims the role noun as it does when written first. */
function qualifierFirst(norm: string): string {
  const after = QUALIFIER_AFTER.exec(norm);
  const swapped = after ? `${after[2]} ${after[1]}` : norm;
  return after && CHANNEL_ROLE_RE.test(swapped) ? swapped : norm;
}
// Calling as the work: "make 100 outbound calls a day", "call homeowners who asked", "by phone",
// "مكالمات يومية", "الاتصال بالعملاء هاتفياً".
const CALLING =
  /\b(?:outbound|inbound|cold)[- ]call(?:s|ing)?\b|\bcalls? (?:a|per|each) (?:day|shift|hour)\b|\b(?:call|calling|phone|phoning|ring|dial|dialling|dialing) (?:\S+ )?(?:homeowners|customers|clients|leads|prospects|patients|members|businesses)\b|\b(?:by|over the) (?:phone|telephone)\b|\btele(?:sales|marketing)\b|\bcall cent(?:er|re)\b|كول سنتر|مكالمات|(?:الاتصال|اتصال|الاتصالات|التواصل) (?:الهاتفي|هاتفيا|بالعملاء|بالعميل)|تلي ?سيلز/;
// Closing the sale as the work, beside calling: "إغلاق المبيعات وتحقيق التارجت", "close deals".
const CLOSING =
  /(?:^|\s)و?(?:اغلاق|قفل|تقفيل|اتمام) (?:ال)?(?:مبيعات|صفقات|صفقه|بيع)|(?:^|\s)و?تحقيق (?:ال)?(?:تارجت|تارقت|المستهدف البيعي|مستهدفات البيع)|\bclos(?:e|ing) (?:the )?(?:deals?|sales)\b|\b(?:sales )?quotas?\b/;
// A line that ends in a colon introduces the duties that follow it; one that ends in a question
// asks the reader ("Looking for a career in digital marketing?"). Neither is a duty.
const NOT_A_DUTY = /[:：?؟]\s*$/;
// A campaign with its name between the noun and its adjective, as Arabic puts the adjective after
// the whole construct: "حملة رمضان الإعلانية", "حملات الشركة الرقمية" are "حملة إعلانية".
const NAMED_CAMPAIGN = /(?:^|\s)(?:ل|ب|و)?(?:ال)?حمل(?:ه|ات|تنا) \S+ (?:ال)?(?:اعلانيه|رقميه|تسويقيه|ممول\S*)(?=\s|$|[.,،؛])/;
const channelRole = (norm: string): boolean => CHANNEL_ROLE_RE.test(norm) || test(CHANNEL_ROLE_WORDS, norm);

// Titles that say marketing without saying digital: in when the posting names an online channel.
const GENERIC_TITLE = phrases(
  // A loyalty programme is CRM marketing when it runs online (app, e-mail, push) and not when
  // it is a printed card in the branches: in as a generic title is, on an online channel.
  'loyalty program*',
  'loyalty programme*',
  'loyalty marketing',
  'برنامج الولاء',
  'برامج الولاء',
  // Taking a product to market is marketing; online only when the posting says so.
  'go-to-market',
  'go to market',
  'marketing',
  'marketer',
  'marketing-*',
  'marketing*',
  'brand',
  'branding',
  'advertising',
  'ads',
  'growth',
  'acquisition',
  'crm',
  // The chief marketing officer: marketing leadership, in when it owns online channels.
  'cmo',
  'تسويق',
  'التسويق',
  'مسوق',
  'مسوقه',
  'ماركتينج',
  'براند',
  'اعلانات',
  'اعلان',
  'تسويقي',
  'ماركتنج',
  'ماركتر',
  'ماركيتر',
  'ماركتير',
  'ماركيتير',
  'ماركيتنج',
  'ماركيتينج',
  'براندنج',
  // Promotion and publicity name marketing without the word تسويق ("ترويج قناة", "دعاية وإعلان").
  'ترويج',
  'اشهار',
  'دعايه',
  // Winning customers (acquisition) in Arabic.
  'جذب العملاء',
  'جذب عملاء',
  'استقطاب العملاء',
  // Acquisition, as in English.
  'اكتساب المستخدمين',
  'اكتساب مستخدمين',
  'اكتساب العملاء',
  'اكتساب عملاء',
  // Brand and growth, as in English: in when the posting is online.
  'العلامه التجاريه',
  'نمو',
  // A community or campaigns: in when the posting is online.
  'مدير مجتمع',
  'مشرف مجتمع',
  'مسؤول مجتمع',
  'منسق مجتمع',
  'حملات',
);
// Neighbours of marketing (content, PR, communications, video): in only when the duties are.
const NEIGHBOUR_TITLE = phrases(
  'comms',
  'communications',
  'communication',
  'content',
  'social',
  'writer',
  'editor',
  'pr',
  'public relations',
  'campaign*',
  'creative',
  'design intern',
  'video',
  'creator',
  'redaktion',
  'redakteur*',
  'محتوى',
  'علاقات عامه',
  'كاتب',
  'فيديو',
  'مصور',
  // "مسؤول ميديا": media, in Arab job ads usually the social pages; in when the duties are.
  'ميديا',
  'الميديا',
  // Running social pages or an online store: in when the duties are marketing.
  'صفحات',
  'ecommerce',
  'e-commerce',
  'online store',
  'storefront',
  'marketplace',
  'متجر الكتروني',
  // A store may be online; its duties say whether the job markets it.
  'متجر',
);
// Titles whose job is something else.
// A voice recorded for an ad is production, as the ad's design is (taxonomy §1): another job's
// title, and a creative one that needs marketing duties to be in. "voice over" meets "voice-over".
const VOICE_OVER = ['تعليق صوتي', 'معلق صوتي', 'معلقه صوتيه', 'voice over', 'voiceover', 'voice actor'];
const OTHER_JOB_TITLE = phrases(
  // German compound design titles. Not "business development": the taxonomy keeps it in when it
  // has a marketing function, and the rest has one.
  'grafikdesigner*',
  'mediengestalter*',
  // Translating marketing material is translation.
  'translator',
  'translation',
  'übersetzer*',
  'übersetzung',
  'ترجمه',
  'مترجم',
  'telemarketing',
  'telemarketer',
  'telesales',
  'network marketing',
  'multi-level marketing',
  'mlm',
  'sales representative',
  'sales rep',
  'account executive',
  'sdr',
  'bdr',
  'sales development',
  'business development representative',
  'inside sales',
  'sales associate',
  'sales consultant',
  'sales agent',
  'sales executive',
  'sales manager',
  'sales specialist',
  'sales',
  'account manager',
  'customer success',
  'customer support',
  'customer service',
  'support specialist',
  'software engineer',
  'developer',
  'engineer',
  'programmer',
  'devops',
  'data engineer',
  'data scientist',
  'graphic designer',
  'video editor',
  'motion designer',
  'ui designer',
  'ux designer',
  'product designer',
  'designer',
  'accountant',
  'bookkeeper',
  // Finance work on a marketing budget ("Finance Analyst – Marketing Spend", "Marketingcontroller").
  'finance analyst',
  'financial analyst',
  'finance manager',
  'finance partner',
  'finance business partner',
  'fp&a',
  'controller',
  'controlling',
  // Writing a person's CV or LinkedIn profile is a career service, not marketing.
  'resume writer',
  'resume writing',
  'cv writer',
  'cv writing',
  // Front-desk work at a marketing agency is reception.
  'receptionist',
  'front desk',
  'empfang',
  'موظفه استقبال',
  'موظف استقبال',
  'سيره ذاتيه',
  'السيره الذاتيه',
  // Billing for media is finance work: "Paid Media Billing Specialist" reconciles invoices.
  'billing',
  'invoicing',
  'accounts payable',
  'accounts receivable',
  'nurse',
  'recruiter',
  'medical rep',
  'medical representative',
  'real estate',
  'compliance',
  'legal',
  'protection',
  'paralegal',
  'teacher',
  'tutor',
  // Field promotion in shops and streets (taxonomy §1: field promoters are out).
  'field marketing',
  'field marketer',
  'brand ambassador',
  'promoter',
  'promoters',
  'sampling',
  'event staff',
  'events staff',
  'event crew',
  'promo staff',
  'promotional staff',
  'مسوق ميداني',
  'مسوقه ميدانيه',
  // A property marketer sells units to buyers: an agent, not marketing work.
  'مسوق عقاري',
  'مسوقه عقاريه',
  'وسيط عقاري',
  'مستشار عقاري',
  'ميداني',
  'مروج',
  'مروجه',
  'driver',
  'warehouse',
  'cashier',
  'تسويق عقاري',
  'تسويق هاتفي',
  'تلي سيلز',
  'تليسيلز',
  // Telemarketing said by the telephone or as a loanword.
  'مسوق بالهاتف',
  'التسويق بالهاتف',
  'تسويق بالهاتف',
  'تيلي ماركتنج',
  'تلي ماركتنج',
  'تيلي ماركتينج',
  'تيلي سيلز',
  'téléconseiller',
  'télévente',
  'تسويق شبكي',
  'مندوب مبيعات',
  'مندوب',
  'مندوبه',
  'مندوب طبي',
  'مبيعات',
  'بيع',
  'محاسب',
  'مطور',
  'مبرمج',
  'برمجة',
  'مهندس',
  'مصمم',
  'مصممه',
  'مونتير',
  'مونتاج',
  'خدمه عملاء',
  'كول سنتر',
  'سكرتير',
  'سكرتيره',
  'مدرس',
  'معلم',
  'سائق',
  'موظف مبيعات',
  'عقارات',
  'عقاري',
  'außendienst',
  'vertrieb',
  'verkäufer',
  'kundenberater',
  'entwickler',
  'buchhalter',
  'product manager',
  'product owner',
  'produktmanager*',
  'produkt manager*',
  'product owner*',
  ...VOICE_OVER,
  // Connecting systems is development work, whatever system: "Zoho CRM integration", "ربط المتجر".
  'integration',
  'integrations',
  'api',
  'ربط',
  // Documentation and technical writing: "كاتب محتوى تقني (توثيق)".
  'توثيق',
  'محتوى تقني',
  'technical writer',
  'technical writing',
  'مدير منتج',
  // Engineering titles in German and by stack.
  'entwickler*',
  'softwareentwickler*',
  'backend',
  'frontend',
  'full-stack',
  'fullstack',
);
// Customer care on social channels is support (taxonomy §1): "Customer Care Agent - Social Media
// Channels". The channels named after a support agent are where the support is given.
const SUPPORT_AGENT = phrases(
  'customer care agent*',
  'customer service agent*',
  // "Social Media Support Agent": support given on social channels.
  'support agent*',
  'support representative*',
  'customer support agent*',
  'customer care representative*',
  'customer service representative*',
  'call center agent*',
  'call centre agent*',
  'ممثل خدمه العملاء',
  'موظف خدمه العملاء',
  'موظفه خدمه العملاء',
  'ممثلي خدمه العملاء',
  'موظف خدمه عملاء',
  'kundenservice mitarbeiter*',
  'kundenservice-mitarbeiter*',
  'mitarbeiter kundenservice',
  'mitarbeiter im kundenservice',
);
const SUPPORT_CHANNELS =
  /\b(?:social media|social|channels?|platforms?|messenger|whatsapp|chat)\b|سوشيال ميديا|السوشيال|القنوات|قنوات|المنصات|منصات/g;
// A newsroom's newsletter or writer reports the news: journalism, not marketing copy.
const NEWSROOM = phrases(
  'newsroom',
  'news judgement',
  'news judgment',
  'fact-check',
  'fact-checking',
  'reporter',
  'news item*',
  'news stories',
  'breaking news',
  'corrections policy',
  // Reporting to a newsroom's standards, and a role said to be editorial only.
  'original reporting',
  'sourcing standards',
  'purely editorial',
  'strictly editorial',
  'science journalism',
  'غرفه الاخبار',
  'الاخبار العاجله',
  'صحفي',
);
// Literature, not copy: a novel, short stories, a screenplay, a memoir ("ebook" is a marketing asset).
const LITERARY_WORK = phrases(
  'novel',
  'novels',
  'novella',
  'short stories',
  'screenplay*',
  'memoir*',
  'fiction',
  'روايه',
  'روايات',
  'قصص قصيره',
  'قصه قصيره',
  'قصص اطفال',
  'سيناريو فيلم',
  'مذكرات',
);
const EDITORIAL_TITLE = /\b(?:newsletter|writer|editor|producer)\b|محرر|كاتب/;
const EDITORIAL_WORDS = new RegExp(EDITORIAL_TITLE.source, 'g');

// Teaching digital marketing is not doing it, however many channels the course covers.
// Coursework and theses: "كتابة بحث جامعي عن أثر التسويق الرقمي", "a dissertation on influencer
// marketing". The subject may be marketing; the work is academic writing.
const ACADEMIC_TITLE = phrases(
  'بحث جامعي',
  'بحث تخرج',
  'مشروع تخرج',
  'رساله ماجستير',
  'رساله الماجستير',
  'رساله دكتوراه',
  'رساله الدكتوراه',
  'اطروحه',
  'واجب جامعي',
  'thesis',
  'dissertation',
  'term paper',
  'coursework',
);
// Making a course is teaching too: recording it, explaining it or writing its material
// ("تسجيل كورس تسويق رقمي للمبتدئين", "كتابة محتوى تعليمي لكورس", "Record a course on SEO").
const COURSE_MAKING =
  /(?:^|\s)(?:تسجيل|شرح|كتابه|اعداد|تقديم|تصوير)\s+(?:\S+\s+){0,2}?(?:ل|ال|لل)?(?:كورس|كورسات|دوره|دورات|منهج)(?=\s|$)|\b(?:record|recording|film|filming|teach|teaching)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:course|courses|curriculum|lessons?)\b|\b(?:course|curriculum) (?:material|materials|content|writer|writing)\b/;
const TEACHING_TITLE = phrases(
  'trainer',
  'instructor',
  'lecturer',
  'teacher',
  'tutor',
  'dozent*',
  // German compounds: "Honorardozent:in", "Fachdozent", "Gastdozentin".
  'honorardozent*',
  'fachdozent*',
  'gastdozent*',
  'kursleiter*',
  'مدرب',
  'مدربه',
  'محاضر',
  'مدرس',
  'معلم',
);
// Network marketing (multi-level selling) is not digital marketing, whatever the title says (taxonomy §1).
// Network marketing, and its mark: selling to the people you know ("تبيع لمعارفك وأصحابك").
const NETWORK_MARKETING = phrases(
  'network marketing',
  'multi-level marketing',
  'mlm',
  'التسويق الشبكي',
  'تسويق شبكي',
  'لمعارفك',
  'لاصحابك',
  'لاصدقائك',
  'sell to your friends',
  'friends and family',
  'friends family',
  // Paying to join and earning on the people you bring in: the scheme, whatever it is called.
  'لتفعيل العضويه',
  'اشتراك رمزي',
  'رسوم اشتراك',
  'رسوم الاشتراك',
  'باقه البدايه',
  'مبيعات فريقك',
  'starter kit',
  'starter pack*',
  'membership fee',
  'downline',
  // Earning on each person brought into "your team", and paying to join.
  'كل شخص تضيفه',
  'تضيفه لفريقك',
  'رسوم العضويه',
  'تشترك في العضويه',
  'recruit others',
  'recruit new members',
);
// Roles that sell (an account manager at an agency runs the client's campaigns; these do not).
const SELLING_ROLES = [
  'sales representative',
  'sales rep',
  'account executive',
  'sales associate',
  'sales consultant',
  'sales agent',
  'sales executive',
  'مندوب مبيعات',
  'موظف مبيعات',
  'مسؤول مبيعات',
  'اخصائي مبيعات',
  'ممثل مبيعات',
  'مدير مبيعات',
  'sales manager',
  'مسوق عقاري',
  'مسوقه عقاريه',
  // Selling by phone, whatever the product: "تيلي ماركتنج - بيع باقات سوشيال ميديا".
  'telemarketing',
  'telemarketer',
  'telesales',
  'تيلي ماركتنج',
  'تلي ماركتنج',
  'تيلي ماركتينج',
  'تلي سيلز',
  'تيلي سيلز',
];
const SELLER = phrases(...SELLING_ROLES);
const ENGINEERING = phrases('engineer', 'developer', 'entwickler*', 'ingenieur*', 'data scientist', 'مهندس', 'مبرمج', 'مطور');
// "Sales" as a department name (a "Sales & Marketing" title), not a named sales role.
const SALES_DEPARTMENT = phrases('sales', 'vertrieb', 'مبيعات', 'المبيعات');
const SALES_ROLE = phrases(...SELLING_ROLES, 'sales specialist', 'مندوب', 'account manager');

// Media planned or bought for billboards, print or broadcast: "OOH Media Planner", "مخطط إعلانات
// خارجية". The media role words are strong titles only because media is online by default; with
// an offline medium named and no online word left, the title is not digital.
const OFFLINE_MEDIA = phrases(
  'ooh',
  'dooh',
  'out-of-home',
  'out of home',
  'billboard',
  'billboards',
  'print',
  'radio',
  'broadcast',
  'tv',
  'television',
  'اعلانات خارجيه',
  'الاعلانات الخارجيه',
  'اعلانات الطرق',
  'لوحات اعلانيه',
  'لوحات الطرق',
  'اذاعه',
  'الاذاعه',
  'تلفزيون',
  'التلفزيون',
  'مطبوعات',
);
const MEDIA_ROLE = phrases(
  'media planner',
  'media planning',
  'media buyer',
  'media buying',
  'media executive',
  'media manager',
  'مخطط',
  'مخطط اعلانات',
);
const offlineMediaTitle = (norm: string): boolean =>
  test(MEDIA_ROLE, norm) && test(OFFLINE_MEDIA, norm) && !test(STRONG_TITLE, removeAll(MEDIA_ROLE, removeAll(OFFLINE_MEDIA, norm)));

// Roles named like marketing that are product or UX work.
const NOT_MARKETING_TITLE = phrases(
  // Voicing an advert is production work, like editing its video: "تعليق صوتي لإعلان مدته 30 ثانية".
  'تعليق صوتي',
  'معلق صوتي',
  'voice over',
  'voice-over',
  'voiceover',
  'voice actor',
  'فويس اوفر',
  // Academic, research and technical writing are not marketing copy.
  'محتوى أكاديمي',
  'كاتب أكاديمي',
  'كاتب أبحاث',
  'academic writer',
  'academic content',
  'research writer',
  'technical writer',
  // Pure sales roles by name (taxonomy §1): their outreach runs by e-mail and LinkedIn and is
  // logged in a CRM, which reads like marketing duties but is selling.
  // Corporate strategy and recruiting: "Growth Strategy Analyst", "Talent Acquisition Partner"
  // (who hires PPC specialists, and is not one).
  'strategy analyst',
  'corporate strategy',
  'talent acquisition',
  'talent partner',
  'talent partners',
  'recruiter',
  'recruiters',
  'recruiting',
  'recruitment',
  'sourcer',
  'headhunter',
  'استقطاب المواهب',
  'استقطاب مواهب',
  'اخصائي توظيف',
  'مسؤول توظيف',
  'مسؤول التوظيف',
  'اخصائي التوظيف',
  'مسؤول موارد بشريه',
  'sales development representative',
  'sales development rep',
  'business development representative',
  'sdr',
  'bdr',
  'content designer',
  'content design',
  'ux writer',
  'ux writing',
  'content moderator',
  'content reviewer',
  // Checking other advertisers' ads against a platform's rules is moderation, not running them.
  'policy reviewer',
  'policy specialist',
  'policy analyst',
  'ad reviewer',
  'ads reviewer',
  'ads quality rater',
  'ad quality rater',
  'trust and safety',
  'trust & safety',
  'مراجع اعلانات',
  'مراجعه الاعلانات',
);
// Posting a job advert is recruiting, wherever it is posted: "نشر إعلان وظيفة في مجموعات فيسبوك".
const JOB_AD = phrases(
  'نشر اعلان وظيفه',
  'نشر اعلانات وظايف',
  'نشر اعلان توظيف',
  'نشر اعلانات توظيف',
  'نشر اعلانات الوظايف',
  'post job ads',
  'posting job ads',
  'post our job ads',
);

// A title that ends by naming the advertising or social channels the work is for.
// "Social Content Designer" names the channel before the role.
const FOR_MARKETING_CHANNELS = new RegExp(
  `[-–—|,:(]\\s*(?:social|paid social|paid|seo|ads|performance)${SECOND_CHANNEL}\\)?${GENDER_MARKER}\\s*$|(?:^|\\s)(?:social(?: media)?|paid social|ads?|performance) content design`,
  'u',
);

// Work done to a brief someone else wrote: "design the social posts to the brief from the account
// team", "تنفيذ التصاميم حسب البريف".
// Also resizing finished designs for each platform: "تجهيز مقاسات التصاميم لمنصات التواصل".
// Material the client already has ready ("عندي خطة محتوى جاهزة ومكتوبة") is the brief, not work asked for.
const TO_A_BRIEF =
  /(?:مقاسات (?:ال)?(?:تصاميم|اعلانات)|\bresiz(?:e|es|ing) (?:the |our |existing |finished )?(?:designs?|assets?|creatives?|banners?)\b)|\b(?:to|from|per|following|according to|based on) (?:the |a |our |their |each |client |clients' |the client's )?(?:\S+ )?briefs?\b|(?:حسب|وفق|وفقا ل|بناء علي|علي حسب) (?:ال)?(?:بريف|تعليمات|طلب)|(?:^|\s)جاهز(?:ه|ين)?(?=\s|$|[.,،؛])/;

// Creative production roles are out unless the posting asks for marketing work (taxonomy §1).
// A title that is a design task for a platform ("تصميم 12 بوست انستقرام", "Design 10 Instagram
// posts"): the posts are made, not the platform run; design is production (taxonomy §1), so the
// platform named does not make the title a marketing one: the body decides.
// Templates to fill in later ("تصميم 30 قالب كانفا") are designs too.
const DESIGN_TASK =
  /^(?:مطلوب\s+)?(?:تصميم|design)\s+(?:\d+\s+)?(?:بوست|بوستات|منشور|منشورات|ستوري|ستوريز|بانر|بانرات|كريتيف|كريتف|كريتيفات|كريتفات|قالب|قوالب|posts?|stories|banners?|carousels?|creatives|templates?|(?:instagram|facebook|social media|linkedin|tiktok) (?:posts?|stories|banners?|carousels?))(?=\s|$)/;
// What a designer makes, named in a title: "(Social Media Posts)", "بوستات", "Banners".
const DESIGNED_THINGS =
  /\b(?:posts|banners|creatives|carousels|stories|templates)\b|(?:^|\s)(?:ل|لل|و|ب)?(?:بوست|بوستات|بانرات|تصاميم|تصميمات|ستوريز)(?=\s|$|[.,،)])/;
// A sentence whose work is the design itself, or past designs shown: "- تصميم نسخة ستوري من كل
// بوست", "a portfolio of social media designs", "معرض أعمال فيه تصميمات سوشيال ميديا", and the
// design asked for, opened by the ask: "مطلوب تصميم 30 بوست", "We need the design of 10 banners".
// (Not "تصميم\b": \b holds only beside ASCII letters, so it never closed an Arabic word.)
const DESIGN_WORK =
  /^(?:[-–•*]\s*)?(?:(?:مطلوب|نحتاج|نبحث عن|we need|looking for)\s+)?(?:تصميم(?=\s|$)|design(?:ing)?\b)|\bportfolio\b|معرض (?:ال)?اعمال|سابقه (?:ال)?اعمال|تصميمات|\bdesigns\b/;
/** Marketing duties left once designs made to a brief, resized ads and design work are set aside:
 *  what a design task or a designer of posts is asked for besides the designs. */
const dutiesBesideDesigns = (body: readonly Sentence[]) =>
  distinctHits(
    DM_DUTIES,
    body.filter((s) => !TO_A_BRIEF.test(s.norm) && !DESIGN_WORK.test(s.norm)),
  );
const CREATIVE_PRODUCTION = phrases(
  'graphic designer',
  'grafikdesigner*',
  'mediengestalter*',
  'designer',
  'video editor',
  'motion designer',
  'editor',
  'مصمم',
  'مصممه',
  'مونتير',
  'مونتاج',
  'مصمم جرافيك',
  ...VOICE_OVER,
);

// Whose presence in a posting says it is about online channels (taxonomy: a generic marketing
// title is in only when the posting names one).
const ONLINE_CHANNEL = phrases(
  'social media',
  'social-media',
  'online',
  'digital',
  'seo',
  'sem',
  'ppc',
  'google ads',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'youtube',
  'twitch',
  'twitter',
  // Short videos for a feed: "سكربت إعلان ريلز", "Reels ad".
  'reels',
  'ريلز',
  'ريل',
  'email marketing',
  'e-mail',
  'email',
  'newsletter',
  'website',
  'web',
  'content marketing',
  'paid social',
  'paid media',
  'google analytics',
  'ga4',
  'hubspot',
  'marketing automation',
  // Messages sent to customers through a messaging app or a mail tool.
  'رسايل واتساب',
  'واتساب بيزنس',
  'whatsapp business',
  'whatsapp messages',
  'mailchimp',
  'klaviyo',
  'influencer',
  // Influencers publish online: choosing them is an online channel in any language.
  'influencers',
  'مؤثر',
  'مؤثرين',
  'المؤثرين',
  'انفلونسر',
  'انفلونسرز',
  'affiliate',
  'e-commerce',
  'ecommerce',
  'landing page*',
  // Not "display" alone: "feature/display programs" and "in-store displays" are on shelves.
  'display ad*',
  'display campaign*',
  'display network',
  'programmatic',
  'social',
  'go-to-market',
  'gtm',
  'product marketing',
  'سوشيال',
  'سوشال',
  'التواصل الاجتماعي',
  'تواصل اجتماعي',
  'فيسبوك',
  'انستقرام',
  'انستجرام',
  'انستغرام',
  'تيك توك',
  'سناب',
  'الكتروني',
  'رقمي',
  'اونلاين',
  'الانترنت',
  'الموقع الالكتروني',
  'محركات البحث',
  'اعلانات ممولة',
  'سيو',
  'ايميل',
  'بريد الكتروني',
  'النشره البريديه',
  'نشره بريديه',
  'النشرات البريديه',
  'منصات',
  'السوشيال',
  'صفحات',
  'يوتيوب',
  // Platforms by name: work on them is online, whatever the posting calls it.
  'telegram',
  'snapchat',
  'pinterest',
  'threads',
  'discord',
  'تيليجرام',
  'تليجرام',
  'تلجرام',
  'تويتر',
  'لينكدان',
  'لينكد ان',
  'سناب شات',
  'تسويق المنتجات',
  'دخول السوق',
  // E-commerce platforms by name.
  'shopify',
  'woocommerce',
  'شوبيفاي',
  'ووكومرس',
  'متجر سله',
  'منصه سله',
  'متجر زد',
  'منصه زد',
  // Marketplaces whose listings and in-platform ads are the work: "حساب البائع على أمازون".
  'amazon',
  'امازون',
  // Measures and networks only online advertising has.
  'meta',
  'roas',
  'paid channels',
  'ad spend',
  'attribution',
  'awin',
  'cashback',
);
// Duties only a digital-marketing job has.
const DM_DUTIES = phrases(
  'seo',
  'سيو',
  // Ranking first in search, said as Arabic ads say it.
  'تصدر نتائج البحث',
  'تصدر محركات البحث',
  // A content strategy and marketing by e-mail, in Arabic: "يضع استراتيجية المحتوى".
  'استراتيجيه المحتوي',
  'استراتيجيه محتوي',
  'التسويق بالبريد',
  'تسويق بالبريد',
  'اتمته البريد',
  // Mail and messages sent to customers: a newsletter, e-mail campaigns, flows in a mail tool.
  'newsletter',
  'newsletters',
  'email campaigns',
  'email campaign',
  'klaviyo',
  'mailchimp',
  'sms calendar',
  // Spend, agencies and funnels of online marketing, and campaigns on messaging channels.
  'media spend',
  'ad spend',
  'performance agency',
  'conversion funnel',
  'sms campaigns',
  'whatsapp campaigns',
  'push campaigns',
  'حملات واتساب',
  'حمله واتساب',
  'حملات sms',
  'حملات الرسائل النصيه',
  'حملات رسائل نصيه',
  'رسائل ترويجيه',
  'التواصل الترويجي',
  // Messages to a product's own users (push, in-app, inbox placement, retention and lifecycle
  // marketing), in Arabic too; ad copy in Arabic.
  'push notifications',
  'in-app messages',
  'in-app messaging',
  'inbox placement',
  'in-app campaigns',
  'cost per lead',
  'بحث الكلمات المفتاحيه',
  'الكلمات المفتاحيه',
  // Running a brand's social accounts: replying to comments, a posting calendar.
  'reply to comments',
  'respond to comments',
  'replying to comments',
  'posting calendar',
  'publishing calendar',
  'retention marketing',
  'lifecycle marketing',
  'crm marketing',
  'حملات الرسائل',
  'حملات واتساب',
  'الاشعارات داخل التطبيق',
  'اشعارات التطبيق',
  'نصوص الاعلانات',
  'نصوص اعلانيه',
  'crm campaigns',
  'google ads',
  'meta ads',
  'facebook ads',
  'paid social',
  'paid media',
  'paid search',
  'ppc',
  'sem',
  'social media strategy',
  'social media accounts',
  'social accounts',
  'social media channels',
  'social media content',
  'manage social media',
  'social media',
  'content calendar',
  'content strategy',
  'email campaigns',
  'email marketing',
  'marketing campaigns',
  'digital campaigns',
  'campaign performance',
  'ga4',
  'google analytics',
  'hubspot',
  'marketing automation',
  'lead generation',
  'influencer',
  'community management',
  'customer acquisition',
  'user acquisition',
  'marketing strategies',
  'marketing strategy',
  'growth marketing',
  'conversion rate',
  'landing pages',
  'copywriting',
  'brand awareness',
  'performance marketing',
  'digital marketing',
  'online marketing',
  'content creation',
  'paid campaigns',
  'retargeting',
  'marketing channels',
  'acquisition channels',
  'newsletter*',
  'social posts',
  'organic social',
  'paid ads',
  'ad campaigns',
  'social content',
  'ادارة حسابات',
  'الحملات الاعلانية',
  'حملات اعلانية',
  'اعلانات ممولة',
  'خطة تسويقية',
  'خطه تسويقيه',
  'محتوى تسويقي',
  'ادارة صفحات',
  'ادارة السوشيال',
  'السوشيال ميديا',
  'التسويق الالكتروني',
  'تحسين محركات البحث',
  'مواقع التواصل الاجتماعي',
  'منصات التواصل',
  'تواصل اجتماعي',
  'التسويق الرقمي',
  'صناعة المحتوى',
  'كتابة المحتوى',
  'ميديا باير',
  'الحملات الممولة',
  'حسابات التواصل',
  'صفحات التواصل',
  'الليدز',
  'ليدز',
  'كابشن',
  'ريلز',
  'ادارة جروبات',
  'التفاعل مع المتابعين',
  'نشر المحتوى',
  'زياده المتابعين',
  'المتجر الالكتروني',
  'اعلانات فيسبوك',
  'اعلانات جوجل',
  'حملات جوجل',
  'حملات قوقل',
  'اعلانات قوقل',
  'اعلانات تيك توك',
  'اعلانات سناب',
  'الترويج للمنتجات',
  'جذب العملاء',
  'تصميم منشورات',
  'محركات البحث',
  'جوجل ادز',
  'فيسبوك ادز',
  'link building',
  'backlinks',
  'keyword research',
  'organic traffic',
  'search rankings',
  'paid social',
  'email flows',
  'ad creatives',
  // The outputs and measures of online promotion: rankings, followers, sponsored posts, scheduled posts, stories.
  'rankings',
  'search visibility',
  'amazon ads',
  'sponsored posts',
  'sponsored products',
  'influencers',
  'creator partnerships',
  'creator campaigns',
  'creator outreach',
  'subscribers',
  'social following',
  'followers',
  'engagement rate',
  'roas',
  'cpc',
  'cpa',
  'listing optimization',
  'نشر منشورات',
  'نشر المنشورات',
  'جدوله المنشورات',
  'جدوله المحتوى',
  'الرد على التعليقات',
  'ستوري',
  'ستوريز',
  'متابعه التفاعل',
  'جذب عملاء',
  'تحسين الظهور',
  'تحسين ظهور',
  // Dialect for comments and posts.
  'كومنتات',
  'الكومنتات',
  'بوستات',
  'البوستات',
  // E-mail newsletters, return on ad spend, audience segments.
  'النشرات البريديه',
  'العائد على الانفاق الاعلاني',
  'تقسيم الجمهور',
  // Planning content for a calendar or a blog, and the people who buy the media.
  'خطه المحتوى',
  'خطه محتوى',
  'content plan',
  'كتابه المنشورات',
  'كتابه منشورات',
  'editorial calendar',
  'blog posts',
  'media buyer',
  'media buyers',
  'sponsored brands',
  'app store',
  'google play',
  // The mechanics of paid search and shopping ads, e-mail and SMS journeys, and on-page SEO.
  'search campaigns',
  'shopping campaigns',
  'search ads',
  'microsoft ads',
  'bing ads',
  'merchant center',
  'bids and budgets',
  'manage bids',
  'managing bids',
  'bidding strategies',
  'bid strategies',
  'ad copy',
  'sms flows',
  'email and sms',
  'klaviyo',
  'mailchimp',
  'meta descriptions',
  'internal links',
  // Arabic: the customer journey and personas, entering a market, a launch campaign, text and
  // e-mail messages, influencers.
  'رحله العميل',
  'شخصيات العملاء',
  'دخول السوق',
  'حمله الاطلاق',
  'الرسائل النصيه',
  'رسائل sms',
  'رسائل بريديه',
  'الرسائل البريديه',
  'نشره اسبوعيه',
  'مؤثرون',
  'مؤثرين',
);

// A degree's subject is not a channel of the job: "a degree in marketing or e-commerce",
// "بكالوريوس في التسويق أو التجارة الإلكترونية". The clause after the degree word is set aside.
const FIELD_OF_STUDY =
  /(?:\b(?:degree|bachelor'?s?|master'?s?|diploma|studies|studied|graduate)\b|بكالوريوس|ليسانس|دبلوم|شهاده|موهل|خريج)[^,;.،؛]*/g;
const withoutFieldOfStudy = (norm: string) => norm.replace(FIELD_OF_STUDY, ' ');

// A channel that names people rather than work: "lists of Performance Marketing Managers", "we
// sell to SEO agencies", "growth teams use our platform". The job sells to them or works beside
// them; it does not do their work.
const NAMES_PEOPLE = /^[\s-]*(?:managers?|leads?|leaders?|teams?|directors?|heads?|agencies|professionals|specialists|experts|marketers)\b/;
const dutyHits = (re: Matcher, norm: string) => findAll(re, norm).filter((h) => !NAMES_PEOPLE.test(norm.slice(h.end)));

function distinctHits(re: Matcher, sentences: readonly Sentence[]): { count: number; first?: Sentence } {
  const seen = new Set<string>();
  let first: Sentence | undefined;
  for (const s of sentences) {
    for (const h of dutyHits(re, s.norm)) {
      if (!seen.has(h.text)) {
        seen.add(h.text);
        first ??= s;
      }
    }
  }
  return { count: seen.size, first };
}

/** The borderline rule (taxonomy §1): another job's title is still digital marketing when at
 *  least half of the duties it lists are. The duties section when the posting has one, else the
 *  whole body; a body of one or two sentences says too little to weigh. */
function mostlyMarketing(body: readonly Sentence[]): boolean {
  const duties = body.filter((s) => s.part === 'duties');
  const pool = duties.length >= 3 ? duties : body;
  if (pool.length < 3) return false;
  const marketing = pool.filter(
    (s) => (test(DM_DUTIES, s.norm) && dutyHits(DM_DUTIES, s.norm).length > 0) || platformWork([s]).count > 0,
  ).length;
  return marketing * 2 >= pool.length;
}

// Growth with a role and nothing else of marketing in the title: "Growth Manager", "Head of Growth".
const BARE_GROWTH = phrases('growth manager', 'growth lead', 'head of growth', 'growth director', 'director of growth');
// Any mark of marketing work in a sentence: its words, campaigns, audiences, brands, content,
// channels, in English, German and Arabic.
const MARKETING_WORK =
  /\b(?:marketing|marketer|campaigns?|audiences?|personas?|brand(?:ing)?|content|seo|sem|ads|advertising|funnels?|conversion|acquisition|retention|lifecycle|newsletters?|social|influencers?|affiliates?|push|e-?mails?|sms|messaging|crm|referrals?|onboarding|activation|experiments?|kampagne\w*|werbung)\b|تسويق|حمل(?:ه|ات)|اعلان|جمهور|محتوي|سوشيال|براند/;
const marketingIn = (sentences: readonly Sentence[], duties: number, online: Sentence | undefined) =>
  duties > 0 || Boolean(online) || platformWork(sentences).count > 0 || sentences.some((s) => MARKETING_WORK.test(s.norm));
function growthOnly(norm: string): boolean {
  if (!test(BARE_GROWTH, norm)) return false;
  const rest = removeAll(BARE_GROWTH, norm);
  return !test(STRONG_TITLE, rest) && !channelRole(rest);
}

// What follows an @, or a dash and an organisation noun, names the employer, not the role: "Head
// of Growth @ Legal Co", "محاسب - شركة تسويق إلكتروني", "Accountant – Digital Marketing Agency".
// So does a sector, named as one or by its trade: "أخصائي تسويق رقمي – قطاع عقاري", "SEO
// Specialist – Healthcare sector", "مدير تسويق - تطوير عقاري", "Marketing Manager – Real Estate".
const EMPLOYER_AFTER_DASH =
  /\s[-–—|]\s(?:(?:a|an|the|for|at|في|لدي)\s)?(?:(?:digital |online |marketing )*(?:agency|company|firm|startup|studio)\b|شركه|وكاله|موسسه|متجر|مجموعه|قطاع|(?:\S+ )?(?:sector|industry)\b|(?:ال)?(?:تطوير |استثمار )?(?:ال)?عقار(?:ي|يه|ات)(?=\s|$)|real estate\b|property development\b)/;
// "مطلوب منسق محتوى لشركة عقارية بالرياض": the company's field after "for a company" is the
// employer's, not the role's (a real-estate company's content coordinator is not a real-estate
// marketer).
// A chain, a brand, a centre or a hall is a client as a company is: "لسلسلة مخابز", "لعلامة ملابس".
const ORGANISATION = 'شركه|وكاله|موسسه|مكتب|مصنع|مجموعه|مطعم|عياده|مستشفي|فندق|مدرسه|سلسله|علامه|مركز|صالون|جمعيه';
const FOR_A_COMPANY = new RegExp(String.raw`(?:^|\s)(?:ل|لدي |في |ب)(?:ال)?(?:${ORGANISATION}|متجر|موقع|منصه|تطبيق|براند|قاعه)(?:\s|$).*$`);
// The company whose blog, page or store it is: "مقالات سيو لمدونة شركة عقارات" keeps the blog
// and drops the company's trade.
const COMPANY_OF_A_CHANNEL = new RegExp(
  String.raw`(?<=(?:^|\s)(?:ل|ب)(?:ال)?(?:مدونه|صفحه|حساب|قناه|موقع|متجر) )(?:ال)?(?:${ORGANISATION})(?:\s|$).*$`,
);
// "Product Marketing Manager, Integrations": a product area after the comma, not the role.
const AREA_AFTER_COMMA = /,\s*(?:[\p{L}\d&/-]+\s+){0,2}(?:integrations?|apis?)\s*$/u;
// "Virtual Assistant to the Marketing Director": the role is the assistant's, not the director's.
const ASSISTANT_TO = /\b(?:assistant|assistent\S*|secretary|sekretär\S*|pa|ea)\s+(?:to|für|of)\s.*$/;
// "Receptionist at a Digital Marketing Agency": the agency's trade is the employer's, not the role's.
const EMPLOYER_AT =
  /\s(?:at|bei) (?:a|an|the|our|einer|einem|der|unserer) (?:[\p{L}&-]+ ){0,4}?(?:agency|company|firm|startup|start-up|studio|agentur|unternehmen)\b.*$/u;
function withoutEmployer(norm: string): string {
  const beforeAt = norm.split(/\s@\s/)[0] ?? norm;
  const dash = EMPLOYER_AFTER_DASH.exec(beforeAt);
  const role = (dash ? beforeAt.slice(0, dash.index) : beforeAt)
    .replace(COMPANY_OF_A_CHANNEL, '')
    .replace(FOR_A_COMPANY, '')
    .replace(EMPLOYER_AT, '')
    .replace(AREA_AFTER_COMMA, '');
  const to = ASSISTANT_TO.exec(role);
  return to ? role.slice(0, to.index + to[0].split(/\s+/)[0]!.length) : role;
}

// The role the posting says it hires, in its own sentence: "we are looking for a media buyer to…",
// "we're hiring an SEO specialist who…", "نبحث عن أخصائي سوشيال ميديا ل…".
const HIRING_ROLE =
  /^(?:we are|we're|we’re|we) (?:looking for|seeking|hiring|searching for|currently looking for) (?:an? |our (?:first |next )?)?(?:experienced |talented |skilled |passionate |motivated |senior |junior |remote |freelance )*([^,.;:!?()]{3,60}?)(?= to | who | that | with | for | in | at | based | join|[,.;:!?(]|$)|^(?:نبحث عن|نحتاج|مطلوب) ([^،,.;:!?()]{3,40}?)(?= ل| للعمل| للانضمام| يكون| في| من|[،,.;:!?(]|$)/;
function roleNamedIn(norm: string): boolean {
  const m = HIRING_ROLE.exec(norm);
  const role = m?.[1] ?? m?.[2];
  return Boolean(role) && test(STRONG_TITLE, role!) && !test(OTHER_JOB_TITLE, role!);
}

export function decideDigitalMarketing(sentences: readonly Sentence[]): { isDm: boolean; evidence: string[] } {
  const fullTitle = sentences[0];
  if (!fullTitle) return { isDm: false, evidence: [] };
  // "Head of Growth @ Legal Co": what follows the @ names the company, not the role.
  const title = { ...fullTitle, norm: qualifierFirst(withoutEmployer(fullTitle.norm)) };
  // "Content Designer" is UX work, unless the title also names a marketing role ("Content Designer & Copywriter").
  // "Content Designer – Social & Paid" designs for the marketing channels it names.
  if (
    test(NOT_MARKETING_TITLE, title.norm) &&
    !test(STRONG_TITLE, removeAll(NOT_MARKETING_TITLE, title.norm)) &&
    !FOR_MARKETING_CHANNELS.test(title.norm)
  )
    return { isDm: false, evidence: [fullTitle.original] };
  if (test(ACADEMIC_TITLE, title.norm) || COURSE_MAKING.test(title.norm) || test(JOB_AD, title.norm))
    return { isDm: false, evidence: [fullTitle.original] };
  // "مدرب إعلانات فيسبوك" teaches; "إدارة مجموعة فيسبوك لطلاب مدرسة لغات" runs a group for a
  // school (مدرسة is also "school"): the work on a platform named first is the role.
  const teaching = findAll(TEACHING_TITLE, title.norm)[0];
  const platformAt = teaching ? platformWorkAt(title.norm) : -1;
  if (teaching && !(platformAt >= 0 && platformAt < teaching.index)) return { isDm: false, evidence: [fullTitle.original] };
  if (test(SUPPORT_AGENT, title.norm) && !test(STRONG_TITLE, removeAll(SUPPORT_AGENT, title.norm).replace(SUPPORT_CHANNELS, ' ')))
    return { isDm: false, evidence: [fullTitle.original] };
  if (offlineMediaTitle(title.norm)) return { isDm: false, evidence: [fullTitle.original] };
  // The company's description of itself ("we sell advertising in print and online") is not the job.
  const body = sentences.slice(1).filter((s) => s.part !== 'company' && s.part !== 'benefits' && !describesCompany(s) && !notThisRole(s));
  // Network marketing is out whatever its title calls it (taxonomy §1).
  const scheme = body.find((s) => test(NETWORK_MARKETING, s.norm));
  if (scheme) return { isDm: false, evidence: [title.original, scheme.original] };
  // Two marks of a newsroom under an editorial title: the newsletter is the news. Not when the
  // title names marketing work besides ("Audience Development Editor" grows the readership).
  if (EDITORIAL_TITLE.test(title.norm) && !test(STRONG_TITLE, title.norm.replace(EDITORIAL_WORDS, ' '))) {
    const news = distinctHits(NEWSROOM, sentences.slice(1));
    if (news.count >= 2) return { isDm: false, evidence: [title.original, news.first!.original] };
  }
  // A writer asked for a novel or stories writes literature, not marketing copy, unless the body
  // also names marketing duties.
  if (EDITORIAL_TITLE.test(title.norm)) {
    const book = body.find((s) => test(LITERARY_WORK, s.norm));
    if (book && distinctHits(DM_DUTIES, body).count === 0) return { isDm: false, evidence: [title.original, book.original] };
  }
  // A title that names work on a platform ("يدير حسابات السناب", "Manage our Instagram") names the role.
  const strong =
    !DESIGN_TASK.test(title.norm) &&
    (test(STRONG_TITLE, title.norm) || channelRole(title.norm) || NAMED_CAMPAIGN.test(title.norm) || platformWork([title]).count > 0);
  const generic = test(GENERIC_TITLE, title.norm);
  const neighbour = test(NEIGHBOUR_TITLE, title.norm);
  // "SEO Account Manager" manages SEO accounts: the channel claims the role noun it qualifies.
  // The school of "لطلاب مدرسة لغات" after the platform work is whom the work is for, not a role.
  const roleWords = teaching ? title.norm.slice(0, teaching.index) : title.norm;
  const other = test(OTHER_JOB_TITLE, removeAll(CHANNEL_ROLE_WORDS, roleWords).replace(CHANNEL_ROLE_RE, ' '));
  const duties = distinctHits(DM_DUTIES, body);
  const online =
    body.find((s) => test(ONLINE_CHANNEL, withoutFieldOfStudy(s.norm))) ?? (test(ONLINE_CHANNEL, title.norm) ? title : undefined);
  const yes = (...extra: (Sentence | undefined)[]) => ({
    isDm: true,
    evidence: [title.original, ...extra.filter((s): s is Sentence => Boolean(s) && s !== title).map((s) => s.original)],
  });
  const no = { isDm: false, evidence: [title.original] };

  // "Growth Manager – SME Lending" grows a loan book: growth alone names marketing only when the
  // posting shows some marketing work or an online channel somewhere ("Join our marketing team"
  // counts here).
  if (strong && !other && growthOnly(title.norm) && body.length && !marketingIn(sentences.slice(1), duties.count, online)) return no;
  // "Digital Marketing Specialist" who makes 120 calls a day: the title is not the job when two of
  // its duties are calling (or calling and closing the sale) and none is marketing work (telesales
  // is out, taxonomy §1).
  // A lead-in that restates the title ("As a Digital Marketing Specialist you will:") is not one.
  // One sentence that both calls and closes ("الاتصال بالعملاء … وإتمام البيع") says both.
  const selling = strong && !other ? body.filter((s) => CALLING.test(s.norm) || CLOSING.test(s.norm)) : [];
  const sellingDuties = selling.length + selling.filter((s) => CALLING.test(s.norm) && CLOSING.test(s.norm)).length;
  if (sellingDuties >= 2 && selling.some((s) => CALLING.test(s.norm))) {
    const work = body.filter((s) => !NOT_A_DUTY.test(s.norm));
    if (distinctHits(DM_DUTIES, work).count === 0 && platformWork(work).count === 0) return no;
  }
  if (strong && !other) return yes();
  // A title the lexicon does not know ("Integrated Media Manager") with the role named in the body:
  // "We are looking for a media planner and buyer to join…".
  // Not under a design task's title: "مطلوب تصميم 30 بوست سوشيال ميديا" names the posts' channel, not a role.
  const named = !strong && !other && !DESIGN_TASK.test(title.norm) ? body.find((s) => roleNamedIn(s.norm)) : undefined;
  if (named) return yes(named);
  // A design task as the title ("تصميم 20 بوست من نصوص جاهزة", "Design 10 Instagram posts") is
  // production, as a designer's title is: in only when the body asks for marketing work besides
  // the designs, their versions and a portfolio of past designs. Read before a generic word in it can
  // count as a marketing title ("تصميم 5 كريتيف لإعلانات سناب").
  if (DESIGN_TASK.test(title.norm)) {
    const marketing = dutiesBesideDesigns(body);
    return marketing.count >= 2 ? yes(marketing.first) : no;
  }
  // "Account Executive, Digital Advertising" sells the ads: a sales role needs most of its duties to be marketing.
  // "Marketing Operations Engineer" builds the integrations: an engineer too.
  // "Graphic Designer (Social Media Posts)": a designer whose title names the posts made, not a
  // second role, counts duties without the designs made to a brief, as under a design title below
  // ("مصمم سوشيال ميديا ومحتوى" names the work itself and keeps every duty).
  if (strong && other) {
    const own = test(CREATIVE_PRODUCTION, title.norm) && DESIGNED_THINGS.test(title.norm) ? dutiesBesideDesigns(body) : duties;
    return own.count >= 2 && (!(test(SELLER, title.norm) || test(ENGINEERING, title.norm)) || mostlyMarketing(body)) ? yes(own.first) : no;
  }
  // "Sales & Marketing", "مبيعات وتسويق": in when marketing through online channels is described.
  if (generic && other) {
    const onlyDepartment =
      test(SALES_DEPARTMENT, title.norm) &&
      !test(SALES_ROLE, title.norm) &&
      !test(OTHER_JOB_TITLE, removeAll(SALES_DEPARTMENT, title.norm));
    // "Data Engineer, Marketing Data": marketing names the engineer's domain; in only when most of the
    // duties are marketing, as for a seller.
    const mustBeMostly = test(SELLER, title.norm) || test(ENGINEERING, title.norm);
    return online && duties.count >= (onlyDepartment ? 1 : 2) && (!mustBeMostly || mostlyMarketing(body)) ? yes(duties.first) : no;
  }
  if (generic) return online ? yes(online) : no;
  if (other) {
    const creative = test(CREATIVE_PRODUCTION, title.norm) && !test(OTHER_JOB_TITLE, removeAll(CREATIVE_PRODUCTION, title.norm));
    // Editing or designing for a platform is production, not marketing: a creative title needs
    // marketing duties themselves.
    const platforms = platformWork(body);
    const work = duties.count + Math.min(platforms.count, 2);
    // Designing social media posts to someone else's brief is production, not marketing work.
    const creativeDuties = creative
      ? distinctHits(
          DM_DUTIES,
          body.filter((s) => !TO_A_BRIEF.test(s.norm)),
        )
      : duties;
    return (creative ? creativeDuties.count >= 2 : work >= 2 && mostlyMarketing(body)) ? yes(duties.first ?? platforms.first) : no;
  }
  // A neighbouring title ("E-commerce Coordinator") is in when the duties are marketing: work on
  // online platforms ("promote them through Meta ads and our Instagram") counts as for an unusual title.
  if (neighbour) {
    const platforms = platformWork(body);
    return duties.count + Math.min(platforms.count, 2) >= 2 ? yes(duties.first ?? platforms.first) : no;
  }
  // An unusual title: in when the duties are plainly digital marketing. Work on two online
  // platforms counts as two duties; a title that names no role ("مطلوب موظفة") leaves the body
  // to say what the job is, so two duties do.
  const platforms = platformWork(body);
  const evidence = Math.min(platforms.count, 2) + duties.count;
  return evidence >= (rolelessTitle(title.norm) ? 2 : 3) ? yes(duties.first ?? platforms.first) : no;
}
