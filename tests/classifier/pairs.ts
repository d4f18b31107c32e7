// Minimal pairs for the classifier: one phrase changes and exactly one decision flips (or one
// skill label). Written for this project; each names the hard case it pins.
import type { Hints, SkillId } from '../../lib/taxonomy';

export type Side = { title: string; text: string; hints?: Hints; source?: string; location?: string };
export type Decision = 'digitalMarketing' | 'engagement' | 'workplace' | SkillId;
export type Pair = { name: string; decision: Decision; a: Side; b: Side; expect: [unknown, unknown] };

const side = (title: string, text: string, extra: Partial<Side> = {}): Side => ({ title, text, ...extra });
/** Same title and extras, two texts. */
const texts = (name: string, decision: Decision, title: string, a: string, b: string, expect: [unknown, unknown], extra: Partial<Side> = {}): Pair =>
  ({ name, decision, a: side(title, a, extra), b: side(title, b, extra), expect });
/** Same text and extras, two titles. */
const titles = (name: string, decision: Decision, a: string, b: string, text: string, expect: [unknown, unknown], extra: Partial<Side> = {}): Pair =>
  ({ name, decision, a: side(a, text, extra), b: side(b, text, extra), expect });
/** A skill asked for, or not. */
const skill = (id: SkillId, title: string, neutral: string, duty: string, intro: string): Pair =>
  texts(`${id}: "${duty}"`, id, title, `${intro}\n${neutral}`, `${intro}\n${duty}`, [false, true]);

const EN_INTRO = 'Join our marketing team. Full-time, permanent. Based in our Leeds office.';
const EN_NEUTRAL = 'You will attend our weekly planning meeting.';

export const EN_PAIRS: Pair[] = [
  // Workplace
  texts('negated remote', 'workplace', 'Content Marketing Manager', 'This is a remote position.', 'This is not a remote position.', ['remote', 'onsite'], { location: 'Austin, TX' }),
  texts('no work from home', 'workplace', 'SEO Specialist', 'Work from home every day.', 'No work from home: you will be in the office daily.', ['remote', 'onsite'], { location: 'Leeds' }),
  texts('remote interviews are not remote work', 'workplace', 'Social Media Specialist', 'We hold remote interviews, then you join us in our Berlin office.', 'We hold video interviews, and the job is fully remote.', ['onsite', 'remote'], { location: 'Berlin' }),
  texts('remote sensing is not remote work', 'workplace', 'Marketing Analyst', 'Experience with remote sensing data is a plus.', 'Experience with satellite data is a plus. The role is remote.', ['onsite', 'remote'], { location: 'Denver, CO' }),
  texts('remote at first, then on-site', 'workplace', 'Growth Marketer', 'Remote for the first 3 months, then on-site in Madrid.', 'Remote for as long as you like, from anywhere in Spain.', ['hybrid', 'remote'], { location: 'Madrid' }),
  texts('hybrid days in the office', 'workplace', 'Email Marketing Manager', 'Hybrid: three days a week in the office.', 'Remote: you never need to come to an office.', ['hybrid', 'remote'], { location: 'Lisbon' }),
  texts('hybrid cloud is a product, not a workplace', 'workplace', 'Product Marketing Manager', 'We market hybrid cloud software. The role is based in our Paris office.', 'We market hybrid cloud software. The role is hybrid, two days in our Paris office.', ['onsite', 'hybrid'], { location: 'Paris' }),
  texts('a virtual assistant product is not remote work', 'workplace', 'Marketing Coordinator', 'Launch our virtual assistant product on social media.', 'Launch our new product on social media. Work from anywhere.', ['onsite', 'remote'], { location: 'Chicago' }),
  texts('a remote board’s default yields to the text', 'workplace', 'Social Media Manager', 'Grow our Instagram.', 'Grow our Instagram. This role is on-site in our London office.', ['remote', 'onsite'], { source: 'remotive' }),
  { name: 'a workplace field beats a bare remote flag', decision: 'workplace', a: side('SEO Manager', 'Own our SEO.', { hints: { remote: true, workplace: 'Hybrid' } }), b: side('SEO Manager', 'Own our SEO.', { hints: { remote: true } }), expect: ['hybrid', 'remote'] },
  texts('distributed team versus one office', 'workplace', 'Lifecycle Marketer', 'Our team is distributed across time zones and works remotely.', 'Our team works together at our office in Lisbon.', ['remote', 'onsite']),
  texts('quarterly visits are still remote', 'workplace', 'Demand Generation Manager', 'Fully remote, with a team trip about once a quarter.', 'Two days a week at our Austin office, the rest from home, hybrid.', ['remote', 'hybrid']),
  texts('nothing said is unknown', 'workplace', 'Copywriter', 'Write our ads.', 'Write our ads at our office.', ['unknown', 'onsite']),
  texts('remote-first versus in-office', 'workplace', 'Brand Marketing Lead', 'We are a remote-first company.', 'We are an in-office company.', ['remote', 'onsite'], { location: 'Toronto' }),
  texts('German home office is a hybrid arrangement', 'workplace', 'Online Marketing Manager', 'Homeoffice an zwei Tagen pro Woche.', 'Komplett remote aus ganz Deutschland.', ['hybrid', 'remote'], { location: 'Hamburg' }),
  texts('cannot work remotely', 'workplace', 'Performance Marketing Manager', 'You can work remotely in this role.', 'You cannot work remotely in this role.', ['remote', 'onsite'], { location: 'Dublin' }),
  // Engagement
  texts('freelance versus permanent', 'engagement', 'Content Writer', 'This is a freelance role.', 'This is a permanent role.', ['freelance', 'employee']),
  texts('managing freelancers is not freelance', 'engagement', 'Content Lead', 'You will manage freelancers.', 'You will join us as a freelancer.', ['unknown', 'freelance']),
  texts('working independently is not freelance', 'engagement', 'SEO Writer', 'Work independently on our blog.', 'Work as an independent contractor on our blog.', ['unknown', 'freelance']),
  texts('hourly contractor versus hourly staff', 'engagement', 'PPC Specialist', '1099 contractor, billed hourly.', 'Hourly wage with health insurance and paid leave.', ['freelance', 'employee']),
  texts('contract negotiation is not a contract role', 'engagement', 'Partnership Marketing Manager', 'Contract negotiation with partners is part of the job.', 'This is a 6-month contract role.', ['unknown', 'freelance']),
  { name: 'the board’s own field', decision: 'engagement', a: side('Email Marketer', 'Run our newsletter.', { hints: { employmentType: 'Contract' } }), b: side('Email Marketer', 'Run our newsletter.', { hints: { employmentType: 'Full-time' } }), expect: ['freelance', 'employee'] },
  { name: 'a field listing a staff type means employee', decision: 'engagement', a: side('Media Buyer', 'Buy media.', { hints: { employmentType: 'Full Time, Freelance / Project' } }), b: side('Media Buyer', 'Buy media.', { hints: { employmentType: 'Freelance / Project' } }), expect: ['employee', 'freelance'] },
  { name: 'the text beats the field', decision: 'engagement', a: side('SEO Consultant', 'This is a freelance position.', { hints: { employmentType: 'full_time' } }), b: side('SEO Consultant', 'Own our rankings.', { hints: { employmentType: 'full_time' } }), expect: ['freelance', 'employee'] },
  texts('a salary says staff', 'engagement', 'Marketing Specialist', 'Salary of $60k plus benefits. Run our social media.', 'Run our social media.', ['employee', 'unknown']),
  texts('an internship is staff', 'engagement', 'Social Media Assistant', 'A summer internship for students.', 'Help us with social media.', ['employee', 'unknown']),
  texts('per project versus monthly salary', 'engagement', 'Video Content Creator', 'Paid per project.', 'Paid a monthly salary.', ['freelance', 'employee']),
  texts('a fixed-term staff contract is employee', 'engagement', 'Communications Officer (Digital)', '12-month fixed-term post with a pension, on the staff.', '12-month engagement as a contractor, invoiced monthly.', ['employee', 'freelance']),
  texts('B2B contract versus employment', 'engagement', 'Growth Marketing Manager', 'Cooperation on a B2B contract.', 'A permanent employment contract.', ['freelance', 'employee']),
  texts('a freelance marketplace is freelance unless the brief hires staff', 'engagement', 'SEO for my store', 'Improve the rankings of my online store.', 'Improve the rankings of my online store. Full-time staff position with a monthly salary.', ['freelance', 'employee'], { source: 'mostaql' }),
  texts('German working student versus fee basis', 'engagement', 'Social Media Manager (m/w/d)', 'Anstellung als Werkstudent.', 'Zusammenarbeit auf Honorarbasis.', ['employee', 'freelance']),
  texts('a volunteer role says neither', 'engagement', 'Social Media Helper', 'A volunteer role for our charity.', 'A part-time role for our charity.', ['unknown', 'employee']),
  // Digital marketing or not
  titles('sales rep versus digital marketer', 'digitalMarketing', 'Sales Representative', 'Digital Marketing Specialist', 'Grow sales in the region.', [false, true]),
  texts('a generic marketing title needs an online channel', 'digitalMarketing', 'Marketing Manager', 'Plan trade fairs and print brochures.', 'Plan trade fairs and run our social media and email campaigns.', [false, true]),
  titles('telemarketing is not digital marketing', 'digitalMarketing', 'Telemarketing Agent', 'Email Marketing Agent', 'Reach our customers every day.', [false, true]),
  titles('an engineer at a marketing company is not a marketer', 'digitalMarketing', 'Software Engineer', 'SEO Specialist', 'Join a fast-growing marketing agency.', [false, true]),
  titles('a technical writer is not a content marketer', 'digitalMarketing', 'Technical Writer', 'Content Writer', 'Write for our product.', [false, true]),
  titles('network marketing is out', 'digitalMarketing', 'Network Marketing Distributor', 'Affiliate Marketing Manager', 'Build your own network of partners.', [false, true]),
  titles('an account executive sells', 'digitalMarketing', 'Account Executive', 'Paid Social Manager', 'Work with our B2B customers.', [false, true]),
  titles('support versus community', 'digitalMarketing', 'Customer Support Specialist', 'Community Manager', 'Answer our users on Discord and social media.', [false, true]),
  titles('an accountant at an agency', 'digitalMarketing', 'Accountant', 'Media Buyer', 'Join our marketing agency in Cairo.', [false, true]),
  texts('a brand manager needs online channels', 'digitalMarketing', 'Brand Manager', 'Manage packaging and retail displays.', 'Manage our Instagram account and website.', [false, true]),
  texts('a video editor making marketing content', 'digitalMarketing', 'Video Editor', 'Edit wedding films for our clients.', 'Create TikTok ads and YouTube content for our marketing campaigns and social media channels.', [false, true]),
  titles('German: sales versus online marketing', 'digitalMarketing', 'Vertriebsmitarbeiter (m/w/d)', 'Online-Marketing-Manager (m/w/d)', 'Du betreust unsere Kunden.', [false, true]),
  titles('a graphic designer versus a social media specialist', 'digitalMarketing', 'Graphic Designer', 'Social Media Specialist', 'Design our posts.', [false, true]),
  titles('a generic marketing assistant with the website named', 'digitalMarketing', 'Marketing Assistant', 'Receptionist', 'Update our website.', [true, false]),
  // Skills
  skill('marketing-sales', 'Digital Marketing Specialist', EN_NEUTRAL, 'Build our go-to-market plan for new products.', EN_INTRO),
  skill('marketing-sales', 'Growth Marketer', EN_NEUTRAL, 'Own lead generation for the sales team.', EN_INTRO),
  skill('channels', 'Digital Marketing Specialist', EN_NEUTRAL, 'Run our email newsletter.', EN_INTRO),
  skill('channels', 'Growth Marketer', EN_NEUTRAL, 'Recruit influencers for product launches.', EN_INTRO),
  skill('analytics', 'Digital Marketing Specialist', EN_NEUTRAL, 'Report weekly KPIs from GA4.', EN_INTRO),
  skill('analytics', 'Growth Marketer', EN_NEUTRAL, 'Design A/B tests for our landing flows.', EN_INTRO),
  skill('audience', 'Digital Marketing Specialist', EN_NEUTRAL, 'Interview customers to build personas.', EN_INTRO),
  skill('audience', 'Growth Marketer', EN_NEUTRAL, 'Map the customer journey of new buyers.', EN_INTRO),
  skill('online-ads', 'Digital Marketing Specialist', EN_NEUTRAL, 'Run Google Ads campaigns.', EN_INTRO),
  skill('online-ads', 'Growth Marketer', EN_NEUTRAL, 'Set up retargeting for visitors who did not buy.', EN_INTRO),
  skill('content', 'Digital Marketing Specialist', EN_NEUTRAL, 'Write two blog posts a week.', EN_INTRO),
  skill('content', 'Growth Marketer', EN_NEUTRAL, 'Plan our editorial calendar.', EN_INTRO),
  skill('team-management', 'Digital Marketing Specialist', EN_NEUTRAL, 'Lead a team of three specialists.', EN_INTRO),
  skill('team-management', 'Growth Marketer', EN_NEUTRAL, 'Mentor junior marketers and hire two more.', EN_INTRO),
  skill('audience-analytics', 'Digital Marketing Specialist', EN_NEUTRAL, 'Group subscribers into cohorts by behaviour.', EN_INTRO),
  skill('audience-analytics', 'Growth Marketer', EN_NEUTRAL, 'Build demographic segments of our buyers.', EN_INTRO),
  skill('ad-oversight', 'Digital Marketing Specialist', EN_NEUTRAL, 'Allocate the marketing budget between channels.', EN_INTRO),
  skill('ad-oversight', 'Growth Marketer', EN_NEUTRAL, 'Approve the ad spend of each quarter.', EN_INTRO),
  skill('social-web', 'Digital Marketing Specialist', EN_NEUTRAL, 'Manage our website in WordPress.', EN_INTRO),
  skill('social-web', 'Growth Marketer', EN_NEUTRAL, 'Grow our followers on LinkedIn.', EN_INTRO),
  skill('creative-ideas', 'Digital Marketing Specialist', EN_NEUTRAL, 'Brainstorm creative concepts for campaigns.', EN_INTRO),
  skill('creative-ideas', 'Growth Marketer', EN_NEUTRAL, 'Bring fresh ideas to every launch.', EN_INTRO),
  // Round two: concepts rather than phrasings (pay basis, the person, negation, a split week, hiring steps, role nouns, scope).
  texts('paid per article versus a salary', 'engagement', 'Content Writer', 'You are paid per article.', 'You are paid a monthly salary.', ['freelance', 'employee']),
  texts('commission only versus salary and commission', 'engagement', 'Affiliate Marketer', 'Paid on a commission-only basis.', 'Paid a salary plus commission.', ['freelance', 'employee']),
  texts('a negated pay basis says nothing', 'engagement', 'PPC Manager', 'This role is salaried and not commission-based.', 'This role is commission-based.', ['employee', 'freelance']),
  texts('a fixed-term post is staff', 'engagement', 'Social Media Officer', 'A fixed-term role for 12 months.', 'A 12-month contract role.', ['employee', 'freelance']),
  texts('the person: a freelancer', 'engagement', 'SEO Specialist', 'We are looking for a freelancer to run our SEO.', 'We are looking for a colleague to run our SEO.', ['freelance', 'unknown']),
  texts('a week split between home and office', 'workplace', 'Email Marketer', 'Two days a week from home, the rest at our Leeds office.', 'Every day at our Leeds office.', ['hybrid', 'onsite'], { location: 'Leeds' }),
  texts('remote interviews for an office job', 'workplace', 'Content Marketer', 'Interviews are held remotely; the job is in our Berlin office.', 'Interviews are held in person; the job is fully remote.', ['onsite', 'remote'], { location: 'Berlin' }),
  titles('a link builder is search marketing', 'digitalMarketing', 'Link Builder', 'Bricklayer', 'Join our team.', [true, false]),
  texts('working beside a team is not leading one', 'team-management', 'Content Marketing Manager', 'Work alongside our team of writers.', 'Lead our team of writers.', [false, true]),
  texts('posting on several platforms is not a channel strategy', 'channels', 'Digital Marketing Specialist', 'Post on multiple platforms.', 'Run our newsletter.', [false, true]),
  texts('what the company does is not a duty', 'channels', 'Digital Marketing Specialist', 'Plan our trade fairs.\nWe help brands grow with email marketing.', 'Plan our trade fairs.\nRun our email marketing.', [false, true]),
];

const AR_INTRO = 'انضم إلى فريقنا. دوام كامل من المكتب في القاهرة.';
const AR_NEUTRAL = 'حضور الاجتماع الأسبوعي مع الإدارة.';

export const AR_PAIRS: Pair[] = [
  // مكان العمل
  texts('نفي العمل عن بعد', 'workplace', 'أخصائي تسويق رقمي', 'العمل عن بعد.', 'لا يوجد عمل عن بعد، العمل من المكتب.', ['remote', 'onsite'], { location: 'القاهرة' }),
  texts('من المنزل أو حضوري', 'workplace', 'مسؤول سوشيال ميديا', 'الدوام من المنزل.', 'الدوام حضوري في المكتب.', ['remote', 'onsite']),
  texts('التعليم عن بعد ليس عملاً عن بعد', 'workplace', 'كاتب محتوى تسويقي', 'خبرة في منصات التعليم عن بعد.', 'خبرة في منصات التعليم، والعمل عن بعد بالكامل.', ['onsite', 'remote'], { location: 'الرياض' }),
  texts('هجين أو عن بعد', 'workplace', 'محلل تسويق', 'نظام هجين: يومان في المكتب.', 'العمل عن بعد بالكامل.', ['hybrid', 'remote'], { location: 'عمّان' }),
  texts('سوق العمل الحر عن بعد ما لم يُطلب الحضور', 'workplace', 'إدارة صفحات متجر', 'إدارة صفحات المتجر على إنستغرام.', 'إدارة صفحات المتجر على إنستغرام، ويشترط الحضور إلى مقرنا في الرياض.', ['remote', 'onsite'], { source: 'mostaql' }),
  texts('المقابلات عن بعد ليست عملاً عن بعد', 'workplace', 'أخصائي إعلانات ممولة', 'مقابلات عن بعد ثم العمل من المكتب.', 'المقابلة بالفيديو والعمل عن بعد.', ['onsite', 'remote'], { location: 'جدة' }),
  texts('لا موقع ولا ذكر', 'workplace', 'كاتب محتوى', 'كتابة مقالات المدونة.', 'كتابة مقالات المدونة من مقر الشركة.', ['unknown', 'onsite']),
  { name: 'حقل مكان العمل يغلب علامة العمل عن بعد', decision: 'workplace', a: side('مسوق رقمي', 'إدارة الحملات.', { hints: { workplace: 'هجين', remote: true } }), b: side('مسوق رقمي', 'إدارة الحملات.', { hints: { remote: true } }), expect: ['hybrid', 'remote'] },
  texts('التحكم عن بعد ليس عملاً عن بعد', 'workplace', 'مسوق منتجات', 'تسويق أنظمة التحكم عن بعد عبر الإنترنت.', 'تسويق أنظمتنا عبر الإنترنت، والعمل عن بعد.', ['unknown', 'remote']),
  texts('أونلاين أو من الفرع', 'workplace', 'مسؤول تسويق إلكتروني', 'العمل أونلاين.', 'العمل من الفرع الرئيسي.', ['remote', 'onsite']),
  texts('عن بعد في البداية ثم من المكتب', 'workplace', 'مدير سوشيال ميديا', 'عن بعد في البداية ثم من المكتب في دبي.', 'عن بعد دائماً ومن أي مكان.', ['hybrid', 'remote'], { location: 'دبي' }),
  texts('من أي مكان أو في مقر الشركة', 'workplace', 'مسوق عبر البريد الإلكتروني', 'يمكنك العمل من أي مكان عن بعد.', 'العمل في مقر الشركة.', ['remote', 'onsite']),
  // نوع التعاقد
  texts('عمل حر أو دوام كامل', 'engagement', 'كاتب محتوى', 'عمل حر.', 'دوام كامل.', ['freelance', 'employee']),
  texts('التعامل مع المستقلين ليس عملاً حراً', 'engagement', 'مدير محتوى', 'التنسيق مع المستقلين.', 'العمل كمستقل.', ['unknown', 'freelance']),
  texts('العمل بشكل مستقل ليس عملاً حراً', 'engagement', 'أخصائي سيو', 'القدرة على العمل بشكل مستقل.', 'العمل بنظام الفريلانس.', ['unknown', 'freelance']),
  texts('الراتب والتأمين', 'engagement', 'أخصائي تسويق رقمي', 'راتب شهري وتأمين صحي.', 'إدارة الحملات الرقمية.', ['employee', 'unknown']),
  texts('بالمشروع أو راتب ثابت', 'engagement', 'مصمم محتوى سوشيال ميديا', 'الدفع بالمشروع.', 'راتب ثابت.', ['freelance', 'employee']),
  texts('بالقطعة أو دوام جزئي', 'engagement', 'كاتب إعلانات', 'العمل بالقطعة.', 'دوام جزئي.', ['freelance', 'employee']),
  texts('متدرب', 'engagement', 'تسويق عبر وسائل التواصل الاجتماعي', 'مطلوب متدرب في قسم التسويق.', 'مطلوب شخص في قسم التسويق.', ['employee', 'unknown']),
  texts('مستقل سوق للعمل الحر ما لم يُطلب موظف', 'engagement', 'إدارة حملة إعلانية', 'حملة على فيسبوك لمتجري.', 'حملة على فيسبوك لمتجري، ومطلوب موظف بدوام كامل.', ['freelance', 'employee'], { source: 'mostaql' }),
  texts('المكتب أو المنزل في سوق العمل الحر', 'workplace', 'كتابة منشورات', 'كتابة منشورات لصفحتنا.', 'كتابة منشورات لصفحتنا مع الحضور للمكتب يومياً.', ['remote', 'onsite'], { source: 'mostaql' }),
  titles('مونتير أم صانع محتوى تسويقي', 'digitalMarketing', 'مونتير', 'صانع محتوى', 'مونتاج فيديوهات حفلات الزفاف.', [false, true]),
  texts('عقد مؤقت أو وظيفة دائمة', 'engagement', 'مسؤول تسويق رقمي', 'عقد مؤقت لمدة ثلاثة أشهر.', 'وظيفة دائمة.', ['freelance', 'employee']),
  texts('إدارة المستقلين', 'engagement', 'مدير تسويق رقمي', 'إدارة المستقلين والوكالات.', 'التعاقد بنظام العقد المؤقت.', ['unknown', 'freelance']),
  texts('مطلوب موظفة', 'engagement', 'أخصائية سوشيال ميديا', 'مطلوب موظفة لإدارة صفحات الشركة.', 'مطلوب من يدير صفحات الشركة.', ['employee', 'unknown']),
  texts('فريلانس أو تأمينات', 'engagement', 'ميديا باير', 'العمل فريلانس.', 'تأمينات اجتماعية.', ['freelance', 'employee']),
  // تسويق رقمي أم لا
  titles('مندوب مبيعات أم تسويق إلكتروني', 'digitalMarketing', 'مندوب مبيعات', 'أخصائي تسويق إلكتروني', 'العمل في منطقة القاهرة.', [false, true]),
  titles('التسويق العقاري ليس تسويقاً رقمياً', 'digitalMarketing', 'تسويق عقاري', 'تسويق رقمي', 'للعمل في شركة التطوير العقاري.', [false, true]),
  titles('التسويق الهاتفي', 'digitalMarketing', 'تسويق هاتفي', 'تسويق عبر البريد الإلكتروني', 'التواصل مع العملاء يومياً.', [false, true]),
  texts('عنوان تسويق عام يحتاج قناة رقمية', 'digitalMarketing', 'أخصائي تسويق', 'توزيع المطبوعات في المعارض.', 'إدارة صفحات التواصل الاجتماعي.', [false, true]),
  titles('محاسب في وكالة تسويق', 'digitalMarketing', 'محاسب', 'كاتب محتوى', 'للعمل في وكالة تسويق.', [false, true]),
  titles('مطور أم سيو', 'digitalMarketing', 'مطور ووردبريس', 'مسؤول تحسين محركات البحث', 'للعمل على موقع الشركة.', [false, true]),
  titles('مصمم أم مشرف صفحات', 'digitalMarketing', 'مصمم جرافيك', 'مشرف صفحات', 'للعمل مع فريق الشركة.', [false, true]),
  titles('التسويق الشبكي', 'digitalMarketing', 'تسويق شبكي', 'تسويق بالمؤثرين', 'التعاون مع المؤثرين على إنستغرام.', [false, true]),
  titles('خدمة العملاء أم إدارة المجتمع', 'digitalMarketing', 'خدمة عملاء', 'مدير مجتمع سوشيال ميديا', 'الرد على الرسائل يومياً.', [false, true]),
  titles('مندوب طبي أم ميديا باير', 'digitalMarketing', 'مندوب طبي', 'ميديا باير', 'للعمل في شركة أدوية.', [false, true]),
  titles('مهندس برمجيات أم مسوق رقمي', 'digitalMarketing', 'مهندس برمجيات', 'مسوق رقمي', 'للعمل في شركة ناشئة.', [false, true]),
  titles('سكرتيرة أم سوشيال ميديا', 'digitalMarketing', 'سكرتيرة', 'سوشيال ميديا', 'للعمل في مكتب محاماة.', [false, true]),
  texts('دوام حضوري أم من المنزل بالكامل', 'workplace', 'مسؤول تسويق بالمحتوى', 'الدوام حضوري في مقر الشركة بجدة.', 'الدوام من المنزل بالكامل.', ['onsite', 'remote']),
  texts('تأمين طبي أم الدفع بالقطعة', 'engagement', 'مصمم إعلانات سوشيال ميديا', 'تأمين طبي وإجازات سنوية.', 'الدفع بالقطعة لكل تصميم.', ['employee', 'freelance']),
  titles('مندوب مبيعات أم مسوق عبر المؤثرين', 'digitalMarketing', 'مندوب مبيعات ميداني', 'مسؤول التسويق عبر المؤثرين', 'التواصل مع المؤثرين على إنستغرام وتيك توك.', [false, true]),
  // المهارات
  skill('marketing-sales', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'وضع الخطة التسويقية للمنتجات الجديدة.', AR_INTRO),
  skill('marketing-sales', 'مسوق إلكتروني', AR_NEUTRAL, 'دراسة السوق والمنافسين.', AR_INTRO),
  skill('channels', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'إعداد النشرة البريدية الأسبوعية.', AR_INTRO),
  skill('channels', 'مسوق إلكتروني', AR_NEUTRAL, 'التعاون مع المؤثرين.', AR_INTRO),
  skill('analytics', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'إعداد تقارير أسبوعية عن النتائج.', AR_INTRO),
  skill('analytics', 'مسوق إلكتروني', AR_NEUTRAL, 'متابعة مؤشرات الأداء.', AR_INTRO),
  skill('audience', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'فهم الجمهور المستهدف واحتياجاته.', AR_INTRO),
  skill('audience', 'مسوق إلكتروني', AR_NEUTRAL, 'دراسة سلوك المستهلك.', AR_INTRO),
  skill('online-ads', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'إدارة إعلانات جوجل.', AR_INTRO),
  skill('online-ads', 'مسوق إلكتروني', AR_NEUTRAL, 'إطلاق الإعلانات الممولة.', AR_INTRO),
  skill('content', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'كتابة المحتوى والمقالات.', AR_INTRO),
  skill('content', 'مسوق إلكتروني', AR_NEUTRAL, 'إنتاج فيديوهات قصيرة.', AR_INTRO),
  skill('team-management', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'قيادة فريق من ثلاثة مصممين.', AR_INTRO),
  skill('team-management', 'مسوق إلكتروني', AR_NEUTRAL, 'إدارة العلاقات مع الوكالات الخارجية.', AR_INTRO),
  skill('audience-analytics', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'تقسيم العملاء إلى شرائح.', AR_INTRO),
  skill('audience-analytics', 'مسوق إلكتروني', AR_NEUTRAL, 'معرفة سلوك العملاء.', AR_INTRO),
  skill('ad-oversight', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'إدارة الميزانيات مع الوكالة.', AR_INTRO),
  skill('ad-oversight', 'مسوق إلكتروني', AR_NEUTRAL, 'الإشراف على الحملات.', AR_INTRO),
  skill('social-web', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'إدارة الموقع الإلكتروني.', AR_INTRO),
  skill('social-web', 'مسوق إلكتروني', AR_NEUTRAL, 'زيادة عدد المتابعين على تيك توك.', AR_INTRO),
  skill('creative-ideas', 'أخصائي تسويق رقمي', AR_NEUTRAL, 'ابتكار أفكار إبداعية للحملات.', AR_INTRO),
  skill('creative-ideas', 'مسوق إلكتروني', AR_NEUTRAL, 'تقديم أفكار جديدة كل شهر.', AR_INTRO),
  // الجولة الثانية: المفاهيم لا العبارات.
  texts('العمولة فقط أم راتب', 'engagement', 'مسوق عبر المؤثرين', 'العمل بنظام العمولة فقط.', 'راتب شهري ثابت.', ['freelance', 'employee']),
  texts('الدفع لكل مقال', 'engagement', 'كاتب محتوى', 'الدفع لكل مقال.', 'دوام كامل.', ['freelance', 'employee']),
  texts('أيام في الأسبوع من المنزل', 'workplace', 'أخصائي تسويق رقمي', 'العمل ثلاثة أيام في الأسبوع من المنزل.', 'العمل من المنزل بالكامل.', ['hybrid', 'remote'], { location: 'القاهرة' }),
  titles('مودريتور مشرف صفحات', 'digitalMarketing', 'مودريتور', 'محاسب', 'للعمل في شركتنا.', [true, false]),
  titles('تحسين الظهور في جوجل هو سيو', 'digitalMarketing', 'تحسين ظهور متجري في جوجل', 'تحسين أداء المبيعات', 'نحتاج شخصاً خبيراً.', [true, false]),
  texts('ميزانية المشروع ليست ميزانية إعلانات', 'ad-oversight', 'ميديا باير', 'تنفيذ الحملات الإعلانية، والميزانية المتاحة للمشروع 500 دولار.', 'تنفيذ الحملات الإعلانية وإدارة ميزانيتها.', [false, true]),
  texts('التصاميم الإبداعية ليست أفكاراً', 'creative-ideas', 'مسؤول سوشيال ميديا', 'تصاميم إبداعية للمنشورات.', 'اقتراح أفكار للمنشورات وتصاميمها.', [false, true]),
];
