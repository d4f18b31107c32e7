// Place of work with its frequency, and remote steps of the hiring process. "Two days a week in
// the office", "3 Tage pro Woche im Homeoffice", "يومين في الأسبوع من المنزل": a regular split of
// the week between home and a workplace is hybrid (taxonomy §3); five days, or days a month,
// are not a split of the week. "Interviews are held remotely" is about hiring, not the job.

// Times a week count as days: "on site at least once a week"; so do days counted after their
// noun: "remote days are possible (usually 2 per week)".
const DAYS_EN =
  /\b(?:1|2|3|4|one|two|three|four)(?:\s*(?:-|–|to|or)\s*(?:2|3|4|two|three|four))? days?\b|\b(?:once|twice|three times) (?:a|per|each|every) week\b|\ba day or two\b|\bdays\b[^.;]{0,40}?\b(?:1|2|3|4|one|two|three|four) (?:a|per|each) week\b/;
// With the place in the word: "zwei Präsenztage", "drei Bürotage", "2 Homeoffice-Tage"; or fixed: "zwei feste Tage".
const DAYS_DE =
  /\b(?:1|2|3|4|ein(?:en)?|zwei|drei|vier)(?:\s*(?:-|–|bis|oder)\s*(?:2|3|4|zwei|drei|vier))? (?:(?:feste|fixe|volle|ganze|bestimmte)n? )?(?:präsenz|büro|office|homeoffice-?|remote-?|mobile?-?)?tage?n?\b/;
// French days: "télétravail 2 jours par semaine".
const DAYS_FR = /\b(?:1|2|3|4|un|deux|trois|quatre) jours?\b/;
// Days, or times a week ("مرتين بالأسبوع"), and the Maghrebi "جوج أيام" (two days).
const DAYS_AR = /(?:^|\s)(?:يوم|يوما|يومين|يومان|مرتين|مره|(?:1|2|3|4|ثلاث|ثلاثه|اربع|اربعه|جوج) (?:ايام|مرات))(?=\s|$|[،,.])/;
// French and Maghrebi weeks too: "2 jours par semaine", "يومين فالسيمانة".
const WEEK =
  /\b(?:a|per|each|every|\/) week\b|\bweekly\b|\bwöchentlich\b|\b(?:pro|die|in der|je) woche\b|\bpar semaine\b|الاسبوع|اسبوعيا|اسبوعي|كل اسبوع|بالاسبوع|سيمانه/;
// Days counted by the month ("two days a month in the office") are visits, not a split week; a
// monthly stipend (مكافأة شهرية) or salary is not a count of days.
const MONTH =
  /\b(?:a|per|each|every|the|\/) month\b|\bmonthly\b|\b(?:im|pro|je|jeden) monat\b|\bmonatlich\b|بالشهر|في الشهر|كل شهر|(?:^|\s)شهريا(?=\s|$|[،,.])/;
// Anywhere you like is not the office: "work from wherever you like", "von wo du willst". "In" on
// named days is in the office: "the whole team is in on Mondays"; "bei uns" is at the company.
const ANYWHERE = /\bfrom[\s-](?:wherever|anywhere)\b|\bvon (?:überall|wo (?:du|sie) (?:willst|wollen|möchtest))\b/;
const IN_ON_DAYS = /\b(?:is|are|be|come|comes) in on (?:sun|mon|tues|wednes|thurs|fri|satur)days?\b|\bbei uns\b/;
const ONLINE_AR = /اونلاين|اون لاين/g;
// A shop, restaurant, café, clinic or salon as the place of work ("٣ أيام بالمحل", "يحضر للمحل يومين"),
// as whole words: المحلي is "local".
const SHOP_AR = String.raw`(?:^|\s)(?:(?:و|ب|وب|في )?ال|و?لل)(?:محل|مطعم|عياده|صالون|مقهي|كافيه|كوفي)(?=\s|$|[،,.])`;
const PLACE = new RegExp(
  `\\b(?:office|home|wfh|remote(?:ly)?|telework(?:ing)?|telecommut\\w*|on-?site|in person|büro|homeoffice|home-office|zu hause|vor ort|mobil|studio|t[ée]l[ée]travail)\\b|المكتب|المنزل|البيت|حضوري|عن بعد|اونلاين|اون لاين|اونسايت|اون سايت|ريموت|مقر الشركه|الشركه|ستوديو|بيتك|منزلك|بيته|بيتها|منزله|منزلها|تيليترا[ڤف]اي|${SHOP_AR}|${ANYWHERE.source}|${IN_ON_DAYS.source}`,
);

// Named weekdays at home or in the office ("from home on Fridays", "im Büro montags", "من المكتب
// يوم الأحد") split the week as surely as a count of days does.
// Arabic names the day with its article alone too ("الأحد والثلاثاء من المكتب"), except الاثنين,
// which is also "the two".
const WEEKDAYS =
  /\b(?:sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|montags?|dienstags?|mittwochs?|donnerstags?|freitags?)\b|(?:^|\s)(?:يوم|ايام) (?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)|(?:^|\s)و?(?:ال)(?:احد|ثلاثاء|اربعاء|خميس|سبت)(?=\s|$|[،,.])/;
/** Weekdays named: "Fridays are work-from-anywhere" is remote on one day, not every day. */
export const namesWeekdays = (norm: string) => WEEKDAYS.test(norm);

// "Monday to Friday", "Monday to Saturday", "من الأحد إلى الخميس", "من الأحد للخميس", "السبت - الخميس": the whole week,
// not a split of it.
const WHOLE_WEEK =
  /\bsun\w*\s*(?:to|through|thru|-|–)\s*thu\w*|\b(?:sun|mon|montag)\w*\s*(?:to|through|thru|-|–|bis)\s*(?:fri|freitag|sat|samstag)\w*|(?:^|\s)(?:من )?(?:يوم )?(?:ال)?(?:احد|سبت)\s*(?:(?:الي|حتي|لغايه|لين|ل|-|–)\s*(?:يوم )?(?:ال)?|لل)خميس/;
// The office with an article, a possessive or a name after it: المكتب، مكتبنا، مكتب التحرير.
const HOME_OR_OFFICE = new RegExp(
  `\\b(?:office|home|büro|homeoffice|home-office|zu hause|studio|campus)\\b|مكتب|المنزل|البيت|مقر الشركه|${ANYWHERE.source}|${IN_ON_DAYS.source}`,
);
const HOME = new RegExp(
  `\\b(?:home|wfh|homeoffice|home-office|zu hause|remote(?:ly)?|telework\\w*|telecommut\\w*|t[ée]l[ée]travail)\\b|المنزل|البيت|بيتك|منزلك|بيته|بيتها|منزله|منزلها|عن بعد|اونلاين|اون لاين|تيليترا[ڤف]اي|${ANYWHERE.source}`,
);
// A workplace that is not called an office: a campus, a branch, the premises, a factory, a store,
// a showroom or hall (الصالة), and in Arabic a shop (SHOP_AR).
const OTHER_WORKPLACE = new RegExp(
  String.raw`\b(?:campus|branch|premises|store|factory|studio)\b|الحرم الجامعي|الجامعه|المقر|الفرع|المصنع|المعرض|المتجر|الصاله|ستوديو|${SHOP_AR}`,
);
// أونسايت: the English loanword, as Egyptian ads write it ("يومين أونسايت والباقي من البيت").
const OFFICE = new RegExp(`\\b(?:office|büro|on-?site)\\b|مكتب|اونسايت|اون سايت|مقر الشركه|${IN_ON_DAYS.source}|${OTHER_WORKPLACE.source}`);
// Each weekday by name, with Arabic's "and" and article: الأحد والاثنين والثلاثاء.
const WEEKDAY_NAME =
  /\b(?:sun|mon|tues|wednes|thurs|fri|satur)days?\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag)s?\b|(?:^|\s)و?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?=\s|$|[،,.])/g;
/** Five weekdays named at one place ("من المكتب أيام الأحد والاثنين … والخميس") are the whole
 *  week there; naming both home and office, or fewer days, splits it. */
const splitByWeekdays = (norm: string) => bothPlaces(norm) || (norm.match(WEEKDAY_NAME)?.length ?? 0) < 5;

/** Home and a workplace both named. */
export const bothPlaces = (norm: string) => HOME.test(norm) && OFFICE.test(norm);

// Days off are not days at home: "إجازة أسبوعية يوم الجمعة", "30 يوم إجازة".
const LEAVE = /\b(?:holiday|holidays|vacation|leave|day off|days off|urlaub)\b|اجازه|اجازات|عطله|راحه/;

// A meeting on a weekday is not a day at a place: "we meet by phone each Monday"; nor are hours
// to be reachable: "we only need a two-hour overlap with UK time on Thursdays"; nor days named
// before the meeting: "join our Tuesday and Friday syncs".
const MEETING_DAY =
  /\b(?:meet|meets|meeting|meetings|call|calls|syncs?|stand-?ups?|check-?ins?|catch up|overlap|available|availability|reachable|abstimmung|jour fixe|treffen)\b[^,;.]{0,30}?\b(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|(?:montag|dienstag|mittwoch|donnerstag|freitag)s?)\b|\b(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|(?:montag|dienstag|mittwoch|donnerstag|freitag)s?)(?:(?:,| and| or| &) (?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|(?:montag|dienstag|mittwoch|donnerstag|freitag)s?))* (?:video )?(?:syncs?|calls?|meetings?|stand-?ups?|check-?ins?|catch-?ups?)\b/g;

// Days on which sessions are held ("sessions in person on Saturday and Tuesday evenings",
// "التدريب حضوري ثلاثة أيام أسبوعياً") are the job's timetable, not a week split between home and
// a workplace: with neither home nor online named, they are days at the one place.
const TIMETABLE =
  /\b(?:sessions?|classes|lectures?|lessons?|workshops?|seminars?|shifts?)\b|(?:^|\s)(?:ال)?(?:تدريب|محاضرات|حصص|دروس|جلسات|ورش|دورات|شيفت|شيفتات)(?=\s|$|[،,.])/;
const AWAY_OR_ONLINE = new RegExp(`${HOME.source}|\\b(?:online|virtual(?:ly)?)\\b`);

/** A week split between a workplace and home: one to four days a week at one of them. */
export function weeklySplit(text: string): boolean {
  if (TIMETABLE.test(text) && !AWAY_OR_ONLINE.test(text)) return false;
  const norm = WEEKDAYS.test(text) ? text.replace(MEETING_DAY, (m) => (OFFICE.test(m) ? m : ' ')) : text;
  if (MONTH.test(norm) || !PLACE.test(norm)) return false;
  if (WEEKDAYS.test(norm) && HOME_OR_OFFICE.test(norm) && !WHOLE_WEEK.test(norm) && !LEAVE.test(norm) && splitByWeekdays(norm)) return true;
  if (DAYS_EN.test(norm) || DAYS_DE.test(norm) || DAYS_FR.test(norm))
    return (
      WEEK.test(norm) || /\b(?:in|at|from) (?:the |our )?(?:office|home)\b|\bon-?site\b|\b(?:im büro|im homeoffice|vor ort)\b/.test(norm)
    );
  // Days at home and days at the office in one sentence split the week even without "a week".
  // "أونلاين" alone names how a shop sells ("صفحة مكياج أونلاين … لايفات 3 مرات في الأسبوع"), not
  // where the days are spent: another place word is needed.
  return DAYS_AR.test(norm) && (WEEK.test(norm) || bothPlaces(norm)) && !LEAVE.test(norm) && PLACE.test(norm.replace(ONLINE_AR, ' '));
}

// Steps of hiring that may be remote while the job is not.
const HIRING_STEP =
  /\b(?:interview(?:s|ed|ing)?|hiring process|recruitment process|recruiting process|assessment|screening|vorstellungsgespräch\w*|bewerbungsgespräch\w*)\b|المقابل\S*|مقابل\S*|التقديم|الاختبار|انترفيو/;
const THE_JOB = /\b(?:job|role|position|work|working|based|team|company|stelle|arbeit)\b|العمل|الوظيفه|الدوام|للعمل/;
// A step of starting the job that lasts days or a week: "onboarding happens remotely in your first
// week", "التدريب التعريفي عن بعد في أول أسبوع". Remote said of it is how the new hire is
// introduced, not where the job is done. A longer or open phase ("Einarbeitung remote, danach im
// Büro", "remote for the first three months") is still remote at first: hybrid (taxonomy §3).
const STARTING_STEP = /\b(?:onboarding|induction|orientation|einarbeitung)\b|التدريب التعريفي|التعريفي|التهييه/;
const SHORT_SPAN =
  /\b(?:first|1st|opening) (?:week|days?|few days)\b|\b(?:a|one|1) week\b|\berste[nr]? (?:woche|tage)\b|(?:^|\s)(?:اول|خلال) (?:اسبوع|يوم|ايام)(?=\s|$|[.,،؛])|(?:الاسبوع|اليوم|الايام) (?:الاول|الاولي)/;
const startingStep = (before: string, norm: string) => STARTING_STEP.test(before) && SHORT_SPAN.test(norm);
// The last few words only: read from the text's last 400 characters, not the whole of a long line.
const lastWords = (text: string, n: number) => text.slice(-400).split(/\s+/).filter(Boolean).slice(-n).join(' ');

/** True when the "remote" at `index` is said of a step of hiring just before it ("interviews
 *  will be conducted remotely", "المقابلة أونلاين") with nothing about the job in between. */
export function remoteHiringStep(norm: string, index: number, end: number): boolean {
  if (THE_JOB.test(norm.slice(index, end))) return false;
  const before = lastWords(norm.slice(0, index), 4);
  const m = HIRING_STEP.exec(before) ?? (startingStep(before, norm) ? STARTING_STEP.exec(before) : null);
  if (!m) return false;
  const between = before.slice(m.index + m[0].length);
  return !THE_JOB.test(between) && !/[,;.]/.test(between);
}

// The office named as the place of work in words the lexicon cannot list: "based in our Cairo
// office", "working from the Berlin HQ", "commute to our Manchester office", "we're in the Leeds
// office", "the job is in our Friedrichshain office", and a commute asked of the person: "within
// commuting distance of our Leeds office", "able to commute to Bristol" ("no commute" is a remote
// job's perk, and has neither form).
const AT_OFFICE =
  /\bcommut(?:ing|able) distance (?:of|to|from)\b|\b(?:able|willing) to commute (?:to|into)\b|\b(?:(?:based|located|work|working|report|reporting|commute|commuting|join|joining|we(?:'re|’re| are)|you(?:'ll|’ll| will) be|(?:job|role|position) (?:is|will be))\s+(?:[\p{L}-]+\s+){0,3}?(?:in|at|from|to|into)\s+(?:our|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:office|offices|headquarters|hq|studio)|commute to (?:our|the) )/u;

// Being at a named workplace, in Arabic: "يتواجد في المطعم يوميا", "الحضور إلى الفرع", "الحضور
// للمطعم يوم التصوير", a shoot or a hand-out held there ("مدة التصوير يوم واحد داخل المطعم",
// "توزيع عينات في مولات الرياض"), "التواجد
// بالعيادة". An online store (المتجر الإلكتروني) is not a place one goes to.
const PRESENT_AT =
  /(?:^|\s)و?(?:(?:يتواجد|تتواجد|يكون متواجد\S*|تكون متواجد\S*|التواجد|الحضور|يحضر|تحضر|الدوام|التواجد اليومي) (?:في |الي |ب|داخل |لل|ل)?|(?:التصوير|ل?تصوير|يصور|تصور|توزيع) (?:\S+ ){0,5}?(?:في|داخل) )(?:ال)?(?:مطعم|مكتب|شركه|فرع|معرض|عياده|مقر|محل|مصنع|مستودع|مستشفي|مدرسه|صالون|فندق|كافيه|مول|موقع)\S*(?=\s|$)(?! (?:الالكتروني|اونلاين))/;

const PRESENCE_WORD = /تواجد|متواجد|الحضور|يحضر|تحضر|الدوام|تصوير|يصور|تصور|توزيع/;
/** Where the text names an office as the place of work, as a lexicon hit would. */
export function officePlace(norm: string): { index: number; end: number; text: string }[] {
  const m = AT_OFFICE.exec(norm) ?? (PRESENCE_WORD.test(norm) ? PRESENT_AT.exec(norm) : null);
  return m ? [{ index: m.index, end: m.index + m[0].length, text: m[0] }] : [];
}

// A job done in one place for its first weeks or months and in the other after them ("the first 3
// months on-site while you ramp up; after that fully remote", "أول شهرين في المكتب، بعدها العمل عن
// بعد", "office-based for three months; after probation you can work from home") is partly remote:
// hybrid (taxonomy §3). A phase word and a "then" before the second place.
const PHASE =
  /\b(?:first|initial|initially|onboarding|ramp(?:ing)? up|probation)\b|\b(?:\d+|one|two|three|four|six) (?:months?|weeks?)\b|(?:^|\s)(?:اول|خلال|في) (?:\S+ )?(?:شهر|شهرين|اشهر|الشهر|الاشهر|الشهور|اسبوع|اسبوعين|اسابيع|الاسابيع|فتره)|\b(?:ersten?|einarbeitung\w*|probezeit)\b|\b(?:\d+|zwei|drei|vier|sechs) (?:monate|monaten|wochen)\b|(?:الشهر|الاسبوع|الاشهر|الشهور|الاسابيع) (?:الاول|الاولي)|البدايه|مبدييا|فتره التدريب|فتره التجربه|(?:(?<!\d)\d+|ثلاثه|ثلاث|سته|ست) (?:اشهر|شهور|اسابيع)/;
const THEN_PLACE =
  /(?:\b(?:then|after that|afterwards|thereafter|after which|from then on|after (?:the |your )?(?:probation(?: period)?|training period)|nach der probezeit|danach|anschließend)\b(?:\W+[\p{L}\p{N}]+){0,5}?\W+|(?:^|\s)(?:ثم|بعدها|وبعدها|بعد ذلك|بعد كده|وبعدين|وبعد كده|و?بعد (?:انتهاء |نهايه )?فتره (?:ال)?(?:تدريب|تجربه|اختبار))\s+(?:\S+\s+){0,3}?)(?:(?<away>remote(?:ly)?|from home|عن بعد|ريموت|من المنزل|من البيت|اونلاين)|(?<office>on-?site|in (?:the|our) (?:[\p{L}-]+ )?office|office-based|im büro|vor ort|من المكتب|في المكتب|حضوري|من مقر))(?![\p{L}])/u;
// The first phase's place, said before the "then": the phases are two places, not one ("the
// first month in the office, then in the office still" is on site).
const AWAY_BEFORE = /remote|home|online|عن بعد|ريموت|المنزل|البيت|اونلاين/;
const OFFICE_BEFORE = /office|on-?site|in person|büro|vor ort|مكتب|حضور|مقر|الشركه|الفرع/;

// Away from the office once a first phase ends, the phase's own place left unsaid or said after:
// "remote after the probation period", "العمل عن بعد بعد انتهاء فترة التدريب (أول شهرين في المقر)".
const AWAY_AFTER_PHASE =
  /(?:\bremote(?:ly)?|\bfrom home|عن بعد|ريموت|من المنزل|من البيت) (?:[\p{L}\p{N}]+ ){0,2}?(?:after (?:the |your )?(?:probation(?: period)?|probationary period|training period|onboarding period)\b|nach (?:der|deiner|ihrer) (?:probezeit|einarbeitung\w*)(?![\p{L}])|بعد (?:انتهاء |نهايه |اجتياز )?(?:فتره )?(?:ال)?(?:تدريب|تجربه|اختبار)(?=\s|$|[.,،؛()]))/u;

/** One place at first and the other after it. */
export function phasedPlace(norm: string): boolean {
  // "A first interview online, then a remote task": steps of hiring, not phases of the job.
  if (!PHASE.test(norm) || HIRING_STEP.test(norm)) return false;
  if (AWAY_AFTER_PHASE.test(norm)) return true;
  const m = THEN_PLACE.exec(norm);
  if (!m) return false;
  // "Onboarding happens remotely in the first week, then the office": the first phase is a step.
  const away = m.groups?.office ? AWAY_BEFORE.exec(norm.slice(0, m.index)) : null;
  if (away && startingStep(lastWords(norm.slice(0, away.index), 4), norm)) return false;
  return (m.groups?.away ? OFFICE_BEFORE : AWAY_BEFORE).test(norm.slice(0, m.index));
}
