// Workplace: remote / hybrid / onsite / unknown, with negation and non-job uses of "remote"
// (after Hansen et al. 2023: a dictionary plus negation windows of 3 tokens before, 2 after).
import type { Hints, Workplace } from '../taxonomy';
import { handsOnDuty } from './hands-on-work';
import { findAll, phrases, test } from './lexicon';
import { negated } from './negation';
import { normaliseText } from './normalise';
import type { Sentence } from './segment';
import { bothPlaces, namesWeekdays, officePlace, phasedPlace, remoteHiringStep, weeklySplit } from './workplace-frequency';

const REMOTE = phrases(
  'remote',
  'remotely',
  'fully remote',
  'remote-first',
  'remote first',
  'work from home',
  'working from home',
  'work from anywhere',
  'works from anywhere',
  'remotearbeit',
  'remote-arbeit',
  'working from anywhere',
  'work-from-anywhere',
  'wfh',
  'telecommute*',
  'distributed team',
  'work remotely',
  // Work done at one's own place: "Work can be done from your own studio".
  'from your own studio',
  'from your own office',
  'home-based',
  'home based',
  'from wherever',
  'wherever you are',
  'from any location',
  'from any country',
  'location independent',
  'location-independent',
  'ortsunabhängig',
  // Not tied to any one place of work.
  'nicht an einen festen standort gebunden',
  'an keinen festen standort gebunden',
  'not tied to a fixed location',
  'not tied to any location',
  'remote-arbeit',
  'عن بعد',
  'من المنزل',
  // Working from a distance (telework) and Maghrebi "from the house" (من الدار).
  'telework',
  'teleworking',
  'telecommute',
  'telecommuting',
  'من الدار',
  // Said to the reader: from your home, with a possessive ending.
  'من منزلك',
  'من بيتك',
  'من منزلكم',
  'from your home',
  'from your own home',
  'من البيت',
  'العمل عن بعد',
  'ريموت',
  // The home office as the place of the job, not a few days of it: "work from your own home
  // office", "Du arbeitest von zu Hause aus".
  'from your own home office',
  'from your home office',
  'from their own home office',
  'arbeitest von zu hause',
  'von zu hause aus arbeiten',
  // Télétravail, and its Maghrebi loanword.
  'télétravail',
  'teletravail',
  'تيليتراڤاي',
  'تيليترافاي',
  'من اي مكان',
  // Wherever you like: "work from wherever you like", "arbeite, von wo du willst".
  'from wherever',
  'von wo du willst',
  'von wo sie wollen',
  'von überall',
  // "Online" is the workplace when it is said of the work ("شغل أونلاين", "الدوام أون لاين"), not
  // of a shop or a course ("متجر أدوات منزلية أونلاين", "مسوق عقاري أونلاين").
  ...['عمل', 'العمل', 'شغل', 'الشغل', 'دوام', 'الدوام', 'وظيفه', 'الوظيفه', 'بشكل', 'نظام'].flatMap((w) => [
    `${w} اونلاين`,
    `${w} اون لاين`,
    `${w} كله اونلاين`,
    `${w} كلها اونلاين`,
  ]),
  'اونلاين من البيت',
  // Wherever the person is: "تشتغل أونلاين من مكانك".
  'اونلاين من مكانك',
  'من مكانك',
  'تشتغل اونلاين',
  'اونلاين من المنزل',
  'اونلاين بالكامل',
  'اون لاين بالكامل',
  // No office at all, or anywhere as the location.
  'no office',
  'without an office',
  'location anywhere',
  'location worldwide',
  'kein büro',
  'بدون مكتب',
  'لا يوجد مكتب',
  // All of the work at home.
  'entirely from home',
  'komplett von zu hause',
  'vollständig von zu hause',
  'ausschließlich von zu hause',
  'fully from home',
  'completely from home',
  // The job said to be done from home, not home office offered: "Sie arbeiten von zu Hause aus".
  'sie arbeiten von zu hause',
  'du arbeitest von zu hause',
  'arbeiten sie von zu hause',
  'arbeitest du von zu hause',
);
// German "Homeoffice" is a few days at home, not a remote job.
const HOME_OFFICE = phrases(
  'home office',
  'home-office',
  'homeoffice',
  'von zu hause',
  'mobiles arbeiten',
  // The same in German companies' English: "You can work mobile up to 60% of your time".
  'work mobile',
  'working mobile',
  'mobile working',
  'mobile arbeit',
  'mobiler arbeit',
  'mobil arbeiten',
  'mobil zu arbeiten',
  'remote-tage',
  'remote tage',
);
const FULLY_REMOTE = phrases(
  'fully remote',
  '100% remote',
  'full remote',
  'completely remote',
  'entirely remote',
  'remote-first',
  'remote first',
  'komplett remote',
  'vollständig remote',
  'remote möglich',
  'work from anywhere',
  'remote position',
  'remote role',
  'remote job',
  'بالكامل عن بعد',
  'عن بعد بالكامل',
  // German "mobiles Arbeiten" is a few days at home, unless it is all of the week.
  '100% mobil',
  '100 % mobil',
  '100% mobiles arbeiten',
  'vollständig mobil',
  'komplett mobil',
  'ausschließlich mobil',
  // All of the week in a home office.
  'komplett aus dem homeoffice',
  'komplett im homeoffice',
  '100% homeoffice',
  '100 % homeoffice',
  '100% im homeoffice',
  '100% aus dem homeoffice',
  'vollständig im homeoffice',
  'ausschließlich im homeoffice',
  '100% from your home office',
  'entirely from home',
  'fully from home',
);
const REMOTE_FIRST = /^remote[\s-]first$/;
const CHOICE = phrases('or', 'option', 'optional', 'oder', 'möglich', 'either', 'اختياري');
// Arabic "أو" as a word of its own: as a phrase it would also take a suffix and match أوفيس (office).
const ARABIC_OR = /(?:^|\s)او(?=\s|$)/;
const HYBRID = phrases(
  // Home as a possibility or now and then, beside an office: "Possibilities to work from home
  // (optional)", "the ability to work remotely occasionally".
  'possibility to work from home',
  'possibilities to work from home',
  'possibility of working from home',
  'option to work from home',
  'option of working from home',
  'work from home occasionally',
  'occasionally work from home',
  'work remotely occasionally',
  'occasionally work remotely',
  'occasional remote work',
  'occasional home office',
  'und/oder remote',
  'and/or remote',
  'hybrid',
  'hybrides arbeiten',
  'hybride*',
  'days in the office',
  'days a week in the office',
  'days per week in the office',
  'days in office',
  'partly remote',
  'partially remote',
  'part remote',
  'flexible between home and office',
  'office and home',
  'home and office',
  'هجين',
  'هجينه',
  'نظام هجين',
  'عمل مرن بين المكتب والمنزل',
  // Loanwords and a week shared between two places.
  'هايبرد',
  'هايبريد',
  'هايبرض',
  'between home and',
  'between the office and home',
  'between office and home',
  'split your time',
  'zwischen homeoffice und büro',
  'zwischen büro und homeoffice',
  'بين المنزل والمكتب',
  'بين البيت والمكتب',
  'most days in the office',
  'in the office most days',
  'majority of the week',
  // Alternating weeks (not shifts taken in turn: "بالتناوب (shifts)" is when, not where).
  'بالتناوب بين',
  'اسبوع بالتناوب',
  'اسبوع من البيت',
  'اسبوع من المنزل',
  // A week shared with a studio.
  'split your week',
  'split the week',
  'studio and home',
  'home and studio',
);
// "Split your time" is hybrid when home is one side of it: "between the office and customer
// visits" is all on site, "between UX and marketing design" is not about place at all.
const SPLIT_WITH_HOME = /\b(?:home|remote|remotely|homeoffice)\b/;
const ONSITE = phrases(
  // Out with customers all day: "a field-based role", "Außendienst".
  'field-based',
  'field based role',
  'on-site',
  'onsite',
  'on site',
  'in-office',
  'in office',
  'office-based',
  'office based',
  // Indian English: "Work from office (Indiranagar)", "WFO".
  'work from office',
  'work from the office',
  'working from office',
  'wfo',
  'in-person role',
  'in person role',
  // Work done in person at a named place: "sessions are delivered in person at our campus".
  'in person at',
  'in-person at',
  'at our campus',
  'on our campus',
  'on campus',
  'at our office',
  'at the office',
  'from our office',
  'vor ort',
  'im büro',
  'präsenz',
  'من المكتب',
  'حضوري',
  'حضوريا',
  // On site in Arabic letters: "يومين أونسايت في الأسبوع".
  'اونسايت',
  'اون سايت',
  'بمقر الشركه',
  'في مقر الشركه',
  'مقر الشركه',
  'داخل الشركه',
  'في المكتب',
  // Maghrebi "in the office".
  'فالمكتب',
  'مقر العمل',
  // Our warehouse, shop or showroom as where the work happens: "التصوير في مستودعنا بحي السلي".
  'في مستودعنا',
  'في المستودع',
  'في محلنا',
  'في معرضنا',
  // The headquarters without "the company's": "والعمل من المقر في المهندسين".
  'من المقر',
  'في المقر',
  'بالمقر',
  'مقرنا',
  'الحضور الى',
  'الحضور للمكتب',
  'الحضور للمقر',
  'من الفرع',
  'في الفرع',
  'الفرع الرئيسي',
  // Being present at the company, and "our office".
  'مكتبنا',
  'التواجد في الشركه',
  'التواجد في المكتب',
  'التواجد بالشركه',
  'التواجد بالمكتب',
  'الحضور الى الشركه',
  'الحضور للشركه',
  'التواجد اليومي',
  // German: our office as the place of work.
  'unser büro',
  'unserem büro',
  'bürostandort',
  // The office as a loanword; daily presence.
  'اوفيس',
  'الاوفيس',
  'الحضور يوميا',
  'التواجد يوميا',
);
// The words that state the place of work outright, as against naming an office.
const EXPLICIT_ONSITE =
  /^(?:on-?site|on site|in-?office|in office|office-based|office based|in-person role|in person role|vor ort|präsenz|حضوري|حضوريا)$/;
// "remote" that is not about where the job is done.
const NOT_JOB_REMOTE = phrases(
  // An interview loop run like an on-site one: "Onsite-style virtual loop".
  'onsite-style',
  'on-site-style',
  'virtual loop',
  'remote sensing',
  'remote interview*',
  // A "virtual onsite" is the last round of interviews.
  'virtual onsite',
  'virtual on-site',
  'remote onboarding',
  'remote control*',
  'remote access',
  'remote monitoring',
  'remote support',
  'remote patient',
  'remote desktop',
  'remote server*',
  // Far-off places the job travels to: "travelling to remote sites".
  'remote site*',
  'remote teams',
  'remote sales team',
  // Where the vacancy is posted: "although this appears on a remote job board, …".
  'remote job board*',
  'remote jobs board*',
  'remote board*',
  'remote job site*',
  // On the website, not at the workplace: "on-site surveys", "on-site search", "on-site SEO".
  'on-site survey*',
  'onsite survey*',
  'on-site poll*',
  'onsite poll*',
  'on-site search',
  'on-site seo',
  'onsite seo',
  'on-site optimi*',
  'on-site content',
  'on-site messag*',
  'on-site personali*',
  'on-site conversion',
  'on-site banner*',
  'on-site behavio*',
  'on-site engagement',
  'on-site experience*',
  'on-site popup*',
  'onsite popup*',
  'on-site pop-up*',
  'on-site widget*',
  'on-site recommendation*',
  'on-site review*',
  'on-site campaign*',
  'التعليم عن بعد',
  // Products for remote work that the company makes: "نطوّر برمجيات العمل عن بعد للشركات".
  'برمجيات العمل عن بعد',
  'برامج العمل عن بعد',
  'ادوات العمل عن بعد',
  'منصه العمل عن بعد',
  'منصات العمل عن بعد',
  'حلول العمل عن بعد',
  'تطبيقات العمل عن بعد',
  'remote-work software',
  'remote work software',
  'remote-work tools',
  'remote work tools',
  'remote-work platform',
  'remote work platform',
  'الاستشارات الطبيه عن بعد',
  'الاستشارات عن بعد',
  'الطب عن بعد',
  'الكشف عن بعد',
  'التدريب عن بعد',
  'التحكم عن بعد',
  // Remote access to machines: "تأمين الاتصال عن بعد بالخوادم".
  'الاتصال عن بعد',
  'الوصول عن بعد',
  'مقابله عن بعد',
  'مقابلات عن بعد',
  'hybrid cloud',
  'hybrid app*',
  'hybrid vehicle*',
  // A person with two crafts: "a hands-on, hybrid creative", "a hybrid marketer-designer".
  'hybrid creative*',
  'hybrid designer*',
  'hybrid marketer*',
  'hybrid skill*',
  'hybrid profile*',
  'hybrid talent*',
  // Hybrid as a kind of deal, event or campaign the job handles.
  // A way of delivering projects, not of working: "hybrid delivery", "hybrid agile".
  'hybrid delivery',
  'hybrid agile',
  'hybrid project management',
  'hybrid methodolog*',
  'hybrid deal*',
  'hybrid event*',
  'hybrid campaign*',
  'hybrid commission*',
  'virtual assistant',
  'remote work experience',
  'experience working remotely',
  // Online things that are not the workplace: applying, tests, courses, a shop, online marketing itself.
  'remote hiring',
  'remote assessment',
  'remote test',
  'remote screening',
  'online interview*',
  'online test',
  'online assessment',
  'apply online',
  'التقديم اونلاين',
  'قدم اونلاين',
  'التقديم عن بعد',
  'مقابله اونلاين',
  'انترفيو اونلاين',
  'اختبار اونلاين',
  'اختبار عن بعد',
  'متجر اونلاين',
  'تسويق اونلاين',
  'بيع اونلاين',
  'دورات اونلاين',
  'كورسات اونلاين',
  'تعليم اونلاين',
  'دفع اونلاين',
  'حجز اونلاين',
  // A hybrid cloud; a stipend for the home office is a benefit, not the place of work.
  'سحابيه هجينه',
  'السحابه الهجينه',
  'hybrid cloud',
  'home office stipend',
  'home-office stipend',
  'home office allowance',
  'home office budget',
  'home office setup',
  'home office equipment',
  'home office support',
  'home-office support',
  'home office reimbursement',
  'home office furniture',
  'home office expenses',
);
// "remote for the first 3 months, then on-site" and the like: remote only at first.
const REMOTE_AT_FIRST = phrases(
  'initially remote',
  'remote at first',
  'remote for the first',
  'remote during onboarding',
  'then on-site',
  'then onsite',
  'then in office',
  'then in the office',
  'remote in the first',
  'remote during the first',
  'remote until',
  'remote initially',
  'remote to start',
  'start remotely',
  'remote during training',
  'first month remote',
  'first months remote',
  'anfangs remote',
  'zunächst remote',
  'عن بعد في البدايه',
  'عن بعد في الشهر الاول',
  'عن بعد في الاشهر الاولى',
  'عن بعد خلال الشهر الاول',
  'عن بعد خلال فتره التدريب',
  'في البدايه عن بعد',
  'مبدئيا عن بعد',
  'عن بعد مبدئيا',
  'ثم من المكتب',
  'ثم حضوري',
  'ثم في المكتب',
  // The other order: the office first, remote after it, is partly remote too.
  'then remote',
  'then remotely',
  'then fully remote',
  'then from home',
  'danach remote',
  'anschließend remote',
  'ثم عن بعد',
  'بعدها عن بعد',
  'ثم من المنزل',
  'ثم من البيت',
  // Then at the company premises.
  'ثم من مقر الشركه',
  'ثم من الشركه',
  'ثم في الشركه',
  'ثم في مقر الشركه',
  // Egyptian and formal "and after that from the office".
  'وبعد كده من المكتب',
  'بعد كده من المكتب',
  'وبعدها من المكتب',
  'بعد ذلك من المكتب',
  'ثم بعد ذلك من المكتب',
);

// Among the requirements, a way of working asked of the person ("experience in a hybrid team",
// "available two days a week") is not where this job is done; anything else said there ("We
// offer a hybrid model", "We're hybrid") still is: postings run their requirements into the
// conditions without a heading.
const ASKED_OF_THE_PERSON =
  /\b(?:experience|experienced|comfortable|ability|able to|familiar\w*|proven|available|availability|erfahrung|verfügbar\w*)\b|خبره|القدره|متاح|متفرغ/;
const saidOfTheJob = (s: Sentence) => s.part !== 'requirements' || !ASKED_OF_THE_PERSON.test(s.norm);
// The second phase opened by its "then", or by the end of the first: "After probation you work
// from home", "بعد فترة التدريب الشغل من البيت", "Nach der Probezeit …".
const PHASE_CONTINUES =
  /^(?:after that|afterwards|thereafter|then|from then on|after (?:the |your )?(?:probation(?: period)?|probationary period|training period|onboarding(?: period)?)|nach der (?:probezeit|einarbeitung\w*)|danach|anschließend|ثم|بعدها|وبعدها|بعد ذلك|وبعد ذلك|بعد كده|وبعد كده|وبعدين|و?بعد (?:انتهاء |نهايه )?فتره (?:ال)?(?:تدريب|تجربه|اختبار))(?![\p{L}])/u;
const OCCASIONAL_VISITS =
  /\b(?:monthly|once a month|a month|per month|each month|every month|quarterly|(?:once|twice) a quarter|(?:per|each|every) quarter|twice a year|once a year|a year|annual(?:ly)?|occasional(?:ly)?|einmal im monat|monatlich|quartal\w*|kick-?off(?:-tag| day| week)?)\b|شهري|شهريا|في الشهر|فالشهر|كل شهر|سنويا|كل ثلاثه اشهر/;
const OCCASIONAL_PRESENCE =
  /\b(?:at times|from time to time|on occasion|occasional(?:ly)?|as needed|when needed|if needed|gelegentlich|ab und zu)\b|احيانا|عند الحاجه|من وقت لاخر/;
// Going to or being at the workplace, as against where it is.
const ATTENDANCE = /\battend|\bpresence\b|\bcommut|\bcome in(?:to)?\b|الحضور|التواجد|يتواجد|تتواجد|يحضر|تحضر/;
// "مكان العمل: القاهرة", and in dialect without the colon: "مقر الشغل سموحة".
const PLACE_OF_WORK = /(?:^|\s)(?:مكان|موقع|مقر) (?:العمل\s*[:：\-–]|الشغل\s*[:：\-–]?)\s*\S/;

// Leave to work away allowed only by exception: "allowed only in emergencies", "مسموح في الحالات
// الطارئة بس", "ممكن استثنائياً".
const EXCEPTION_ALLOWED = /\b(?:allowed|permitted|possible|okay|ok)\b|مسموح|يسمح|ممكن|متاح/;
const BY_EXCEPTION =
  /\b(?:in (?:an |case of |the event of an? )?emergenc(?:y|ies)|exceptionally|in exceptional (?:cases|circumstances)|by exception|nur in ausnahmefällen|ausnahmsweise)\b|الحالات الطاريه|حالات الطواري|الطواري|حالات استثناييه|الحالات الاستثناييه|استثناييا|بشكل استثنايي/;

/** `negatedRemote` marks an on-site signal that came from a negated "remote" ("not a remote
 *  position"): stated outright, it outranks a bare "remote" elsewhere. */
type Signal = { kind: Workplace | 'homeoffice'; evidence: string; strong?: boolean; negatedRemote?: boolean; inTitle?: boolean };

/** Explicit statements in the posting's text; a later, more specific kind overrides remote. */
// The person's status between the verb and the place: "You'll work as a self-employed sales agent
// from home", "arbeitest als freie:r Texter:in von zu Hause".
const WORK_AS_FROM_HOME =
  /\b(?:work|works|working|arbeitest|arbeiten|arbeitet) (?:as|als) (?:an? |eine?r? )?(?:[\p{L}-]+ ){1,4}?(?:from (?:your )?home|von zu hause)\b/u;
// The work itself done from home, said to the reader with any verb: "Du unterrichtest von zu Hause
// aus", "Sie betreuen die Kanäle von zu Hause aus" (a Homeoffice alone is a few days of it).
// Not a modal or an occasion ("Du kannst gelegentlich von zu Hause aus arbeiten" is an option).
const YOU_WORK_FROM_HOME_DE =
  /\b(?:du (?!(?:kannst|darfst|musst|sollst|willst|möchtest|hast|bist)\b)\p{L}+st|sie (?!(?:können|dürfen|müssen|sollen|wollen|möchten|haben|sind)\b)\p{L}+en) (?!(?:[\p{L}-]+ ){0,3}?(?:gelegentlich|tageweise|teilweise|manchmal|ab und zu)\b)(?:[\p{L}-]+ ){0,3}?von zu hause aus\b/u;
function workAsFromHome(norm: string): { index: number; end: number; text: string }[] {
  if (!norm.includes(' home') && !norm.includes('hause')) return [];
  const m = WORK_AS_FROM_HOME.exec(norm) ?? YOU_WORK_FROM_HOME_DE.exec(norm);
  return m ? [{ index: m.index, end: m.index + m[0].length, text: m[0] }] : [];
}

export function workplaceSignals(sentences: readonly Sentence[]): Signal[] {
  const signals: Signal[] = [];
  // The company blurb counts here: "We are a fully remote team" says where the job is done.
  for (const [i, s] of sentences.entries()) {
    const blocked = findAll(NOT_JOB_REMOTE, s.norm);
    const inBlocked = (i: number) => blocked.some((b) => i >= b.index && i < b.end);
    if (test(REMOTE_AT_FIRST, s.norm) || phasedPlace(s.norm)) {
      signals.push({ kind: 'hybrid', evidence: s.original });
      continue;
    }
    // The phases told in two sentences: "The first three months are on-site. After that you work
    // from home."
    const next = sentences[i + 1];
    if (next && PHASE_CONTINUES.test(next.norm) && phasedPlace(`${s.norm} ${next.norm}`)) {
      signals.push({ kind: 'hybrid', evidence: `${s.original} ${next.original}` });
      continue;
    }
    // "Working from home is allowed only in emergencies": an exception, not where the job is done.
    const byException = EXCEPTION_ALLOWED.test(s.norm) && BY_EXCEPTION.test(s.norm);
    const remoteHits = byException
      ? []
      : [...findAll(REMOTE, s.norm), ...workAsFromHome(s.norm)].filter(
          (h) => !inBlocked(h.index) && !remoteHiringStep(s.norm, h.index, h.end),
        );
    // "Two days a week in the office, the rest from home": a split week is hybrid.
    // "not fully remote: 3 days a week in the office" is still a split.
    // "Remote möglich, aber kein Full-Remote": a sentence that denies fully remote is not.
    // "Remote-first" is a culture, not every day at home: it does not undo a week split with an
    // office named ("remote-first, two days a week in our Berlin office").
    const fullHits = test(FULLY_REMOTE, s.norm)
      ? findAll(FULLY_REMOTE, s.norm).filter((h) => !(REMOTE_FIRST.test(h.text) && bothPlaces(s.norm)))
      : [];
    const denied = fullHits.map((h) => negated(s.norm, h.index, h.end));
    const fullyRemote = denied.includes(false) && !denied.includes(true) && !namesWeekdays(s.norm);
    if ((saidOfTheJob(s) || bothPlaces(s.norm)) && weeklySplit(s.norm) && !fullyRemote) {
      signals.push({ kind: 'hybrid', evidence: s.original });
      continue;
    }
    const hybridHits = findAll(HYBRID, s.norm).filter(
      (h) => !inBlocked(h.index) && !negated(s.norm, h.index, h.end) && (!h.text.startsWith('split') || SPLIT_WITH_HOME.test(s.norm)),
    );
    // "remote with a hybrid option", "hybrid or fully remote": remote is on offer. "Hybrid
    // (remote + office)" is not a choice.
    const choice = test(CHOICE, s.norm.replace(/und\/oder|and\/or/g, ' ')) || ARABIC_OR.test(s.norm) || test(FULLY_REMOTE, s.norm);
    const positiveRemote = remoteHits.filter(
      (h) => !negated(s.norm, h.index, h.end) && !hybridHits.some((y) => h.index >= y.index && h.index < y.end),
    );
    if (hybridHits.length && choice && positiveRemote.length) {
      signals.push({ kind: 'remote', evidence: s.original, strong: true });
      continue;
    }
    // A hybrid workplace named among the skills asked for says nothing about this job, unless the
    // sentence says it of the job or the team ("We're hybrid", "This role is hybrid").
    if (hybridHits.length && saidOfTheJob(s)) signals.push({ kind: 'hybrid', evidence: s.original });
    // "Remote, on site two days a month": one sentence with both is a mix.
    const placeHits = [...findAll(ONSITE, s.norm), ...officePlace(s.norm)].filter((h) => !inBlocked(h.index));
    // "may require you to be on site at times": an occasional visit, not the place of work.
    const onsiteHits =
      !placeHits.length || OCCASIONAL_PRESENCE.test(s.norm) ? [] : placeHits.filter((h) => !negated(s.norm, h.index, h.end));
    // "لا يشترط الحضور للمكتب", "office attendance is not required": no need to be there is remote.
    // Only a denied attendance: "presence at the hospital and at events, sometimes out of hours" is
    // an occasional duty beside the place of work, not leave to work away from it.
    if (!remoteHits.length && !onsiteHits.length && placeHits.some((h) => ATTENDANCE.test(h.text) && negated(s.norm, h.index, h.end))) {
      signals.push({ kind: 'remote', evidence: s.original });
      continue;
    }
    const onsiteHere = onsiteHits.length > 0;
    if (positiveRemote.length && onsiteHere && !hybridHits.length && s.part !== 'benefits') {
      // Office visits at most about monthly are still a remote job (taxonomy §3).
      const remoteStill = choice || OCCASIONAL_VISITS.test(s.norm);
      signals.push(remoteStill ? { kind: 'remote', evidence: s.original, strong: true } : { kind: 'hybrid', evidence: s.original });
      continue;
    }
    for (const h of remoteHits.filter((h) => !hybridHits.some((y) => h.index >= y.index && h.index < y.end))) {
      const isNegated = negated(s.norm, h.index, h.end);
      signals.push(
        isNegated
          ? { kind: 'onsite', evidence: s.original, negatedRemote: true }
          : { kind: 'remote', evidence: s.original, strong: test(FULLY_REMOTE, s.norm) || s.part === 'title', inTitle: s.part === 'title' },
      );
    }
    // Only read where no "remote" was said: both uses below need that.
    const homeOfficeHits = remoteHits.length || byException ? [] : findAll(HOME_OFFICE, s.norm).filter((h) => !inBlocked(h.index));
    const homeOffice = homeOfficeHits.filter((h) => !negated(s.norm, h.index, h.end));
    // "Homeoffice ist nicht möglich" says on site, as a negated "remote" does.
    if (!remoteHits.length && homeOfficeHits.length > homeOffice.length)
      signals.push({ kind: 'onsite', evidence: s.original, negatedRemote: true });
    if (!remoteHits.length && !hybridHits.length && homeOffice.length)
      signals.push(
        test(FULLY_REMOTE, s.norm) ? { kind: 'remote', evidence: s.original, strong: true } : { kind: 'homeoffice', evidence: s.original },
      );
    // "مكان العمل: القاهرة": a place of work that names a place and not home is on site.
    if (!remoteHits.length && !hybridHits.length && !onsiteHere && PLACE_OF_WORK.test(s.norm))
      signals.push({ kind: 'onsite', evidence: s.original });
    if (s.part !== 'benefits')
      for (const h of onsiteHits) signals.push({ kind: 'onsite', evidence: s.original, strong: EXPLICIT_ONSITE.test(h.text) });
  }
  return signals;
}

function fromField(value: string | undefined): Workplace | undefined {
  if (!value) return undefined;
  // Folded as the text is: "عن بُعد" with its vowel mark is "عن بعد".
  const v = normaliseText(value);
  if (/hybrid|هجين/.test(v)) return 'hybrid';
  if (/on-?site|office|vor ort|مكتب|حضوري/.test(v)) return 'onsite';
  // A location field that names no place but a way of working: "Work from home", "Online".
  if (/remote|work from home|from home|\bwfh\b|home-?based|^online$|^virtual$|عن بعد|منزل|من البيت|^[أا]ونلاين$/.test(v.trim()))
    return 'remote';
  return undefined;
}

/** The evidence when only the board's remote flag decided: the page says it in words (lib/evidence-text.ts). */
export const REMOTE_FLAG_EVIDENCE = 'remote: true';

export function decideWorkplace(
  sentences: readonly Sentence[],
  hints: Hints,
  location: string,
  remoteOnlyBoard = false,
): { workplace: Workplace; evidence: string[] } {
  const signals = workplaceSignals(sentences);
  const first = (kind: Signal['kind']) => signals.find((s) => s.kind === kind);
  // Text first: a stated hybrid arrangement or a negated remote beats a bare "remote".
  const hybrid = first('hybrid');
  const strongRemote = signals.find((s) => s.kind === 'remote' && s.strong);
  if (hybrid && !strongRemote) return { workplace: 'hybrid', evidence: [hybrid.evidence] };
  if (hybrid && strongRemote) return { workplace: 'remote', evidence: [strongRemote.evidence] };
  const homeOffice = first('homeoffice');
  // On a remote-only board a home office is where the remote work happens.
  if (homeOffice && !strongRemote && !remoteOnlyBoard) return { workplace: 'hybrid', evidence: [homeOffice.evidence] };
  const remote = first('remote');
  const onsite = first('onsite');
  // "Truck Driver, remote" over "drive the truck on set routes": a remote said only in the title
  // cannot hold against duties done by hand at the place of work.
  const handsOn = remote && signals.every((s) => s.kind !== 'remote' || s.inTitle) ? handsOnDuty(sentences) : undefined;
  if (handsOn) return { workplace: 'onsite', evidence: [handsOn.original] };
  if (onsite && signals.some((s) => s.negatedRemote)) return { workplace: 'onsite', evidence: [onsite.evidence] };
  if (remote && !onsite) return { workplace: 'remote', evidence: [remote.evidence] };
  if (remote && onsite) {
    // Both said: the source's field, then the board default, decides between them.
    const field = fromField(hints.workplace);
    if (field === 'onsite' || (!field && !hints.remote)) return { workplace: 'onsite', evidence: [onsite.evidence] };
    return { workplace: 'remote', evidence: [remote.evidence] };
  }
  const field = fromField(hints.workplace);
  // The text's own "this is an on-site role", "الدوام حضوري" beats the board's field (taxonomy:
  // the text first); an office merely named ("at our campus") does not.
  const statedOnsite = signals.find((s) => s.kind === 'onsite' && s.strong);
  if (field && !(statedOnsite && field !== 'onsite')) return { workplace: field, evidence: [`workplace: ${hints.workplace}`] };
  if (onsite) return { workplace: 'onsite', evidence: [(statedOnsite ?? onsite).evidence] };
  if (hints.remote === true) return { workplace: 'remote', evidence: [REMOTE_FLAG_EVIDENCE] };
  const loc = location.trim();
  if (loc && !/^(anywhere|worldwide|global|n\/?a|-)$/i.test(loc)) {
    if (fromField(loc) === 'remote') return { workplace: 'remote', evidence: [`location: ${loc}`] };
    return { workplace: 'onsite', evidence: [`location: ${loc}`] };
  }
  return { workplace: 'unknown', evidence: [] };
}
