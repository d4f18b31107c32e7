// Work on an online platform said without the word marketing: "إدارة صفحات الفيسبوك والانستجرام",
// "نشر ريلز على تيك توك", "grow our Instagram and TikTok accounts". Many Arabic job ads name the
// work this way, in dialect and loanwords, under a title that names no role at all ("مطلوب
// موظفة"). A platform counts only in a sentence that also names work done on it, so "تابعونا على
// فيسبوك" (follow us) is not a duty.
import { findAll, phrases, removeAll, test } from './lexicon';
import type { Sentence } from './segment';

const PLATFORM = phrases(
  'facebook',
  'instagram',
  'tiktok',
  'snapchat',
  'youtube',
  'linkedin',
  'pinterest',
  'فيسبوك',
  'فيس بوك',
  'الفيس',
  'انستجرام',
  'انستقرام',
  'انستغرام',
  'انستا',
  'تيك توك',
  'تيكتوك',
  'سناب شات',
  'سناب',
  'يوتيوب',
  'لينكد ان',
  'لينكدان',
  'تويتر',
  'ميتا',
  // A tweet is a post on X: "كتابة وجدولة 10 تغريدات لحساب الشركة".
  'تغريدات',
  'تغريده',
  'tweets',
  // The platforms named together, as government and NGO posts do: "إدارة الحسابات على منصات التواصل
  // الاجتماعي". They count as one platform.
  'منصات التواصل الاجتماعي',
  'مواقع التواصل الاجتماعي',
  'وسائل التواصل الاجتماعي',
);
const WORK_ON_PLATFORM = phrases(
  'handle',
  'يدير',
  'تدير',
  'يمسك',
  'تمسك',
  'manage',
  'managing',
  'run',
  'running',
  'schedule',
  'captions',
  'grow',
  'growing',
  'post',
  'posts',
  'posting',
  'content',
  'campaigns',
  'ads',
  'followers',
  'engagement',
  'community',
  'reels',
  'اداره',
  'لاداره',
  'نشر',
  'ونشرها',
  'بوستات',
  'بوست',
  'منشورات',
  'كابشن',
  'ريلز',
  'ستوري',
  'اعلانات',
  'اعلان',
  'حملات',
  'حمله',
  'المتابعين',
  'متابعين',
  'التفاعل',
  'محتوى',
  'جروبات',
  'جدوله',
  'كتابه',
  // Hosting live streams on a platform, as live selling does: "تقديم بثوث بيع مباشر على تيك توك".
  'live',
  'livestream',
  'livestreams',
  'بث',
  'بثوث',
  'لايف',
  'لايفات',
);
// "Follow us on Instagram", "apply through our Facebook page": the company's own channels.
const OWN_CHANNELS = phrases('follow us', 'follow our', 'تابعونا', 'تابعنا', 'للتقديم', 'apply via', 'apply through', 'apply on');
// A title that asks for someone without naming the role ("مطلوب موظفة بالرياض", "We're hiring"):
// the body says what the job is. What is left after these words and a place is the role, if any.
const ASKING = phrases(
  'مطلوب',
  'مطلوبه',
  'مطلوبين',
  'وظيفه',
  'وظائف',
  'شاغره',
  'فرصه عمل',
  'فرص عمل',
  'للعمل',
  'we are hiring',
  "we're hiring",
  'hiring',
  'now',
  'job opening',
  'vacancy',
  'wanted',
);
const PERSON = phrases('موظف', 'موظفه', 'موظفين', 'موظفات', 'شاب', 'شباب', 'بنات', 'فتاه', 'فتيات', 'سيدات', 'شخص', 'someone');
const PLACE = /(?:^|\s)(?:في|ب|بال|لدي|in|at)(?:\s|$).*$|(?:^|\s)بال\S+.*$/;
// A business's page with posts or followers on it is a social media page: "كتابة 10 منشورات لصفحة
// مطعم ونشرها", "زيادة متابعين الصفحة". A page alone is as often a web page or a page of a report.
const PAGE = phrases('صفحه', 'صفحات', 'الصفحتين');
const SOCIAL_POSTS = phrases('منشورات', 'منشور', 'بوستات', 'بوست', 'ستوري', 'ستوريز', 'ريلز', 'المتابعين', 'متابعين', 'كومنتات', 'لايكات');

/** A sentence that names work done on a platform, and not the company's own channels. */
const worksOnPlatform = (norm: string) => test(WORK_ON_PLATFORM, norm) && !test(OWN_CHANNELS, norm);
/** The first page named in a sentence with posts or followers, the one platform it then names. */
const socialPage = (norm: string) => (test(SOCIAL_POSTS, norm) ? findAll(PAGE, norm).slice(0, 1) : []);

/** Distinct platforms some sentence names together with work done on them, and the first such sentence. */
export function platformWork(sentences: readonly Sentence[]): { count: number; first?: Sentence } {
  const seen = new Set<string>();
  let first: Sentence | undefined;
  for (const s of sentences) {
    const named = findAll(PLATFORM, s.norm);
    const platforms = named.length ? named : socialPage(s.norm);
    if (!platforms.length || !worksOnPlatform(s.norm)) continue;
    for (const p of platforms) seen.add(named.length ? p.text.replace(/^(?:وال|بال|لل|ال|و|ب|ل)/, '') : 'page');
    first ??= s;
  }
  return { count: seen.size, first };
}

/** Where a text first names a platform it also names work on (-1 if none): "إدارة مجموعة فيسبوك". */
export function platformWorkAt(norm: string): number {
  return worksOnPlatform(norm) ? (findAll(PLATFORM, norm)[0]?.index ?? -1) : -1;
}

/** The title asks for someone and names no role: nothing but asking words, a person and a place. */
export function rolelessTitle(norm: string): boolean {
  if (!test(ASKING, norm)) return false;
  const rest = removeAll(PERSON, removeAll(ASKING, norm)).replace(PLACE, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}
