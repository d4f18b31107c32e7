// Engagement: freelance / contract work versus a staff position (taxonomy §2). What the text
// states wins; then the source's field; then the board's default. "Full-time" alone is about
// hours, so it yields to a contract; salary, benefits, "permanent" and internships are staff.
import type { Engagement, Hints } from '../taxonomy';
import { findAll, phrases, test, type Matcher } from './lexicon';
import { FREELANCERS_WANTED, MENTIONS_FREELANCERS } from './freelancers-wanted';
import { negated } from './negation';
import { normaliseText } from './normalise';
import { describesCompany, type Sentence } from './segment';

const FREELANCE = phrases(
  'freelance',
  'freelancer (m/w/d)',
  'as a freelancer',
  'als freelancer',
  'contractor',
  'independent contractor',
  // The hires themselves, in the plural: "Agents are independent contractors", "to work as
  // Independent Contractors with us" (not "we work with independent contractors").
  'are independent contractors',
  'as independent contractors',
  'independent contract',
  '1099',
  'b2b contract',
  'b2b-vertrag',
  'b2b vertrag',
  'contract role',
  'contract roles',
  'contract position',
  'contract basis',
  'contract-based',
  'on a contract',
  'contract job',
  'contract opportunity',
  'contract work',
  'per project',
  'project basis',
  'project-based',
  'hourly contract',
  // Paid by the hour and nothing said of staff: "Hourly, about 10 hrs/week to start", "an
  // affiliate manager (hourly, ~8 hrs/week)". Beside staff terms the board's field decides.
  'hourly',
  'بالساعه',
  // A consultancy contract: "بعقد استشاري لمدة 3 أشهر".
  'عقد استشاري',
  'fixed-term project',
  'freelance / project',
  'freiberuflich*',
  'rechnungsbasis',
  'auf rechnungsbasis',
  'freie mitarbeit',
  'auf honorarbasis',
  'honorarbasis',
  'gig',
  'projektbasiert*',
  'عمل حر',
  // Egyptian and Levantine: "شغل حر من موبايلك".
  'شغل حر',
  // Maghrebi: paid by the project ("الخلاص على حساب المشروع").
  'علي حساب المشروع',
  'فريلانس',
  'فري لانس',
  'كمستقل',
  'بشكل حر',
  'العمل بالمشروع',
  'الدفع بالمشروع',
  'بنظام المشروع',
  'بالقطعه',
  // Paid by the project (taxonomy §2): "والاتفاق بالمشروع". Not بالمشروع alone: "الفعاليات الخاصة
  // بالمشروع" are the project's events.
  'الاتفاق بالمشروع',
  'اتفاق بالمشروع',
  'الدفع بالمشروع',
  'الشغل بالمشروع',
  'التعامل بالمشروع',
  'التعاقد بالمشروع',
  'الحساب بالمشروع',
  'المحاسبه بالمشروع',
  'بنظام العقد المؤقت',
  'بنظام الفريلانس',
  'عقد مؤقت',
  'مشروع مستقل',
  // Paid for the work, not the time: per piece (PIECE_RATE below), by commission alone, on a retainer.
  'per deliverable',
  'invoice us',
  'invoice monthly',
  'invoiced monthly',
  'send invoices',
  'submit invoices',
  'you invoice',
  'your invoice',
  'on a retainer',
  'on retainer',
  'retainer basis',
  'monthly retainer fee',
  'hourly rate',
  'hourly basis',
  'hourly engagement',
  'milestone payments',
  'paid per milestone',
  'paid by milestone',
  'invoiced against milestones',
  'fixed-price project',
  'fixed price project',
  'مصمم مستقل',
  'كاتب مستقل',
  'مسوق مستقل',
  'مترجم مستقل',
  'محرر مستقل',
  'مصور مستقل',
  'مونتير مستقل',
  'مطور مستقل',
  'مبرمج مستقل',
  'paid hourly',
  'paid by the hour',
  'billed hourly',
  'bill hourly',
  'hourly billing',
  'العمل بالساعه',
  'الدفع بالساعه',
  'بنظام الساعه',
  'contract-to-hire',
  'contract to hire',
  'commission only',
  'commission-only',
  'commission based',
  'commission-based',
  'commission basis',
  'on commission',
  '100% commission',
  'c2c',
  'corp-to-corp',
  'auf rechnung',
  'honorar',
  'pro artikel',
  'بنظام العموله',
  'على العموله',
  'عموله فقط',
  'بالعموله فقط',
  'عموله بس',
  'بالعموله بس',
  // Billed with an invoice, under a contract for services: "مبلغ شهري ثابت بفاتورة".
  'بفاتوره',
  // Maghrebi and French: billed by invoice as a self-employed auto-entrepreneur ("بالفاكتورة").
  'بالفاكتوره',
  'بفاكتوره',
  'auto-entrepreneur',
  'auto entrepreneur',
  'autoentrepreneur',
  'عقد خدمات',
  // Commission as the basis of the pay ("مسوقين من البيت بالعمولة"); a salary beside it is staff.
  'بالعموله',
  // A contract for a deliverable, paid in stages as it is delivered.
  'الدفع علي مراحل',
  'دفعات حسب الانجاز',
  'حسب الانجاز',
  'paid in milestones',
  'milestone payments',
  'paid per milestone',
  'لكل مقال',
  'لكل فيديو',
  'لكل تصميم',
  'لكل منشور',
  'للمقال الواحد',
  'سعر المقال',
  // Paid for what is produced or delivered, not for the time: "الأجر حسب الإنتاج", "payment
  // against delivery of the agreed outputs", an individual consultant's terms of reference.
  'الاجر حسب الانتاج',
  // A contract per course or task, for a lump sum (أجر مقطوع).
  'التعاقد لكل',
  'اجر مقطوع',
  'الاجر مقطوع',
  'مبلغ مقطوع',
  'الدفع حسب الانتاج',
  'المحاسبه حسب الانتاج',
  'مقابل تسليم',
  'مقابل المخرجات',
  'against delivery of',
  'paid on delivery',
  'payment on delivery',
  'payment upon delivery',
  // Paid in parts as the outputs arrive: "Payment in three instalments on delivery of: the strategy…".
  'on delivery of',
  'upon delivery of',
  'instalments on delivery',
  'installments on delivery',
  'individual consultant',
  'استشاري فردي',
  'مده التنفيذ',
  'مده التسليم',
  'عرض سعر',
  'عقد عمل حر',
  // A contractor's own company and the UK's contractor rules.
  'own limited company',
  'your own company',
  'ltd company',
  'limited company contractor',
  'outside ir35',
  'inside ir35',
  'ir35',
  'umbrella company',
  // A project brief on a marketplace: a bid, a price for the whole project, مستقل asked for as a role.
  'مطلوب مستقل',
  'ارسل عرضك',
  'قدم عرضك',
  'سعرك',
  'ميزانيه المشروع',
  'للمشروع كاملا',
  'تعاقد حر',
  'التعاقد الحر',
  'كمتعاقد',
  'بصفه متعاقد',
  'متعاقد مستقل',
  'مقاولين باطن',
  'مقاول باطن',
  'مقاول من الباطن',
  // The person: a freelancer, contractor or consultant rather than a member of staff.
  'freelancer',
  'as a contractor',
  'self-employed',
  'independent consultant',
  // Outside the staff and billing for it: "as an external consultant invoicing monthly".
  'external consultant',
  'consulting engagement',
  'invoicing monthly',
  'invoicing us',
  'consultant basis',
  'selbstständige tätigkeit',
  'als selbstständige*',
  'freiberufler*',
  'freier mitarbeiter',
  'freie mitarbeiterin',
  'فريلانسر',
  'كفريلانسر',
  'مستقل متخصص',
  // A fee for the work, not a wage for the time.
  'fixed fee',
  'flat fee',
  'project fee',
  // A price for the whole job, as marketplaces call it: "Fixed price of $900", "Festpreis".
  'fixed price',
  'fixed-price',
  'festpreis',
  // Paid by the day, or engaged for a fraction of a week as an executive for hire.
  'day rate',
  'daily rate',
  'tagessatz',
  'fractional',
  // A business-to-business agreement, a retainer, invoices, a freelance marketplace as the payer.
  'b2b basis',
  'b2b cooperation',
  'b2b agreement',
  'b2b engagement',
  'monthly retainer',
  'retainer of',
  // B2B as the contract form, a rate that is the person's own, no direct-hire terms.
  'prefer b2b',
  'b2b contracts',
  'your rate will depend',
  'your rate depends',
  'rate depends on your',
  'cooperation model',
  'rolling agreement',
  'your invoices',
  'against your invoice*',
  'upwork',
  'fiverr',
  'toptal',
  // Arabic: a lump sum for the work, paid on delivery; billing by the hour; a freelancer sought.
  'مبلغ مقطوع',
  'بعد التسليم',
  'عند التسليم',
  'الفوتره بالساعه',
  'فوتره',
  'عن مستقل',
  'مستشار مستقل',
  // Working for one's own account: the article's own words for freelance (يعمل لحسابه الخاص).
  'لحسابك الخاص',
  'لحسابه الخاص',
  'لحسابها الخاص',
  'لحسابي الخاص',
  // An invoice the person issues, and no employment tie: "مقابل فاتورة تصدرها أنت، دون ارتباط وظيفي".
  'فاتوره تصدرها',
  'تصدر لنا فاتوره',
  'تصدر فاتوره',
  'بموجب فاتوره',
  'مقابل فاتوره',
  'دون ارتباط وظيفي',
  // An independent contract named as such, an invoice the person sends, and a post said not to
  // be a staff one: "عقد مستقل بالساعة، تُرسل فاتورة شهرية. هذه ليست وظيفة على كادر الشركة".
  'عقد مستقل',
  'ترسل فاتوره',
  'ترسل لنا فاتوره',
  'ليست وظيفه على كادر',
  'ليست وظيفه ثابته',
  'مش وظيفه ثابته',
  'ليست وظيفه دائمه',
  'بدون ارتباط وظيفي',
  'بلا ارتباط وظيفي',
);
// Mentions of freelancers or contracts that say nothing about this job's engagement.
const NOT_FREELANCE = phrases(
  // Hourly staff: "hourly wage", "hourly employees", "non-exempt hourly".
  'hourly wage*',
  'hourly employee*',
  'hourly staff',
  'hourly team member*',
  'hourly associate*',
  'non-exempt hourly',
  'hourly pay rate',
  // Something the candidate did on the side, not this job's terms.
  'side-gig*',
  'side gig*',
  'side hustle*',
  'manage freelancers',
  // The candidate's own side business: "not a fit if you juggle multiple freelance clients".
  'freelance clients',
  'managing freelancers',
  'freelancers and agencies',
  'agencies and freelancers',
  'freelance writers',
  'freelance designers',
  'network of freelancers',
  'external freelancers',
  'freelance talent',
  'freelance platforms',
  'contract negotiation*',
  'government contract*',
  'contractors and',
  'and contractors',
  'employees and contractors',
  'ادارة المستقلين',
  'المستقلين',
  // Freelancers in the plural are the people the job works with or manages, as in English.
  'فريلانسرز',
  'الفريلانسرز',
  'فري لانسرز',
  'freelancers',
  'freelancer platforms',
  'freelancer marketplace',
  'freelance platform*',
  'freelance marketplace*',
  'freelance economy',
  'freelance community',
  'freelance work platform',
  'gig economy',
  'gig workers',
  'gig platform*',
  'contractor management',
  // Building contractors as the customers marketed to: "contractor lunch-and-learns", "our
  // contractor network", "the contractor loyalty program".
  'contractor lunch*',
  'contractor event*',
  'contractor customer*',
  'contractor client*',
  'contractor network*',
  'contractor partner*',
  'contractor communit*',
  'contractor program*',
  'contractor market*',
  'contractor account*',
  'contractor referral*',
  'contractor loyalty',
  'contractor segment*',
  'التسويق بالعموله',
  'تسويق بالعموله',
  'مسوق بالعموله',
);
// Staff status stated outright: permanent posts, internships, staff benefits.
const STAFF = phrases(
  'permanent',
  'permanent contract',
  'internship',
  'intern',
  'interns',
  'working student',
  'werkstudent*',
  'festanstellung',
  'unbefristet*',
  'ausbildung',
  'praktikum',
  'pflichtpraktikum',
  'praktikant*',
  'student',
  'health insurance',
  'medical insurance',
  'paid time off',
  'pto',
  '401k',
  '401(k)',
  'pension',
  'paid leave',
  'parental leave',
  'annual leave',
  'holiday allowance',
  'employee benefits',
  'equity package',
  'stock options',
  'urlaubstage',
  'tage urlaub',
  'urlaub',
  'zusatzleistungen',
  'firmenhandy',
  'firmenlaptop',
  'member of staff',
  'benefits package',
  'minijob',
  'teilzeit',
  'vollzeit',
  'full-time employee',
  'full time employee',
  'دوام كامل',
  'دوام جزئي',
  'وظيفه دائمه',
  // A permanent contract, as "Festanstellung" and "permanent" are.
  'عقد دائم',
  'عقد دايم',
  'تعيين دائم',
  'متدرب',
  'تامين صحي',
  'تامين طبي',
  'تامينات',
  'تامين اجتماعي',
  // Social security (الضمان الاجتماعي) is paid by an employer for the people on its books.
  'ضمان اجتماعي',
  'الضمان الاجتماعي',
  'اجازه',
  'اجازات',
  'امتيازات',
  'مواعيد العمل',
  'من السبت الى الخميس',
  'من الاحد الى الخميس',
  'صباحا حتى',
  'صباحا الى',
  // Maghrebi and French contract words: an open-ended or fixed-term staff contract, social
  // security declared by the employer, a fixed wage.
  'cdi',
  'cdd',
  'cnss',
  'الضمان الاجتماعي',
  'اجره ثابته',
  'اجره شهريه',
  'سكن',
  'كفاله',
  'براتب ثابت',
  'راتب ثابت',
  'راتب شهري',
  // A fixed-term post on the staff is still staff (taxonomy §2); so is a payroll or an employer of record.
  'fixed-term',
  'fixed term',
  // A Moroccan state-backed employment contract.
  'anapec',
  'befristet*',
  'staff position',
  'on our payroll',
  'w-2',
  'w2',
  'employer of record',
  // German staff terms: the contract, social insurance, pension and the perks only employees get.
  'arbeitsvertrag',
  'anstellung',
  'festangestellt*',
  'sozialversicherungspflichtig*',
  'altersvorsorge',
  'betriebliche altersvorsorge',
  'jobticket',
  'deutschlandticket',
  'urlaubsgeld',
  'weihnachtsgeld',
  'mitarbeiterrabatt*',
  'corporate benefits',
  'dienstwagen',
  'firmenwagen',
  'gleitzeit',
  'vertrauensarbeitszeit',
  'einarbeitung',
  // Allowances paid to staff on top of a wage: transport, housing, a car.
  'بدل مواصلات',
  'بدل انتقالات',
  'بدل انتقال',
  'بدل سكن',
  'بدل سياره',
  'بدلات',
);
// Pay and team words: staff when nothing else is said, but a board's "Contract" outranks them.
const STAFF_MEDIUM = phrases(
  // A renewable term reads as a staff contract, but a marketplace project is renewed too ("المدة:
  // شهر قابل للتجديد"): the board's field decides between them.
  'قابل للتجديد',
  'salary',
  'salaried',
  'gehalt',
  'vergütung',
  'annual bonus',
  'yearly bonus',
  'performance bonus',
  'employee',
  'employment',
  // Not "team members" alone: "collaborate with team members" names colleagues, not a contract.
  // Not "join our team": agencies invite contractors to join the team too (taxonomy §2 asks for
  // "join our team as a member of staff", which STAFF holds).
  'راتب',
  'الراتب',
  // Maghrebi for pay: "خلاص شهري ثابت".
  'خلاص شهري',
  'الخلاص الشهري',
  'خلاص كل شهر',
  'الخلاص كل شهر',
  'خلاص بالشهر',
  'الخلاص بالشهر',
  'مرتب',
  'عموله',
  'عمولات',
  'حوافز',
  // "مطلوب موظف" asks for a person; it says staff only when nothing says otherwise.
  'موظف',
  'موظفه',
  'موظفات',
  'موظفين',
  // The things only staff are given (pay by the year: PAY_PER_YEAR below).
  'annual compensation',
  'base pay',
  'pay range',
  'on-target earnings',
  'equity compensation',
  'equity grant',
  'dental insurance',
  'dental cover',
  'dental plan',
  'dental and vision',
  'medical, dental',
  'vision insurance',
  'health benefits',
  // Healthcare given, not the industry ("ideally in healthcare or dental").
  'healthcare coverage',
  'healthcare plan*',
  'healthcare benefit*',
  'healthcare insurance',
  'private healthcare',
  'healthcare for you',
  'life insurance',
  'paid vacation',
  'paid holidays',
  'vacation days',
  'sick leave',
  'sick days',
  'maternity',
  'paternity',
  'retirement plan',
  'jahresgehalt',
  // A basic wage, a Levantine monthly wage (معاش), a weekly schedule.
  'basic salary',
  'basic pay',
  'basic plus',
  'معاش شهري',
  'معاش ثابت',
  // On-target earnings, abbreviated; a fixed working week (taxonomy §2: a fixed weekly schedule).
  'ote',
  // Holiday, probation and full benefits are what staff are given.
  'days holiday',
  'days of holiday',
  'days paid holiday',
  'paid holiday',
  'holiday entitlement',
  'probation',
  'probation period',
  'probationary period',
  'full benefits',
  'health and dental',
  'weeks vacation',
  'weeks of vacation',
  'vacation',
  // Maghrebi: part time, the monthly wage (الخلصة).
  'نص الوقت',
  'الخلصه الشهريه',
  'خلصه شهريه',
  'monday to friday',
  'monday through friday',
  'monday-friday',
  'mon-fri',
  'montag bis freitag',
);
// A count of working days a week ("6 أيام في الأسبوع", "five days a week"): a staff schedule.
// A yearly-sized figure in a currency ("GBP 32,000 - 36,000", "Base $55,000"): a salary, unless the
// sentence is about a budget, spend or revenue the job handles.
const ANNUAL_PAY = /(?:[$€£]\s?|\b(?:usd|eur|gbp|chf|aed|sar|cad|aud)\s?)\d{2,3}(?:[,.]\d{3}|k)\b/;
// Pay by the month in a currency ("3000 جنيه شهرياً", "$2,000 per month"): monthly pay says staff
// (taxonomy §2), unless it is a budget or spend the job handles (NOT_PAY) or a retainer (FREELANCE).
const MONTHLY_PAY =
  /(?:[$€£]\s?\d[\d,.]*k?|\b(?<![\d,.])\d[\d,.]*k?\s?(?:usd|eur|gbp|egp|sar|aed|kwd|qar|jod|mad|dollars?|euros?|pounds?|جنيه|جنيهات|ريال|ريالات|درهم|دراهم|دينار|دنانير|دولار|دولارات|ليره))\s?(?:(?:a|per|\/)\s?month\b|monthly\b|شهريا|في الشهر|بالشهر|\/\s?شهر|كل شهر)/;
// Pay by the year, not "two trade shows per year".
const PAY_PER_YEAR = /(?:[$€£]\s?\d|(?<![\d,.])\d[\d,.]*\s?(?:k|usd|eur|gbp|dollars?|euros?)\b)[^.;]{0,25}\bper (?:year|annum)\b/;
// A figure the job manages ("manage $250k/mo Google Ads") is spend, not pay; nor is a figure it
// must reach ("an annual income target of £750k").
const NOT_PAY =
  /\b(?:budgets?|spend|spending|revenue|arr|mrr|funding|raised|sales|turnover|gmv|contract values?|deal sizes?|deals?|acv|aov|order values?|income|targets?|quotas?|pipeline)\b|\bmanag\w* (?:a |an |our |the |up to |over )?(?:[$€£]|usd |eur |gbp )\s?\d/;
const WORKING_WEEK =
  /\b(?:5|6|five|six) days? (?:a|per|each) week\b|(?:^|\s)(?:5|6|خمس|خمسه|ست|سته) (?:ايام|يوم) (?:عمل )?(?:في|ب|ف)\s?(?:ال)?(?:اسبوع|سيمانه)/;
// "Five days a week in our office" says where, not on what terms: a working week is a staff
// schedule when no place is named with it.
const WEEK_AT_A_PLACE = /\b(?:office|büro|on-?site|in person)\b|مكتب|المقر/;
const workingWeek = (norm: string) => WORKING_WEEK.test(norm) && !WEEK_AT_A_PLACE.test(norm);
// Pay by the day ("£350 per day", "$400/day", "600 € pro Tag"): a contractor's day rate, as
// "day rate" itself is. Not an allowance or budget by the day ("€15 a day for lunch", "per diem").
const DAY_RATE =
  /(?:[$€£]\s?\d[\d,.]*|\b(?<![\d,.])\d[\d,.]*\s?(?:[$€£]|usd|eur|gbp|chf|dollars?|euros?|pounds?)(?=\s|\/|$))\s?(?:per|a|\/|pro|am)\s?(?:day|tag)\b(?![^.;]{0,25}\b(?:allowance|stipend|lunch|meals?|food|travel|budget|zuschuss|verpflegung)\b)/;
// Pay per piece of work ("$50 per article", "paid per post", "rate per word"). The unit alone is
// not pay: "engagement per post", "views per video" and "budget per campaign" are metrics a staff
// marketer reports, so a pay word or an amount has to come just before it.
// Billing and invoicing the hirer ("bill us hourly", "bill the client", "invoice us monthly"),
// not "bill clients for media and fees", an accountant's duty toward the company's customers.
const PIECE_RATE =
  /(?:\b(?:paid|pay|pays|rate|rates|fee|fees|earn|compensation|compensated)\b|[$€£]\s?\d[\d,.]*k?|\b(?<![\d,.])\d[\d,.]*\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)\b)[^;!?]{0,25}?(?:\bper |\s?\/\s?)(?:(?:finished|complete|completed|published|approved|accepted|delivered|single)\s)?(?:article|word|post|piece|video|task|assignment|campaign|blog|design|reel|image|email|flow|cohort|episode|script|carousel)s?\b|(?:مقابل|(?:(?:الدفع|دفع|الاجر|اجر|الخلصه|خلصه|الخلاص|خلاص|السعر|المبلغ|مبلغ|نحاسب\S*|ندفع|تدفع|ريال|جنيه|درهم|دينار|دولار|(?<!\d)\d+)\s+(?:\S+\s+){0,2}?)(?:عن|علي|علي حساب)) كل (?:مقال|منشور|تصميم|فيديو|بوست|كلمه|ريل|مقطع|حمله|سكريبت|حلقه|نص|اعلان|قصه|عرس|حفله|مناسبه|جلسه|زياره|مرحله)|(?<!\d)\d+\s*(?:دولار|دولارات|ريال|ريالات|جنيه|جنيهات|درهم|دراهم|دينار|دنانير)(?:\s+\S+)?\s+(?:لل|لكل )(?:سكريبت|مقال|منشور|تصميم|فيديو|بوست|مقطع|ريل|صوره|كلمه|حلقه|نص|اعلان|قصه)|(?:الاجر|اجر|الدفع|دفع|السعر|سعر|نحاسبك|المحاسبه|محاسبه|التعاقد) (?:ثابت )?(?:بال|لكل |عن كل |علي كل |بنظام ال)?(?:ساعه|الساعه|بالساعه|صفحه|الصفحه|كلمه|مقال)|\b(?:\d+|one|two|three|four|five|six|eight|nine|ten|twelve)[- ](?:month|week)s? (?:project|engagement)\b|\bbill(?:s|ed|ing)? (?:me |us )?(?:us|the client|by the hour|hourly)\b|\binvoice(?:s|d)? (?:me|us|at the end|each month|every month|every two weeks|monthly|weekly)\b|\b(?:send|submit|issue|raise)s? (?:(?:me|us) )?(?:an |your |a monthly |a weekly )?invoices?\b/;
// Scope: a freelance word that is not said of this job. The candidate's past ("freelance
// experience", "experience as a freelancer", "agency, freelance or in-house"), the work the job
// manages ("oversee contract work", "manage gig campaigns"), other people's freelancing ("their
// freelance business"), and a commission paid on top of a salary.
// The candidate's past, right around the word: "freelance experience", "experience as a
// freelancer", "previous freelance work", "freelance or in-house", "agency or freelance".
const PAST_BEFORE =
  /(?:\b(?:experience|experienced in|background|worked|previous|previously|prior)\s+(?:(?:as|in|with|working as|on)\s+)?(?:an?\s+)?|\b(?:in-house|in house|agency|agencies)\s+(?:or|and|\/)\s+|خبره\s+(?:في\s+)?(?:ال)?(?:عمل\s+)?)$/;
const PAST_AFTER =
  /^\S*\s+(?:experience|background|track record|erfahrung\w*)\b|^\S*\s+(?:or|and|\/)\s+(?:in-house|in house|agency|full-time)\b/;
const WORK_MANAGED =
  /\b(?:manage|managing|oversee|overseeing|coordinate|coordinating|brief|briefing|hire|hiring|source|sourcing|supervise|supervising|review|reviewing)\s+(?:\S+\s+){0,2}$/;
// "our freelance video editors", "a pool of freelance writers": people the job works with.
const PEOPLE_AFTER =
  /^\s+(?:\S+\s+)?(?:writers|designers|editors|copywriters|contributors|creators|photographers|videographers|developers|translators|partners|specialists|talent|network|pool|teams?|community)\b/;
const OTHERS = /\b(?:their|our clients'?|clients'|creators'?)\s+$/;
const COMMISSION = /^commission|عموله/;
const ON_TOP_OF_PAY = /\b(?:salary|base pay|base|bonus|on top of)\b|راتب/g;
/** Commission beside a salary is a staff bonus; beside a denied salary ("بدون راتب ثابت") it is the pay. */
const besidePay = (norm: string) => [...norm.matchAll(ON_TOP_OF_PAY)].some((m) => !negated(norm, m.index, m.index + m[0].length));

function notThisJob(norm: string, hit: { index: number; end: number }): boolean {
  const before = norm.slice(Math.max(0, hit.index - 40), hit.index);
  const after = norm.slice(hit.end, hit.end + 40);
  const text = norm.slice(hit.index, hit.end);
  if (PAST_BEFORE.test(before) || PAST_AFTER.test(after)) return true;
  if (WORK_MANAGED.test(before) || OTHERS.test(before) || PEOPLE_AFTER.test(after)) return true;
  return COMMISSION.test(text) && besidePay(norm);
}

// "This is not an employment relationship": said of contractors.
const NOT_EMPLOYED = /\b(not|no|never|nicht|kein\w*)\b[^.]{0,60}\b(employment relationship|employee of|arbeitsverhältnis|direct hire)/;
const TITLE_FREELANCE = phrases('freelancer', 'freelance', 'contract', 'contractor', 'فريلانسر', 'مستقل');
// A fixed working day by the clock (taxonomy §2: a fixed schedule is staff): "من 9 ل 5", "from 9
// to 5.", "9 bis 17 Uhr". Not a range of years, pay or anything counted after it ("من 3 ل 5
// سنوات", "from 5 to 20 thousand").
const DAILY_HOURS =
  /(?:^|\s)(?:من|from) (?:الساعه )?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|ص|صباحا)? (?:ل|الي|حتي|لحد|للساعه|to|till|until|[-–]) ?(?:الساعه )?\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|م|مساء|مساءا|بالليل)?(?=\s*(?:$|[.,،؛)]|يوميا|daily|every day|كل يوم))|\b\d{1,2}(?::\d{2})? ?(?:bis|-|–) ?\d{1,2}(?::\d{2})? uhr\b/;
// Tried first: most sentences have no digit, and the clock pattern is slow to fail on them.
const HAS_DIGIT = /\d/;
// Hours, not status: a full-time contract is still a contract.
const HOURS = phrases(
  'full-time',
  'full time',
  'fulltime',
  'part-time',
  'part time',
  'parttime',
  'hours per week',
  'hours a week',
  'دوام',
  'التفرغ',
  'التفرغ التام',
  // "Answer messages during working hours" says when, not on what terms.
  'ساعات العمل',
  'متفرغ',
  // Transliterated: full time, part time.
  'فول تايم',
  'فل تايم',
  'بارت تايم',
);
const STAFF_FIELD =
  /full|part|permanent|intern|employee|staff|werkstudent|working student|vollzeit|teilzeit|festanstellung|student|دوام|دا[ئي]م|تدريب|trainee|apprentice|\bcd[id]\b/i;
// Seniority levels some boards put in the same field (Arbeitnow): staff posts unless a type is named.
const SENIORITY_FIELD = /berufseinstieg|berufserfahren|professional|geschäftsleitung|führungskraft|senior|junior/i;
// Khamsat's "طلب خدمة" (a request for a service) is a marketplace job, like Mostaql's "مشروع".
// German fields too: "Freiberuflich/Projekt".
const FREELANCE_FIELD =
  /freelance|contract|contractor|project|projekt|freiberuf|temporary|gig|1099|b2b|fixed[- ]price|مستقل|حر|مشروع|عقد|طلب خدم/i;
// A completed apprenticeship asked for is a qualification, not an apprenticeship on offer:
// "abgeschlossenes Studium … oder eine kaufmännische Ausbildung".
const QUALIFICATION =
  /\b(?:abgeschlossen|kaufmännisch|erfolgreich|vergleichbar|einschlägig|qualifiziert|technisch)\S*\s+(?:\S+\s+){0,3}?ausbildung\S*/g;
// Someone else's leave is not a benefit: "our content lead is on parental leave until June".
const ON_LEAVE = /\b(?:is|are|'s|’s|will be|currently)\s+(?:\S+\s+)?on\s+(?:\S+\s+)?leave\b/g;
// Commission that is other people's: an affiliate or partner programme the job runs.
const OTHERS_COMMISSION =
  /(?:الشركاء|المسوقين|الوكلاء|الموثرين|الافلييت|برنامج)\s+(?:\S+\s+)?(?:بال|ب)?عمول\S*|\b(?:affiliates?|partners?|referral)\s+(?:program\w*\s+)?commissions?\b/g;
// The employee as an HR subject the job works on: "shape the employee experience", "employee
// engagement surveys", or the partner companies' staff a job organises: "employee fundraising challenges".
const EMPLOYEE_TOPIC =
  /\bemployees?['’]?\s+(?:experience|engagement|relations|lifecycle|life cycle|data|records|surveys?|communications?|onboarding|well-?being|advocacy|retention|journey|feedback|handbook|development|programs?|programmes?|benefits administration|fundraising|giving|volunteering|recognition|challenges?|events?)\b/g;
// The staff the job serves or trains, in the definite plural: "تذاكر الدعم للموظفين", "التدريب
// على السلامة للموظفين". Only "مطلوب موظفين" (staff wanted) asks for one, and discounts or
// benefits "للموظفين" are the staff's own terms.
const THE_STAFF_SERVED = /(?<!(?:خصومات|خصم|تخفيضات|مزايا|امتيازات))(?:^|\s)(?:لل|ال|بال|وال|عال)موظف(?:ين|ات)(?=\s|$|[.,،؛:])/g;
const LINKED = /مرتبط\S*/g;
// "مكتوبة ومرتبة" (written and in order): the feminine مرتبة is order or rank, never a salary.
const IN_ORDER = /(?:^|\s)و?(?:ال)?مرتبه(?=\s|$|[.,،؛:])/g;
// Terms the job negotiates with others ("negotiate commission structures and flat-fees with our
// partners", "التفاوض على الأسعار مع المؤثرين"): the clause after the verb is theirs.
const NEGOTIATED = /\bnegotiat\w*\b[^.;!?]*|\bverhandel\w*\b[^.;!?]*|(?:التفاوض|تفاوض|يتفاوض|تتفاوض)[^.;!?؟،]*/g;
// The people a manager leads are staff; the manager's own terms are not said: "إدارة فريق من 3
// موظفين", "a team of four employees".
const TEAM_OF_STAFF = /(?:فريق|\bteam) (?:من|of) (?:\S+ )?(?:موظف\S*|employees|staff)/g;
// Someone else who is freelance: "together with our freelance media buyer", "keep our freelance
// media buyer on track" (but "work as our freelance video editor" is this job), "and a freelance
// designer", "a bench of five freelance writers", and the freelancers the job manages ("brief
// and manage our freelance designers"): taxonomy §2, managing freelancers is not freelance.
const OTHER_FREELANCER =
  /(?<!\b(?:as|be|become) )\bour (?:\S+ )?(?:freelance(?:rs?)?|fractional) (?!(?:roles?|positions?|opportunit\w*|contracts?|basis|jobs?|engagements?|projects?|work)\b)\S+|\b(?:with|alongside|and|by|from|to|of) (?:our|a|the|your|\d+|one|two|three|four|five|six|several|many|multiple) (?:\S+ )?(?:freelance(?:rs?)?|fractional)(?: \S+)?|\b(?:manage|managing|manages|brief|briefing|briefs|hire|hiring|oversee|overseeing|coordinate|coordinating|commission|commissioning) (?:\S+ ){0,5}?(?:freelance(?:rs?)?|fractional) (?:writers?|designers?|editors?|creators?|photographers?|videographers?|copywriters?|developers?|specialists?|contributors?|talent|network|pool|bench)\b/g;
// The trainees a trainer teaches are not the job's own internship: "تقييم مشاريع المتدربين".
const TRAINEES_TAUGHT = /(?:لل|ال)متدرب(?:ين|ون|ات)(?=\s|$|[.,،؛:])/g;
// Nor are the students a teacher teaches a student job: "give feedback on student projects",
// "mentor our students".
const STUDENTS_TAUGHT =
  /\bstudents?['’]? (?:projects?|work|assignments?|questions?|feedback|progress|cohorts?|submissions?|portfolios?)\b|\b(?:our|the|your|teach|teaching|mentor|mentoring|support|supporting|guide|guiding|help|helping) students\b/g;
// A board's tag strip that lists several types with a staff one ("Full Time · Part Time ·
// Freelance / Project") means employee (taxonomy §2), as the same list in a field does.
const TYPE_LIST_FREELANCE =
  /(?<=\b(?:full|part)[- ]time\s*[·,|]\s*(?:(?:full|part)[- ]time\s*[·,|]\s*)?)(?:freelance(?: \/ project)?|contract(?:or)?|project)\b|\b(?:freelance(?: \/ project)?|contract)(?=\s*[·,|]\s*(?:full|part)[- ]time\b)/g;
// A client's retainer the job earns commission on: "40% of the first month retainer of any deals".
const CLIENT_RETAINER =
  /\b(?:(?:first|1st) month(?:['’]s)? )?retainers? of (?:any|the|each|every|all|new) (?:deals?|clients?|accounts?)\b/g;
const blank = (m: string) => ' '.repeat(m.length);
// A permanent post offered later is not the terms now: "a 6-month contract, with a path to a
// permanent role", "temp-to-perm", "Möglichkeit zur Übernahme", "مع إمكانية التثبيت".
const PERMANENT_LATER =
  /\b(?:path|pathway|route|option|possibility|opportunity|chance|potential|view) (?:to|of|for|towards?) (?:a |an |going )?(?:permanent|perm|full-time|staff)\b[^.;,]*|\btemp(?:orary)?[- ]to[- ]perm(?:anent)?\b|\b(?:may|could|can|might) (?:become|turn into|convert (?:to|into)|lead to) (?:a |an )?(?:permanent|full-time|staff)\b[^.;,]*|\bmöglichkeit (?:der|zur|auf) (?:übernahme|festanstellung)\b|(?:امكانيه|فرصه|احتماليه|مع) (?:ال)?(?:تثبيت|تعيين)(?=\s|$|[.,،؛])/g;
// A fixed rate per hour or piece ("أجر ثابت لكل ساعة تدريب") is a rate, not a fixed salary.
const FIXED_RATE = /(?:اجر|اجره|سعر|مبلغ) ثابت\S* (?:لكل|عن كل|علي كل) \S+|\bfixed (?:rate|fee) per \w+/g;
/** The sentence with the words that say nothing of this job's terms blanked out (a qualification,
 *  someone else's leave or commission, a rate per piece), its length (and every hit's index) kept. */
// Where the person lives, not housing the employer gives: "سكن قريب من الشيخ زايد", "مكان السكن",
// and the residents of a place in Iraqi and Levantine: "يفضل سكنة البصرة".
const RESIDENCE = /(?:^|\s)(?:ال)?سكن (?:قريب|بالقرب|بجوار|في نطاق)\S*|(?:مكان|محل|منطقه) (?:ال)?سكن(?=\s|$)|(?:^|\s)سكنه (?=\S)/g;
// "نوفر سكن قريب من المكتب" is housing given after all.
const HOUSING_GIVEN = /(?:نوفر|يوفر|توفر|توفير|يتوفر|مع|بدل)\s*$/;
// A salary the applicant is asked to name is not one the job states: "مع ذكر الراتب المتوقع",
// "please include your salary expectations", "Gehaltsvorstellung".
const ASKED_SALARY =
  /(?:^|\s)(?:ذكر |مع )?(?:ال)?راتب (?:ال)?متوقع|\b(?:expected salary|salary expectations?|desired salary|gehaltsvorstellung\w*)\b/g;
function withoutOthersTerms(norm: string): string {
  // Each pattern only where its key word is: the sentence loop runs for every posting.
  let out = norm;
  if (out.includes('ausbildung')) out = out.replace(QUALIFICATION, blank);
  if (out.includes('متوقع') || out.includes('expect') || out.includes('desired') || out.includes('gehaltsvorstellung'))
    out = out.replace(ASKED_SALARY, blank);
  if (out.includes('employee')) out = out.replace(EMPLOYEE_TOPIC, blank);
  if (out.includes('موظف')) out = out.replace(THE_STAFF_SERVED, blank);
  if (out.includes('negotiat') || out.includes('verhandel') || out.includes('فاوض')) out = out.replace(NEGOTIATED, blank);
  if (out.includes('freelance') || out.includes('fractional')) out = out.replace(OTHER_FREELANCER, blank);
  if (out.includes('فريق') || out.includes('team')) out = out.replace(TEAM_OF_STAFF, blank);
  // مرتبط (linked) is not مرتب (salary) with a suffix.
  if (out.includes('مرتبط')) out = out.replace(LINKED, blank);
  if (out.includes('مرتبه')) out = out.replace(IN_ORDER, blank);
  if (out.includes('leave')) out = out.replace(ON_LEAVE, blank);
  if (out.includes('عمول') || out.includes('commission')) out = out.replace(OTHERS_COMMISSION, blank);
  if (out.includes('ثابت') || out.includes('fixed')) out = out.replace(FIXED_RATE, blank);
  if (out.includes('time') && (out.includes('freelance') || out.includes('contract') || out.includes('project')))
    out = out.replace(TYPE_LIST_FREELANCE, blank);
  if (out.includes('retainer')) out = out.replace(CLIENT_RETAINER, blank);
  if (
    out.includes('perm') ||
    out.includes('full-time') ||
    out.includes('staff') ||
    out.includes('möglichkeit') ||
    out.includes('تثبيت') ||
    out.includes('تعيين')
  )
    out = out.replace(PERMANENT_LATER, blank);
  if (out.includes('متدرب')) out = out.replace(TRAINEES_TAUGHT, blank);
  if (out.includes('student')) out = out.replace(STUDENTS_TAUGHT, blank);
  if (out.includes('سكن')) {
    const said = out;
    out = out.replace(RESIDENCE, (m: string, at: number) => (HOUSING_GIVEN.test(said.slice(Math.max(0, at - 12), at + 1)) ? m : blank(m)));
  }
  return out;
}
/** A staff word said, and not denied ("عمولة فقط بدون راتب ثابت", "no salary"). */
const says = (m: Matcher, norm: string) => test(m, norm) && findAll(m, norm).some((h) => !negated(norm, h.index, h.end));
const VOLUNTEER = phrases('volunteer', 'volunteering', 'ehrenamt*', 'تطوع', 'متطوع');

// A label that introduces the engagement itself.
const CONTRACT_LABEL =
  /(?:^|\s)(?:نظام التعاقد|نوع التعاقد|نوع العقد|طبيعه التعاقد|شكل التعاقد|نظام العمل|employment type|contract type|type of contract|type of employment|engagement type|job type|vertragsart|anstellungsart)\s*[:：\-–]/;

type Found = { kind: 'freelance' | 'staff' | 'medium' | 'hours'; evidence: string; inTitle: boolean; salary?: boolean; termOnly?: boolean };

// A temporary contract says how long, not on what terms: "عقد مؤقت 6 أشهر" with a monthly salary
// and insurance is a fixed-term post on the staff (taxonomy §2), while "بنظام العقد المؤقت" on a
// marketplace is project work. Alone it still reads as freelance; beside staff terms it yields.
const TEMPORARY_TERM = /^(?:ال)?عقد (?:ال)?موقت$|^temporary(?: contract)?$/;
// "an 18-month contract", "12 month contract": a contract said by its length is a term in the same way.
const LENGTH_BEFORE =
  /\b(?:\d+|one|two|three|four|six|nine|twelve|eighteen|twenty-four)[- ](?:months?|years?|weeks?)[- ](?:fixed[- ]term )?$/;
const lengthContract = (clean: string, hit: { index: number; end: number }) =>
  clean.slice(hit.index, hit.end) === 'contract' && LENGTH_BEFORE.test(clean.slice(Math.max(0, hit.index - 30), hit.index));
const temporaryField = (field: string | undefined) => field !== undefined && TEMPORARY_TERM.test(normaliseText(field).trim());
const SALARY = phrases('salary', 'salaried', 'gehalt', 'راتب', 'مرتب');
const FIXED_PAY = phrases(
  'مرتب ثابت',
  'راتب ثابت',
  'المرتب الثابت',
  'الراتب الثابت',
  'راتب اساسي',
  'fixed salary',
  'base salary',
  'base pay',
  'fixed pay',
  'festgehalt',
  'fixgehalt',
  'grundgehalt',
);
// Commission as the pay when a salary is denied: "commission on each sale, with no base salary".
const HOURLY = /^(?:hourly|بالساعه)$/;
const FULL_TIME = /\bfull[- ]?time\b/;
const COMMISSION_WORD = /\bcommission|عموله/;
// "الدوام من البيت", "الدوام ثلاث أيام بالمكتب": دوام said of the place, not the hours.
const DAWAM_AT_PLACE =
  /(?:^|\s)(?:ال)?دوام (?!كامل|جزيي)(?:\S+ ){0,3}?(?:عن بعد|اونلاين|اون لاين|حضوري|من (?:ال)?(?:بيت|منزل|مكتب)|ب(?:ال)?(?:مكتب|بيت|منزل)|في (?:ال)?(?:مكتب|شركه|مقر))/g;

function signals(sentences: readonly Sentence[]): Found[] {
  const out: Found[] = [];
  for (const s of sentences) {
    if (s.part === 'company') continue;
    const inTitle = s.part === 'title';
    const clean = withoutOthersTerms(s.norm);
    const blocked = findAll(NOT_FREELANCE, s.norm);
    // "not based on commission", "لا يشترط العمل بالمشروع": a negated freelance phrase says nothing.
    // A sentence about the company ("Contra is the freelance platform for…") says nothing of this job.
    const aboutCompany = describesCompany(s);
    const pieceRate = PIECE_RATE.exec(s.norm) ?? DAY_RATE.exec(s.norm);
    const free = aboutCompany
      ? undefined
      : [...findAll(FREELANCE, clean), ...(pieceRate ? [{ index: pieceRate.index, end: pieceRate.index + pieceRate[0].length }] : [])].find(
          (h) => !blocked.some((b) => h.index >= b.index && h.index < b.end) && !negated(s.norm, h.index, h.end) && !notThisJob(s.norm, h),
        );
    const notEmployed = NOT_EMPLOYED.test(s.norm);
    // "نظام التعاقد: فريلانس", "Contract type: freelance": the posting's own field, as decisive as the title.
    const stated = Boolean(free) && CONTRACT_LABEL.test(s.norm);
    const titleWord = inTitle && test(TITLE_FREELANCE, s.norm);
    // "We are not looking for agencies or freelancers" opens like a company's description: a
    // refusal is still this job's terms.
    const asked = MENTIONS_FREELANCERS.test(s.norm) ? FREELANCERS_WANTED.exec(s.norm) : null;
    const refused = asked !== null && negated(s.norm, asked.index, asked.index + asked[0].length);
    const welcomed = asked !== null && !refused && !aboutCompany;
    if (refused) out.push({ kind: 'medium', evidence: s.original, inTitle });
    // "مفيش رأس مال ولا مرتب ثابت", "no base salary": a fixed pay denied is work on one's own account,
    // paid by what is sold or delivered, whether or not the commission is named in the same sentence.
    const noFixedPay = test(FIXED_PAY, clean) && !says(FIXED_PAY, clean);
    const commissionOnly = noFixedPay || (COMMISSION_WORD.test(clean) && test(SALARY, clean) && !says(SALARY, clean));
    // "الأجر بالساعة ضمن كشف رواتب المركز، مع تأمينات اجتماعية", "$20 an hour on our payroll, with
    // benefits": a rate beside staff terms in the same sentence says how the wage is counted.
    // "Full-time, hourly pay of $21, health benefits", "a full-time, hourly, non-exempt role": paid
    // by the hour beside staff terms is a wage too.
    const hourlyWage =
      free !== undefined &&
      HOURLY.test(clean.slice(free.index, free.end)) &&
      (says(STAFF, clean) || says(STAFF_MEDIUM, clean) || FULL_TIME.test(clean));
    const rateOfAWage = hourlyWage || (free !== undefined && pieceRate !== null && free.index === pieceRate.index && says(STAFF, clean));
    if ((free && !rateOfAWage) || notEmployed || titleWord || welcomed || commissionOnly) {
      // A title's "contract" is a term only when it is said by its length ("(18-month contract)").
      const titleHits = titleWord ? findAll(TITLE_FREELANCE, clean) : [];
      const termOnly =
        !notEmployed &&
        (free !== undefined
          ? lengthContract(clean, free) || (!titleWord && TEMPORARY_TERM.test(clean.slice(free.index, free.end)))
          : titleHits.length > 0 && titleHits.every((h) => lengthContract(clean, h)));
      out.push({ kind: 'freelance', evidence: s.original, inTitle: inTitle || stated, termOnly });
    }
    if (notEmployed) continue;
    if (says(STAFF, clean)) out.push({ kind: 'staff', evidence: s.original, inTitle });
    else if (
      says(STAFF_MEDIUM, clean) ||
      workingWeek(s.norm) ||
      PAY_PER_YEAR.test(clean) ||
      ((ANNUAL_PAY.test(s.norm) || MONTHLY_PAY.test(clean)) && !NOT_PAY.test(s.norm))
    )
      out.push({ kind: 'medium', evidence: s.original, inTitle, salary: says(SALARY, clean) });
    // Hours denied ("ما يحتاج دوام", "no fixed hours") say nothing of the terms.
    else if (
      says(HOURS, s.norm.includes('دوام') ? s.norm.replace(DAWAM_AT_PLACE, blank) : s.norm) ||
      (HAS_DIGIT.test(s.norm) && DAILY_HOURS.test(s.norm))
    )
      out.push({ kind: 'hours', evidence: s.original, inTitle });
  }
  return out;
}

function fromField(field: string | undefined): Engagement | undefined {
  if (!field) return undefined;
  // Folded as the text is: "دَوام جُزئي" with its vowel marks is "دوام جزيي".
  const v = normaliseText(field);
  // A list that includes a staff type ("Full Time, Freelance / Project") means employee.
  if (STAFF_FIELD.test(v)) return 'employee';
  if (FREELANCE_FIELD.test(v)) return 'freelance';
  if (SENIORITY_FIELD.test(v)) return 'employee';
  return undefined;
}

/** The evidence when only a freelance marketplace's default decided (lib/evidence-text.ts says it in words). */
export const MARKETPLACE_EVIDENCE = 'freelance marketplace project';

export function decideEngagement(
  sentences: readonly Sentence[],
  hints: Hints,
  freelanceMarketplace: boolean,
): { engagement: Engagement; evidence: string[] } {
  const found = signals(sentences);
  const first = (kind: Found['kind'], title?: boolean) =>
    found.find((f) => f.kind === kind && (title === undefined || f.inTitle === title));
  const freelance = first('freelance');
  const staff = first('staff');
  const hours = first('hours');
  const field = fromField(hints.employmentType);
  const fieldEvidence = `employmentType: ${hints.employmentType}`;

  const titleFreelance = first('freelance', true);
  if (titleFreelance && !(titleFreelance.termOnly && staff)) return { engagement: 'freelance', evidence: [titleFreelance.evidence] };
  if (freelance && !staff) return { engagement: 'freelance', evidence: [freelance.evidence] };
  if (staff && !freelance) return { engagement: 'employee', evidence: [staff.evidence] };
  if (freelance && staff) {
    // Both said: the source's field breaks the tie; a contract with staff benefits is staff. A term
    // said in the same sentence as staff terms is one fixed-term staff contract, whatever the field
    // ("نوع العقد: عقد مؤقت لمدة 6 أشهر مع تأمينات اجتماعية وراتب شهري").
    const fixedTermStaff = freelance.termOnly && found.some((f) => f.kind === 'staff' && f.evidence === freelance.evidence);
    if (field === 'freelance' && !temporaryField(hints.employmentType) && !fixedTermStaff)
      return { engagement: 'freelance', evidence: [freelance.evidence, fieldEvidence] };
    return { engagement: 'employee', evidence: [staff.evidence] };
  }
  const medium = first('medium');
  // A salary said in the text outranks a board's "Contract" field (taxonomy §2: the text first; a
  // salary says staff). Team and pay words that are not a salary do not.
  const salary = found.find((f) => f.kind === 'medium' && f.salary);
  if (field === 'freelance' && salary) return { engagement: 'employee', evidence: [salary.evidence] };
  if (field) return { engagement: field, evidence: [fieldEvidence] };
  if (medium) return { engagement: 'employee', evidence: [medium.evidence] };
  const volunteer = sentences.find((s) => test(VOLUNTEER, s.norm));
  if (volunteer) return { engagement: 'unknown', evidence: [volunteer.original] };
  if (hours) return { engagement: 'employee', evidence: [hours.evidence] };
  if (freelanceMarketplace) return { engagement: 'freelance', evidence: [MARKETPLACE_EVIDENCE] };
  return { engagement: 'unknown', evidence: [] };
}
