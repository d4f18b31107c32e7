// The two UI languages. Numbers, dates and ages are formatted with Intl for the UI locale, on
// the server.
import { SKILLS, type Engagement, type SkillId, type Workplace } from './taxonomy';

export const UI_LOCALES = ['en', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** Why a posting is closed: its expiry passed, the board marks it closed, or it is no longer seen. */
export type ClosedReason = 'expired' | 'board' | 'unlisted';
export function toUiLocale(value: string | undefined): UiLocale {
  return value === 'ar' ? 'ar' : 'en';
}

const pluralRules = { en: new Intl.PluralRules('en'), ar: new Intl.PluralRules('ar') };

export function pluralCategory(locale: UiLocale, n: number): Intl.LDMLPluralRule {
  return pluralRules[locale].select(n);
}

/** The noun forms of an Arabic count; `#` stands for the number as shown. */
export type ArabicCountForms = { one: string; two: string; few: string; many: string; other?: string };

/**
 * An Arabic counted phrase in the form Intl.PluralRules('ar') picks: one and two have their own
 * words (وظيفة واحدة، وظيفتان); zero and few (3–10, 103…) take the plural noun (٣ وظائف); many
 * (11–99) the accusative singular (١١ يومًا); other (100, 1000…) the genitive singular (١٠٠ يوم),
 * which is `many` unless the two are spelt apart.
 */
export function arabicCount(n: number, shown: string, forms: ArabicCountForms): string {
  const category = pluralCategory('ar', n);
  const form =
    category === 'one' || category === 'two'
      ? forms[category]
      : category === 'zero' || category === 'few'
        ? forms.few
        : category === 'many'
          ? forms.many
          : (forms.other ?? forms.many);
  return form.replace('#', shown);
}

const AR_OPEN_JOBS = { one: 'وظيفة واحدة متاحة', two: 'وظيفتان متاحتان', few: '# وظائف متاحة', many: '# وظيفة متاحة' };
const AR_POSTINGS = { one: 'إعلان واحد', two: 'إعلانان', few: '# إعلانات', many: '# إعلانًا', other: '# إعلان' };

const en = {
  siteName: 'Raqmi',
  metaTitle: 'Raqmi — digital-marketing jobs',
  metaDescription: 'Digital-marketing jobs from real job boards: remote, office and freelance, in English and Arabic.',
  mainNav: 'Main',
  tagline: 'Digital-marketing jobs from real job boards, remote, office and freelance.',
  nav: { listings: 'Jobs', skills: 'Skills', stats: 'Stats', sources: 'Sources' },
  switchTo: 'العربية',
  switchLabel: 'Switch the interface to Arabic',
  skipToContent: 'Skip to content',
  search: 'Search',
  // A phrase in quotes is searched as a phrase (lib/search.ts): the example shows it. Short, so it
  // fits the box on a phone and beside the filters on a desktop (tests/e2e/phones.test.ts).
  searchPlaceholder: 'e.g. "content marketing"',
  searchLabel: 'Search jobs',
  apply: 'Apply filters',
  clear: 'Clear all',
  filters: 'Filters',
  /** Between the parts of a line ("Remote · Freelance"). Arabic uses its comma: in the bold Arabic
   *  font a middle dot beside Arabic-Indic digits reads as the zero "٠". */
  sep: ' · ',
  filtersSummary: (n: number, shown: string) => (n ? `Filters · ${shown} active` : 'Filters'),
  presetsTitle: 'The article’s two ways of working',
  presetFreelance: 'Freelance — your own account',
  presetOffice: 'Office',
  presetRemote: 'Remote',
  workplace: 'Workplace',
  engagement: 'Engagement',
  skills: 'Skills & responsibilities',
  source: 'Source',
  lang: 'Posting language',
  days: 'Posted within',
  anyTime: 'Any time',
  dayOptions: { 1: '24 hours', 7: '7 days', 30: '30 days' } as Record<number, string>,
  workplaces: { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', unknown: 'Not stated' } satisfies Record<Workplace, string>,
  engagements: { freelance: 'Freelance / contract', employee: 'Employee', unknown: 'Not stated' } satisfies Record<Engagement, string>,
  // Without its heading beside it (a card's badges, a feed item's summary, a view's name) an
  // unknown says which fact it is: a card showed two badges reading "Not stated".
  workplaceBadges: { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', unknown: 'Workplace not stated' } satisfies Record<
    Workplace,
    string
  >,
  engagementBadges: { freelance: 'Freelance / contract', employee: 'Employee', unknown: 'Contract not stated' } satisfies Record<
    Engagement,
    string
  >,
  languages: { en: 'English', ar: 'Arabic', de: 'German' } as Record<string, string>,
  results: (n: number, shown: string) => (pluralCategory('en', n) === 'one' ? `${shown} open job` : `${shown} open jobs`),
  noResults: 'No open jobs match these filters.',
  noResultsHint: 'Try removing a filter, widening the date range, or searching for a shorter word.',
  // A search with a term under three letters (lib/search.ts hasShortTerm): a shorter word cannot help.
  noResultsShortHint:
    'Words under three letters match only whole words: try a longer or whole word, remove a filter, or widen the date range.',
  // The command is shown as code between the two parts; the link says where a failed run shows.
  emptyDb: {
    before: 'No jobs yet. The scrapers run on a schedule; run',
    command: 'npm run demo',
    after: 'to see the site with sample data.',
    sources: 'How each board’s last run went',
  },
  page: (p: string, n: string) => `Page ${p} of ${n}`,
  pastEnd: (p: string, n: string) => `Page ${p} is past the end: these jobs fill ${n}.`,
  lastPage: 'Go to the last page',
  prev: 'Previous',
  next: 'Next',
  subscribe: 'Subscribe to this view',
  feedRss: 'RSS',
  feedAtom: 'Atom',
  feedJson: 'JSON Feed',
  salary: 'Salary',
  postedAgo: 'Posted',
  via: 'via',
  applyOn: (board: string) => `Apply on ${board}`,
  /** The apply link in the words of the board's attribution ("via Mostaql"): the board named once. */
  applyVia: (attribution: string) => `Apply ${attribution}`,
  alsoOn: (boards: string) => `Also on ${boards}`,
  copiesHeading: 'Where this job is posted',
  groupHistory: (age: string, reposts: number) =>
    `First seen ${age}${reposts === 0 ? '' : `, reposted ${reposts === 1 ? 'once' : reposts === 2 ? 'twice' : `${formatNumber(reposts, 'en')} times`}`}`,
  copyClosed: 'closed',
  sortLegend: 'Order',
  sorts: { posted: 'Newest posting date', first_seen: 'Newest jobs first (reposts by when first seen)' } as Record<
    'posted' | 'first_seen',
    string
  >,
  // Why, from what the scrapes stored (db/queries/closure.ts): an unseen posting is "not seen",
  // since a board that keeps failing closes its postings the same way.
  closedNote: (reason: ClosedReason, board: string, date: string) =>
    reason === 'expired'
      ? `This posting is closed: it expired on ${date}.`
      : reason === 'board'
        ? `This posting is closed: ${board} marks it as closed (since ${date} at the latest).`
        : `This posting is closed: it has not been seen on ${board} since ${date}.`,
  viewOriginal: (board: string) => `View the original posting on ${board}`,
  viewOriginalVia: (attribution: string) => `View the original posting ${attribution}`,
  firstSeen: 'First seen',
  lastSeen: 'Last seen',
  facts: 'Facts',
  why: 'Why these tags',
  evidenceFor: 'Evidence',
  description: 'Description',
  location: 'Location',
  company: 'Company',
  notDm: 'Not classified as a digital-marketing role.',
  isDm: 'Classified as a digital-marketing role:',
  noSkills: 'None of the article’s skills was found in the duties or requirements.',
  skillsIntro:
    'The article “Who is a digital marketer and what do they do?” lists six skills and five responsibilities. Each job is tagged with the ones it asks for.',
  openJobsAsking: (n: number, shown: string) =>
    pluralCategory('en', n) === 'one' ? `${shown} open job asks for this` : `${shown} open jobs ask for this`,
  kindSkill: 'Skill',
  kindResponsibility: 'Responsibility',
  statsTitle: 'Stats',
  openJobs: 'Open jobs',
  perWeek: 'Jobs first seen per week, by workplace',
  perWeekDesc: (from: string, to: string) => `Stacked bars, one per week from ${from} to ${to}: remote, hybrid, on-site and not stated.`,
  weekOf: 'Week of',
  skillDemand: 'Skill demand: share of open digital-marketing jobs asking for each skill',
  skillDemandDesc: (n: number, shown: string) =>
    `Horizontal bars, one per skill or responsibility of the article, as a share of ${shown} open ${pluralCategory('en', n) === 'one' ? 'job' : 'jobs'}.`,
  matrixTitle: 'The two ways of working: engagement by workplace',
  matrixDesc:
    'Open jobs by engagement (freelance, employee, not stated) and workplace (remote, hybrid, on-site, not stated); darker cells hold more jobs.',
  share: 'Share',
  sourcesTitle: 'Sources',
  lastRun: 'Last run',
  nextRun: 'Next run',
  status: 'Status',
  counts: 'Fetched / new / updated',
  allBoards: (source: string, shown: string) => `all ${source} boards: ${shown}`,
  lastError: 'Last error',
  never: 'never',
  failingSince: (when: string, age: string) => `failing since ${when} (${age})`,
  detailsFailed: (n: number, shown: string, reason: string) =>
    `${shown} detail ${pluralCategory('en', n) === 'one' ? 'page' : 'pages'} failed: ${reason}`,
  failures: {
    http: (status: string) => `HTTP ${status}`,
    retryLater: (status: string) => `HTTP ${status}: asked to retry later than we wait`,
    layoutInvalid: (n: number, shown: string) =>
      pluralCategory('en', n) === 'one'
        ? 'layout changed? the one posting is not valid'
        : `layout changed? none of ${shown} postings valid`,
    layoutDrop: (n: number, shown: string, before: string) =>
      `layout changed? ${shown} ${pluralCategory('en', n) === 'one' ? 'posting' : 'postings'} against ${before} last time`,
    /** The response parsed to no postings; `shown` is 0 in the reader's digits. */
    layoutZero: (shown: string) => `layout changed? ${shown} postings`,
    robotsUnavailable: (why: string) => `robots.txt unavailable (${why}): nothing fetched this run`,
    timeout: 'timed out',
    network: 'network error',
    plain: {
      timeout: 'timed out',
      network: 'network error',
      'not-json': 'not JSON',
      'not-html': 'not an HTML page',
      'not-rss': 'not an RSS feed',
      malformed: 'malformed JSON',
      empty: 'empty response',
      layout: 'layout changed? expected fields missing',
      'refused-private': 'refused: private address',
      'refused-host': 'refused: host not declared for this source',
      'refused-scheme': 'refused: not an http(s) URL',
      redirects: 'too many redirects',
      'bad-redirect': 'redirected to an address that is not a URL',
      'robots-disallowed': 'disallowed by robots.txt',
      'too-large': 'response too large',
      budget: 'run took longer than its time budget',
      'lease-lost': 'another process took over this source',
      stopped: 'the process stopped before the run finished',
      unknown: 'unexpected error',
    } as Partial<Record<string, string>> & { unknown: string },
  },
  statusNames: { ok: 'OK', partial: 'Partial', skipped: 'Skipped', failed: 'Failed', running: 'Running' } as Record<string, string>,
  attribution: 'Jobs link back to the boards they come from.',
  feedDescription: 'Digital-marketing jobs from real job boards, filtered to this view.',
  feedCopyright: 'Postings belong to their employers and boards; each item links back to its source.',
  originalPosting: (via: string) => `Original posting ${via}`,
  notFound: 'This page does not exist.',
  notFoundTitle: 'Page not found',
  back: 'Back to jobs',
  badPath: 'Bad request: the path is not valid percent-encoding.',
};

export type Dict = typeof en;

const ar: Dict = {
  siteName: 'رقمي',
  metaTitle: 'رقمي — وظائف التسويق الرقمي',
  metaDescription: 'وظائف التسويق الرقمي من مواقع التوظيف الحقيقية: عن بعد، من المكتب، وعمل حر، بالعربية والإنجليزية.',
  mainNav: 'الرئيسية',
  tagline: 'وظائف التسويق الرقمي من مواقع التوظيف الحقيقية: عن بعد، من المكتب، وعمل حر.',
  nav: { listings: 'الوظائف', skills: 'المهارات', stats: 'إحصاءات', sources: 'المصادر' },
  switchTo: 'English',
  switchLabel: 'التبديل إلى الواجهة الإنجليزية',
  skipToContent: 'انتقل إلى المحتوى',
  search: 'بحث',
  searchPlaceholder: 'مثلاً: «تسويق المحتوى»',
  searchLabel: 'ابحث في الوظائف',
  apply: 'تطبيق الفلاتر',
  clear: 'مسح الكل',
  filters: 'الفلاتر',
  sep: '، ',
  filtersSummary: (n, shown) => (n ? `الفلاتر — ${shown} مفعّلة` : 'الفلاتر'),
  presetsTitle: 'طريقتا العمل في المقال',
  presetFreelance: 'عمل حر — لحسابك الخاص',
  presetOffice: 'العمل المكتبي',
  presetRemote: 'عن بعد',
  workplace: 'مكان العمل',
  engagement: 'نوع التعاقد',
  skills: 'المهارات والمسؤوليات',
  source: 'المصدر',
  lang: 'لغة الإعلان',
  days: 'تاريخ النشر',
  anyTime: 'أي وقت',
  dayOptions: { 1: 'آخر ٢٤ ساعة', 7: 'آخر ٧ أيام', 30: 'آخر ٣٠ يوماً' },
  workplaces: { remote: 'عن بعد', hybrid: 'هجين', onsite: 'من المكتب', unknown: 'غير محدد' },
  engagements: { freelance: 'عمل حر / عقد', employee: 'موظف', unknown: 'غير محدد' },
  workplaceBadges: { remote: 'عن بعد', hybrid: 'هجين', onsite: 'من المكتب', unknown: 'مكان العمل غير محدد' },
  engagementBadges: { freelance: 'عمل حر / عقد', employee: 'موظف', unknown: 'نوع التعاقد غير محدد' },
  languages: { en: 'الإنجليزية', ar: 'العربية', de: 'الألمانية' },
  // Arabic counts have six forms: ٠ وظائف، وظيفة واحدة، وظيفتان، ٣ وظائف، ١١ وظيفة، ١٠٠ وظيفة.
  results: (n, shown) => arabicCount(n, shown, AR_OPEN_JOBS),
  noResults: 'لا توجد وظائف متاحة تطابق هذه الفلاتر.',
  noResultsHint: 'جرّب إزالة فلتر أو توسيع المدة أو البحث بكلمة أقصر.',
  noResultsShortHint: 'الكلمات الأقل من ثلاثة أحرف لا تطابق إلا كلمات كاملة: جرّب كلمة أطول أو كاملة، أو أزل فلترًا، أو وسّع المدة.',
  emptyDb: {
    before: 'لا توجد وظائف بعد. تعمل أدوات الجمع وفق جدول؛ شغّل',
    command: 'npm run demo',
    after: 'لرؤية الموقع ببيانات تجريبية.',
    sources: 'نتيجة آخر جمع من كل مصدر',
  },
  page: (p, n) => `الصفحة ${p} من ${n}`,
  pastEnd: (p, n) => `الصفحة ${p} بعد نهاية النتائج (عدد الصفحات: ${n}).`,
  lastPage: 'الذهاب إلى آخر صفحة',
  prev: 'السابق',
  next: 'التالي',
  subscribe: 'اشترك في هذا العرض',
  feedRss: 'RSS',
  feedAtom: 'Atom',
  feedJson: 'JSON Feed',
  salary: 'الراتب',
  postedAgo: 'نُشرت',
  via: 'عبر',
  applyOn: (board) => `تقدّم عبر ${board}`,
  applyVia: (attribution) => `تقدّم ${attribution}`,
  alsoOn: (boards) => `متاحة أيضًا على ${boards}`,
  copiesHeading: 'أين نُشرت هذه الوظيفة',
  groupHistory: (age, reposts) =>
    `أول ظهور ${age}${reposts === 0 ? '' : `، وأعيد نشرها ${arabicCount(reposts, formatNumber(reposts, 'ar'), { one: 'مرة واحدة', two: 'مرتين', few: '# مرات', many: '# مرة' })}`}`,
  copyClosed: 'مغلق',
  sortLegend: 'الترتيب',
  sorts: { posted: 'الأحدث نشرًا', first_seen: 'الوظائف الأحدث أولًا (المعاد نشرها بتاريخ أول ظهور)' },
  closedNote: (reason, board, date) =>
    reason === 'expired'
      ? `هذا الإعلان مغلق: انتهت صلاحيته في ${date}.`
      : reason === 'board'
        ? `هذا الإعلان مغلق: يعرضه ${board} مغلقًا (منذ ${date} على الأقل).`
        : `هذا الإعلان مغلق: لم نجده على ${board} منذ ${date}.`,
  viewOriginal: (board) => `عرض الإعلان الأصلي على ${board}`,
  viewOriginalVia: (attribution) => `عرض الإعلان الأصلي ${attribution}`,
  firstSeen: 'أول ظهور',
  lastSeen: 'آخر ظهور',
  facts: 'معلومات',
  why: 'لماذا هذه الوسوم',
  evidenceFor: 'الدليل',
  description: 'الوصف',
  location: 'الموقع',
  company: 'الشركة',
  notDm: 'لم تُصنّف وظيفة تسويق رقمي.',
  isDm: 'صُنّفت وظيفة تسويق رقمي:',
  noSkills: 'لم نجد في المهام أو المتطلبات أياً من مهارات المقال.',
  skillsIntro: 'يذكر مقال «من هو المسوق الرقمي وماذا يفعل؟» ست مهارات وخمس مسؤوليات. نوسم كل وظيفة بما تطلبه منها.',
  openJobsAsking: (n, shown) => `${arabicCount(n, shown, AR_OPEN_JOBS)} ${pluralCategory('ar', n) === 'two' ? 'تطلبان' : 'تطلب'} ذلك`,
  kindSkill: 'مهارة',
  kindResponsibility: 'مسؤولية',
  statsTitle: 'إحصاءات',
  openJobs: 'الوظائف المتاحة',
  perWeek: 'الوظائف الجديدة أسبوعياً حسب مكان العمل',
  perWeekDesc: (from, to) => `أعمدة مكدّسة، عمود لكل أسبوع من ${from} إلى ${to}: عن بعد، هجين، من المكتب، وغير محدد.`,
  weekOf: 'أسبوع',
  skillDemand: 'الطلب على المهارات: نسبة الوظائف المتاحة التي تطلب كل مهارة',
  // After "من" the dual is genitive: وظيفتين متاحتين.
  skillDemandDesc: (n, shown) =>
    `أعمدة أفقية، عمود لكل مهارة أو مسؤولية في المقال، كنسبة من ${arabicCount(n, shown, { ...AR_OPEN_JOBS, two: 'وظيفتين متاحتين' })}.`,
  matrixTitle: 'طريقتا العمل: نوع التعاقد حسب مكان العمل',
  matrixDesc:
    'الوظائف المتاحة حسب نوع التعاقد (عمل حر، موظف، غير محدد) ومكان العمل (عن بعد، هجين، من المكتب، غير محدد)؛ الخلايا الأغمق تضم وظائف أكثر.',
  share: 'النسبة',
  sourcesTitle: 'المصادر',
  lastRun: 'آخر تشغيل',
  nextRun: 'التشغيل التالي',
  status: 'الحالة',
  counts: 'جُلب / جديد / محدّث',
  allBoards: (source, shown) => `كل صفحات الشركات على ${source}: ${shown}`,
  lastError: 'آخر خطأ',
  never: 'أبداً',
  failingSince: (when, age) => `يفشل منذ ${when} (${age})`,
  detailsFailed: (n, shown, reason) =>
    `فشلت ${arabicCount(n, shown, { one: 'صفحة تفاصيل واحدة', two: 'صفحتا تفاصيل', few: '# صفحات تفاصيل', many: '# صفحة تفاصيل' })}: ${reason}`,
  failures: {
    http: (status) => `استجابة HTTP ${status}`,
    retryLater: (status) => `استجابة HTTP ${status}: طُلب منا انتظار أطول مما ننتظر`,
    layoutInvalid: (n, shown) =>
      `تغيّر التصميم؟ ${arabicCount(n, shown, { one: 'الإعلان الوحيد غير صالح', two: 'لا يصلح أيّ من الإعلانين', few: 'لا يصلح أيّ من # إعلانات', many: 'لا يصلح أيّ من # إعلانًا', other: 'لا يصلح أيّ من # إعلان' })}`,
    layoutDrop: (n, shown, before) => `تغيّر التصميم؟ ${arabicCount(n, shown, AR_POSTINGS)} مقابل ${before} في المرة السابقة`,
    layoutZero: (shown) => `تغيّر التصميم؟ ${arabicCount(0, shown, AR_POSTINGS)}`,
    robotsUnavailable: (why) => `تعذّرت قراءة robots.txt (${why}): لم يُجلب شيء في هذا التشغيل`,
    timeout: 'انتهت المهلة',
    network: 'خطأ في الشبكة',
    plain: {
      timeout: 'انتهت المهلة',
      network: 'خطأ في الشبكة',
      'not-json': 'ليست JSON',
      'not-html': 'ليست صفحة HTML',
      'not-rss': 'ليست خلاصة RSS',
      malformed: 'JSON تالف',
      empty: 'استجابة فارغة',
      layout: 'تغيّر التصميم؟ حقول متوقعة مفقودة',
      'refused-private': 'مرفوض: عنوان خاص',
      'refused-host': 'مرفوض: مضيف غير مصرّح به لهذا المصدر',
      'refused-scheme': 'مرفوض: رابط ليس http(s)',
      redirects: 'إعادات توجيه أكثر من اللازم',
      'bad-redirect': 'إعادة توجيه إلى عنوان غير صالح',
      'robots-disallowed': 'ممنوع بحسب robots.txt',
      'too-large': 'الاستجابة أكبر من اللازم',
      budget: 'تجاوز التشغيل مدته المحددة',
      'lease-lost': 'تولّت عملية أخرى هذا المصدر',
      stopped: 'توقفت العملية قبل انتهاء التشغيل',
      unknown: 'خطأ غير متوقع',
    },
  },
  statusNames: { ok: 'ناجح', partial: 'جزئي', skipped: 'متخطى', failed: 'فشل', running: 'قيد التشغيل' },
  attribution: 'كل وظيفة ترتبط بالموقع الذي نُشرت فيه.',
  feedDescription: 'وظائف التسويق الرقمي من مواقع التوظيف الحقيقية، بحسب هذا العرض.',
  feedCopyright: 'الإعلانات ملك أصحاب العمل والمواقع؛ كل عنصر يرتبط بمصدره.',
  originalPosting: (via) => `الإعلان الأصلي ${via}`,
  notFound: 'هذه الصفحة غير موجودة.',
  notFoundTitle: 'الصفحة غير موجودة',
  back: 'العودة إلى الوظائف',
  badPath: 'طلب غير صالح: ترميز المسار (ترميز النسبة المئوية) غير صحيح.',
};

export function dict(locale: UiLocale): Dict {
  return locale === 'ar' ? ar : en;
}

export function skillName(id: SkillId, locale: UiLocale): string {
  return SKILLS.find((s) => s.id === id)?.name[locale] ?? id;
}

const intlLocale = (locale: UiLocale) => (locale === 'ar' ? 'ar-EG' : 'en-GB');

// Intl formatters are costly to build and safe to share: one of each per UI locale.
function memo<T>(make: (locale: string) => T): (locale: UiLocale) => T {
  const made = new Map<UiLocale, T>();
  return (locale) => {
    let f = made.get(locale);
    if (!f) made.set(locale, (f = make(intlLocale(locale))));
    return f;
  };
}
const numberFormat = memo((l) => new Intl.NumberFormat(l));
const percentFormat = memo((l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }));
const dateFormat = memo((l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }));
const dateTimeFormat = memo((l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }));
const relativeFormat = memo((l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));

export function formatNumber(n: number, locale: UiLocale): string {
  return numberFormat(locale).format(n);
}

/** Each digit of a figure that names rather than counts (an HTTP status, a date stamp) in the
 *  reader's digits, "503" → "٥٠٣": as written otherwise, no grouping, nothing read as a number. */
export function localDigits(text: string, locale: UiLocale): string {
  return text.replace(/[0-9]/g, (d) => formatNumber(Number(d), locale));
}

export function formatPercent(part: number, whole: number, locale: UiLocale): string {
  return percentFormat(locale).format(whole ? part / whole : 0);
}

export function formatDate(ms: number, locale: UiLocale): string {
  return dateFormat(locale).format(ms);
}

export function formatDateTime(ms: number, locale: UiLocale): string {
  return `${dateTimeFormat(locale).format(ms)} UTC`;
}

export function formatAge(ms: number, now: number, locale: UiLocale): string {
  const rtf = relativeFormat(locale);
  // Pages render for the start of the hour: a posting seen since then is "this hour", not "in 10 minutes".
  if (ms >= now) return rtf.format(0, 'hour');
  const minutes = Math.round((ms - now) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  const days = Math.round(hours / 24);
  if (Math.abs(days) < 30) return rtf.format(days, 'day');
  const months = Math.round(days / 30);
  if (Math.abs(months) < 12) return rtf.format(months, 'month');
  return rtf.format(Math.round(days / 365), 'year');
}
