// Splits a posting into sentences and tags each with the part of the posting it sits in, so
// that a skill in the company blurb or a "remote" in the benefits list is weighed accordingly.
import { htmlToText } from '../html';
import { LATIN_LETTER, normaliseText } from './normalise';
import { phrases, test, type Matcher } from './lexicon';

export type Part = 'title' | 'duties' | 'requirements' | 'benefits' | 'company' | 'other' | 'field';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

const COMPANY_OPENING =
  /^(we are|we're|we’re|at [A-Z]\S*,|founded in|our mission|our company|wir sind|(?!(This|That|It|There|Here|You|Your|The|Our|Salary|Pay)\b)[A-Z][\w&.-]*( [A-Z][\w&.-]*)? ((is|are) (a|an|the)|(is|are) (?!hiring|looking|seeking|searching|recruiting|offering)[a-z]+ing|makes|builds|helps|sells|provides|develops|operates|publishes|connects|creates) )/;

const JOB_TURN =
  /^(?:you|your|we(?:'re|’re| are) (?:hiring|looking|seeking|searching)|as (?:a|an|the)\b|responsibilities|the role|this role|in this role|benefits|salary|based in|مطلوب|المطلوب|نبحث|نحتاج|المهام|يتطلب)/;

/** `aboutCompany`: the sentence describes the company, not the job (SELF_DESCRIPTION);
 *  `notThisRole`: it gives work to someone other than the person hired. */
export type Sentence = { original: string; norm: string; part: Part; aboutCompany: boolean; notThisRole: boolean };

// A sentence anywhere in the posting that describes the company or what it gives, not the job:
// "We're a fast-growing team of…", "Our platform helps…", "Since 2012, X has…", "When you join X…",
// "we provide training in SEO, PPC…", "QuickMail is one of the leading cold email tools". Skills
// are asked of the person, so these say none.
const SELF_DESCRIPTION =
  /^(?:about \S+(?: \S+)? )?(?:we are|we're|we’re|we help|we put|we build|we run|we sell|we make|we serve|we work with|we've|we’ve|we have been|since \d{4}|founded|join (?:us|our|a|the)\b|when you join|our (?:company|mission|platform|client is|clients|customers|technology|tools|products?|services|vision|values|team is|team are|story)\b|at [a-z][\w&.-]*,? (?:we|you)\b|as (?:a|an|the) [^,]{0,40} at \S+, you(?:'|’)ll join|in a nutshell|our (?:[\w-]+ )?(?:team|agency|firm|studio|group|business) of \d+|we (?:launched|started|began) in \d{4}|our (?:agency|firm|studio|group)\b|نحن (?:\S+ )?(?:شركه|وكاله|فريق|منصه|موسسه|متجر|مجموعه|عياده|مستشفي|مطعم|مدرسه|مكتب|براند|مصنع|معهد|جمعيه)|شركتنا|وكالتنا|(?:منصتنا|تطبيقنا|برنامجنا) (?:تساعد|يساعد|تتيح|يتيح|تقدم|يقدم|تخدم|يخدم|هي|هو)|تاسست|تعمل الشركه|الشركه تعمل|(?!(?:مطلوب|اداره|تسويق|تشغيل|مدير|مسوول|مسوق|اطلاق|انشاء|بناء|تطوير)\s)(?:\S+ ){0,2}(?:استوديو|وكاله|شركه|منصه|متجر|موسسه|مجموعه|براند|علامه|مطعم|عياده) (?:\S+ ){0,4}?(?:بيشتغل|بتشتغل|تشتغل|يشتغل|تعمل|يعمل|متخصص\S*|رايد\S*|تقدم|يقدم|بتقدم|بيقدم|تخدم|يخدم|نخدم|بنخدم|تدير|يدير|بتدير|بيدير|تبيع|يبيع|بتبيع|بيبيع|من (?:اسرع|اكبر|افضل|ابرز|اهم|اوايل))(?:\s|$)|(?:شركه|وكاله|موسسه|منصه|متجر|مجموعه|عياده|مطعم|مصنع|معهد|اكاديميه|منظمه|جمعيه|علامه) (?:\S+ ){1,4}(?:هي )?(?:(?:شركه|وكاله|موسسه|منصه|متجر|مجموعه|منظمه|جمعيه) )?(?:متخصصه|رايده|تعمل|تاسست|حايزه|تبيع|تدير|من (?:اسرع|اكبر|افضل|ابرز|اهم|اوايل)))|\bwe (?:provide|offer)\b|منذ (?:عام )?\d{4}|^(?!(?:this|the|you|your|it)\b)[a-z0-9][\w&.'’-]*(?: [\w&.'’-]+){0,2} (?:is|are) (?:one of the|a|an|the) (?:[\w-]+ )?(?:leading|largest|biggest|top|premier|fastest[- ]growing|fast[- ]growing|award[- ]winning|world['’]s)\b|^(?!(?:this|the|you|your|it|we|they|he|she|our|each|every|all|a|an)\b)[a-z0-9][\w&.'’-]*(?: [\w&.'’-]+){0,2} (?:makes|sells|builds|provides|develops|manufactures|operates)\b|^our (?:in-house )?(?:[\w-]+ )?team (?:runs|owns|covers|handles|includes|spans|shoots|writes|produces|ships|makes|creates|launches|publishes|sends|delivers|manages)\b/;
// More openings of a company's description, kept in a pattern of their own: added to the one
// above they made testing it about ten times slower (measured on generated sentences; a pattern
// this large likely stops being compiled to native code). "Since our launch …", "Our marketing
// blends …", "Marketing at X is a 40-person organization …", a brand introduced by its
// nationality ("كيميت براند مصري …"), "عندنا أكتر من 300 ألف متابع", a name in Latin letters put
// before what it is ("Pixel Hive وكالة تسويق رقمي متكاملة"), where its brands are sold ("Unsere Marken
// findest du in über 12.000 Märkten"), an award won ("Our consumer team recently won …").
const SELF_DESCRIPTION_MORE =
  /^(?:[a-z0-9][\w&.'’-]*(?: [a-z0-9][\w&.'’-]*){0,2} (?:وكاله|شركه|منصه|متجر|براند|مجموعه|استوديو)(?=\s|$|[:،,])|(?:unsere|our) (?:marken|brands|produkte|products) (?:findest du|findet man|sind|gibt es|are sold|can be found|sell)\b|(?:our|the) (?:[\w-]+ ){0,3}(?:team|agency|brand|company)s? (?:recently |has |have |also )?won\b|since (?:our|its|the company['’]s) (?:launch|founding|inception|beginning)\b|our marketing (?:blends|is|combines|mixes|has|spans)\b|[a-z][\w&.'’-]*(?: [\w&.'’-]+){0,3} (?:is|are) an? \d+[- ]person\b|(?!(?:مطلوب|اداره|تسويق|مدير|مسوول|مسوق)\s)(?:\S+ ){0,2}(?:براند|علامه تجاريه|شركه|متجر|وكاله|مطعم) (?:مصري|سعودي|اماراتي|كويتي|اردني|مغربي|تونسي|جزايري|لبناني|قطري|عماني|بحريني|عراقي|سوري|فلسطيني|خليجي|عربي|محلي|ناشي)ه?(?=\s|$|[.,،])|(?:عندنا|لدينا|بنخدم|نخدم) (?:اكتر|اكثر) من)/;
// A name said to be a kind of company ("Brightwave Marketing Group is a full-service agency
// offering SEO"), and German "Wir entwickeln …" with no du or Sie in it (the agency's own work for
// its clients): kept apart and tried only on sentences that have " is a" / " are a" or open with
// "wir", which few do.
const MAY_NAME_A_KIND = /^wir | (?:is|are) an? /;
const COMPANY_KIND =
  /^(?:(?!(?:this|the|you|your|it|we|they|our|each|every|all|a|an)\b)[a-z0-9][\w&.'’-]*(?: [\w&.'’-]+){0,3} (?:is|are) an? (?:[\w-]+ ){0,2}(?:agency|company|firm|studio|consultancy|startup|start-up|brand|platform|retailer|group|organisation|organization|nonprofit|charity|marketplace|publisher|manufacturer)\b|wir (?:entwickeln|betreuen|planen|gestalten|realisieren|beraten|begleiten|unterstützen|verbinden|produzieren|vermarkten|verkaufen|vertreiben|bauen) (?!.*\b(?:du|dich|dir|dein\w*|sie|ihnen|ihr\w*|euch)\b))/;
// What a client or an employer says it has, before asking for anything: "عندي مطبخ منزلي أبيع عن
// طريق الانستقرام", "متجرنا على Shopify ولدينا قائمة بريدية", "فالكون لاين واحدة من أسرع شركات السفر
// نمواً". A sentence that also asks ("وأبحث عن مستقل يتولى…") or names the vacancy is the job.
const WHAT_WE_HAVE =
  /^(?:السلام[^،,.]*[،,.]\s*)?(?:عندي|عندنا|لدي|لدينا|متجرنا|متجري|مشروعي|مشروعنا)\s(?!.*(?:ابحث|نبحث|اريد|نريد|محتاج|نحتاج|احتاج|مطلوب|ابغي|نبغي|ابي |نبي |يتولي|تتولي|وظيف|شاغر|فرصه))|^(?:\S+ ){1,3}(?:واحده|واحد) من (?:اسرع|اكبر|افضل|ابرز|اهم)/;
// "We are looking for …" introduces the job; "we are looking to be the one-stop shop …" is the company.
const JOB_INTRO =
  /^(?:about \S+(?: \S+)? )?(?:we are|we're|we’re) (?:looking(?! to (?:be|become)\b)|seeking|hiring|searching|currently|excited to|now)\b/;

// How to apply: what the candidate sends ("send your CV and examples of past results", "ابعت
// السي في وأمثلة من نتايج شغلك") is not a duty or a requirement of the job.
const HOW_TO_APPLY =
  /^(?:to apply|apply (?:by|via|with|here|now|at)|please (?:send|email|e-mail)|send (?:us|your|over)|email (?:us|your)|للتقديم|(?:ابعت|ابعث|ارسل|ارسلي|ابعتي|ارسلوا|ابعتوا|ابعتلنا|ارسل لنا)\s|(?:يرجي ارسال|برجاء ارسال|الرجاء ارسال|ارسال) (?:\S+ )?(?:السي في|cv|سيرتك|السيره|الcv|ال cv))/;

// Work the posting says belongs to someone else: "Social media and online activities are handled
// by our Digital team and are not part of this role", "SEO is out of scope for this position".
const NOT_THIS_ROLE =
  /\b(?:(?:is|are) not (?:part of|in) (?:this|the|your) (?:role|job|position)|(?:is|are) (?:handled|covered|done|owned|run|placed|managed|produced|written|analy[sz]ed|delivered|provided|prepared|built|sent|gathered) (?:in-house )?by (?:(?:our|the|a|an|another) )?(?:separate |other |external |central )?(?:[\p{L}-]+ ){0,2}?(?:team|agency|agencies|department|partner|founder|designer|lead|manager|specialist|editor|colleague|producer|writer|copywriter|photographer|studio|marketing)\b|\b(?:is|are) (?:handled|run|managed|done|owned|written) by me\b|\bbelongs? to (?:our|the|a|an|another) (?:[\p{L}-]+ ){0,2}?(?:team|agency|department|lead|manager|director)\b|\bnot your job\b|\bnot part of (?:this|the|your) (?:role|job|position|engagement|brief|project)\b|\bnot (?:currently )?in use\b|\bnicht im einsatz\b|\(our (?:[\p{L}-]+ ){0,2}?(?:agency|team|studio) (?:handles|runs|does|owns)\b|\boutside (?:this|the|of this|of the) (?:brief|role|job|position|scope)\b|\b(?:is|are) (?:run|handled|managed|done) (?:centrally|externally|separately|in-house) (?:from|at|by)\b|\s[-–—(] ?(?:that['’]s|that is) (?:our|the) (?:[\p{L}-]+ ){0,2}?team\b|\s[-–—] ?[\p{L}]+ (?:does|do|handles|owns) (?:that|this|it)\b|\b(?:does|do) not use (?:any )?(?:paid|ads?\b|advertising)|\bcomes? from (?:our|the|a) (?:in-house |internal )?(?:[\p{L}-]+ ){0,2}?(?:designer|team|agency|studio|producer|writer|department)\b|(?:so )?you (?:won['’]t|will not|don['’]t need to|do not need to) (?:run|write|do|manage|build|design|handle)\b|this role (?:does not|doesn['’]t|will not|won['’]t) (?:run|write|do|manage|build|handle|include)\b|out of (?:the )?scope (?:of|for) (?:this|the) (?:role|job|position)|not (?:included in|within) (?:this|the) (?:role|job|position)|gehör\w* nicht zu (?:dieser|deiner|deinen|ihrer|ihren) (?:stelle|rolle|aufgaben))/u;

// In Arabic: "الإعلانات الممولة يتولاها فريق الأداء، وأنت ما لك دخل فيها", "المقالات بيكتبها فريق
// المحتوى، ومش مطلوب منك كتابة", "الصلاحية النهائية على الميزانيات تبقى لمدير الأداء", "مش محتاجين
// إعلانات ممولة دلوقتي", "الإعلانات الممولة عندنا فريق يتولاها", and what the client does himself on a brief: "ميزانية الإعلانات أنا أشحنها بنفسي".
// Out of the job's duties: "… وليست ضمن مهام هذه الوظيفة"; a management the role has none of: "ما في
// إدارة فريق بهالدور، ولا إدارة ميزانيات", "الدور ده مفيهوش إدارة فريق"; a duty not wanted: "كتابة المقالات
// غير مطلوبة حالياً".
const NOT_THIS_ROLE_AR =
  /(?:^|\s)(?:عندنا |لدينا |يوجد |في )?(?:فريق|الفريق|وكاله|الوكاله|قسم) (?:\S+ ){0,2}?(?:يتولا(?:ها|ه)|يتولي|تتولي|تتولا(?:ها|ه)|يديرها|تديرها|يكتبها|بيكتبها|تكتبها|بتكتبها|بيتولا(?:ها|ه))(?=\s|$|[.,،؛])|(?:يتولا(?:ها|ه)|يتولي|تتولي|تتولا(?:ها|ه)|يديرها|تديرها|يكتبها|بيكتبها|تكتبها|بتكتبها) (?:\S+ )?(?:فريق|الفريق|وكاله|الوكاله|مدير|قسم|زميلك|زميلتك|زملاوك|زملايك)|(?:مش|غير|ليس|ليست) مطلوب\S* منك|(?:مش|مو|ليس|ليست|مهوش) (?:من )?(?:شغلك|مهامك|مسووليتك|دورك)(?=\s|$|[.,،؛])|ما لك دخل|مالكش دعوه|مش محتاجين|لا نحتاج|لا تملك صلاحي|تبقي (?:ل|مع )(?:مدير|فريق|الاداره|العميل)|(?:يحدد|تحدد|يعتمد|تعتمد)(?:ها|ه)(?: و\S+)? (?:كل )?(?:عميل|العميل|المدير|مدير|الاداره)|(?:انا|احنا|نحن) (?:\S+ ){0,2}?(?:بنفسي|بنفسنا)|(?:ليست|ليس|لا تدخل|لا يدخل|خارج) (?:من |ضمن |في )?(?:ال)?مهام (?:هذه |هذا )?(?:ال)?(?:وظيفه|دور|منصب)|(?:^|\s)(?:ما في|مافي|ما فيه|مافيه|مفيش|مافيش|مفيهوش|مافيهوش|لا يوجد|لا يشمل|لا تشمل)(?: \S+)? اداره (?:فريق|ال)|(?:^|\s)(?:غير|مش|مو) مطلوب(?:ه|ين)?(?: حاليا| الان| في الوقت الحالي)?(?=\s*$|[.,،؛])/;

// Another team or agency as the subject that does the work, with the person hired not in the
// sentence: "Unsere Digitalagentur betreut Website und Social Media", "Unser Marketing-Team kümmert
// sich um Werbung und Newsletter", "Unser Marketing sorgt mit Google Ads für Anfragen", "Our agency
// handles paid social", "Unsere Marketingabteilung betreut außerdem Social Media" (work beside the job's). A sentence that also speaks to the reader ("our agency runs the ads; you
// brief them") still names the job's own work.
const ANOTHER_TEAM_DOES =
  /^(?:unser|unsere|our) (?:[\p{L}-]+ ){0,2}?(?:[\p{L}-]*agentur|[\p{L}-]*team|[\p{L}-]*abteilung|kolleg\w*|agency|team|department|partners?|marketing|lead|manager|managers|analysts?|controller|brand|strategists|studio)\s+(?:(?:also|already|außerdem|zudem|auch|ebenfalls|bereits|separately) )?(?:betreut|betreuen|kümmert sich|kümmern sich|übernimmt|übernehmen|verantwortet|verantworten|steuert|steuern|sorgt|sorgen|generiert|generieren|setzt auf|setzen auf|arbeitet mit|arbeiten mit|handles|handle|runs|run|manages|manage|owns|own|takes care of|take care of|looks after|produces|writes|generates|drives|brings in|tracks|track|leads|lives on|is known for|work side by side)\b(?!.*\b(?:you|your|du|dich|dir|dein\w*|sie|ihr\w*)\b)/u;

// Work that stays elsewhere or is not done at all: "Paid acquisition budgets stay with the
// acquisition team", "You don't manage our accounts", "this role does not make creative", "We do
// not run paid advertising", "no ad budget is attached to it"; a stack of tools the company uses is not a duty either ("Our
// marketing stack: Notion, Klaviyo and Meta Ads Manager").
const STAYS_ELSEWHERE =
  /\b(?:stays?|remains?|sits?|lives?) with (?:the|our|a|an|another) (?:[\p{L}-]+ ){0,2}?(?:team|agency|department|lead|manager|founder|director|head|studio)\b|\b(?:you|this role|the role|this position) (?:don['’]t|doesn['’]t|do not|does not|won['’]t|will not) (?:need to )?(?:run|manage|own|handle|write|buy|make|create|produce|design|come up with)\b|^we (?:currently )?(?:don['’]t|do not) (?:currently )?(?:run|buy|do|use) (?:any )?(?:paid|ads?\b|advertising|ppc|sem\b)|\bno (?:ad|advertising|media|paid media) budget\b|^our (?:[\p{L}-]+ )?(?:stack|tool ?stack|toolkit)\b|^nicht dabei\b/u;
// What the company does itself, in German: "Anzeigen schalten wir selbst"; and another team named
// after the work it does, object first: "Blogartikel schreibt unsere Rechtsredaktion", "Texte und
// Bilder liefert weiterhin unsere Unternehmenskommunikation", "Google-Ads-Kampagnen betreut weiterhin
// unsere Agentur", "Die Redaktion liegt weiterhin bei der
// Stabsstelle", "Der Verkauf ist Aufgabe unserer Verkaufsberater", "Anzeigen schaltet die
// Pressestelle", "Unsere Website wird weiterhin von einer Agentur betreut".
const ANOTHER_TEAM_DOES_DE =
  /(?<![\p{L}])(?:machen|schalten|übernehmen|betreuen|erstellen|schreiben|steuern) wir (?:weiterhin |bisher |noch )?selbst\b|(?<![\p{L}])(?:schreibt|schreiben|liefert|liefern|erstellt|erstellen|produziert|produzieren|übernimmt|übernehmen|verantwortet|macht|machen|betreut) (?:bei uns )?(?:weiterhin |bereits |künftig |auch künftig )?(?:unsere?|die|der|das) (?:[\p{L}-]+ )?(?:[\p{L}-]*redaktion|[\p{L}-]*kommunikation|[\p{L}-]*abteilung|[\p{L}-]*team|[\p{L}-]*agentur|stabsstelle|kolleg\w*|controller\w*|[\p{L}-]*leitung)(?![\p{L}])|\b(?:liegt|liegen) (?:weiterhin |auch künftig |künftig )?bei (?:der|dem|unserer?|unserem|einem|einer) (?:anderen )?|\b(?:schalten|machen|nutzen|betreiben|buchen) wir (?:derzeit |aktuell |bisher )?(?:keine |nicht\b)|\bist (?:die )?aufgabe (?:unserer|unseres|der|des) |\b(?:schaltet|schalten) (?:weiterhin )?(?:unsere?|die|der|das) (?:[\p{L}-]+ )?[\p{L}-]*(?:stelle|agentur|team|abteilung)\b|\b(?:wird|werden) (?:weiterhin |auch künftig |bereits )?von (?:einer|einem|unserer|unserem|der|dem) (?:[\p{L}-]+ )?(?:[\p{L}-]*agentur|[\p{L}-]*team|[\p{L}-]*abteilung|[\p{L}-]*redaktion|kolleg\w*) (?:betreut|erstellt|geschrieben|gesteuert|übernommen|gemacht|geschaltet|verantwortet)\b/u;
// In Arabic: "الإعلانات الممولة مو ضمن هذا المشروع", "الإعلانات يطلقها فريقنا", "مش مسؤول عن
// الإعلانات", "الإعلانات الممولة تبع فريق الأداء", "التصاميم مسؤولية قسم الـ Creative", "المحتوى
// يصوره المؤثرون بأنفسهم", "السوشيال ميديا خارج نطاق الدور ده".
const ANOTHER_TEAM_DOES_AR =
  /(?:^|\s)(?:مو|مش|ليس|ليست|غير|مهيش|ماهي) (?:من )?ضمن (?:هذا |هذه )?(?:ال)?(?:مشروع|وظيفه|دور|مهام|عقد|نطاق)|(?:^|\s)(?:يطلقها|تطلقها|ينفذها|تنفذها|يشغلها|تشغلها|بيديرها|بتديرها|بيعملها|بتعملها|بتتعمل|بيتعمل) (?:\S+ ){0,2}?(?:فريقنا|الفريق|فريق|وكالتنا|وكاله|الوكاله)|(?:^|\s)(?:مش|لست|لن تكون|غير|مو|انت مش) مسوول(?:ه)? عن|(?:^|\s)تبع (?:ال)?(?:فريق|قسم|وكاله)|(?:^|\s)(?:من )?مسووليه (?:ال)?(?:قسم|فريق|وكاله)|(?:^|\s)خارج (?:نطاق|مهام) (?:ال)?(?:دور|وظيفه|مشروع|عمل)|(?:^|\s)(?:يعدها|تعدها|يجهزها|تجهزها|ينفذها|تنفذها|يعملها|تعملها) (?:\S+ )?(?:قسم|فريق|وكاله|القسم|الفريق|الوكاله)|^و?(?:بدون|من غير|بلا) (?:ال)?(?:اعلانات|حملات|ميزانيه)|(?:^|\s)بانفسهم(?=\s|$|[.,،؛])/;

/** True for a sentence that gives work to someone other than the person hired. */
export const notThisRole = (s: Sentence): boolean => s.notThisRole;

/** True for a sentence that tells how to apply. */
export function tellsHowToApply(s: Sentence): boolean {
  return HOW_TO_APPLY.test(s.norm);
}

/** True for a sentence about the company rather than the job (see SELF_DESCRIPTION). */
export const describesCompany = (s: Sentence): boolean => s.aboutCompany;

/** A sentence with what every decision (role, engagement, skills) asks of it found once, here,
 *  rather than by each of them with the long patterns above. */
export function sentenceOf(original: string, norm: string, part: Part): Sentence {
  return {
    original,
    norm,
    part,
    aboutCompany:
      part !== 'title' &&
      (SELF_DESCRIPTION.test(norm) ||
        SELF_DESCRIPTION_MORE.test(norm) ||
        (MAY_NAME_A_KIND.test(norm) && COMPANY_KIND.test(norm)) ||
        WHAT_WE_HAVE.test(norm)) &&
      !JOB_INTRO.test(norm),
    notThisRole: givesWorkAway(norm),
  };
}

// Each pattern below needs letters of its own script: a sentence is tried only against the
// patterns its letters can meet, so most sentences skip half of them.
// Every German pattern needs one of these words; an English sentence has none of them and skips it.
const GERMAN_WORD = /\b(?:wir|unser|unsere|unserer|unserem|der|die|das|dem|einem|einer|bei|ist|liegt|liegen|wird|werden)\b/;
const ARABIC_LETTER = /[\u0621-\u064a]/;
function givesWorkAway(norm: string): boolean {
  return (
    (LATIN_LETTER.test(norm) &&
      (NOT_THIS_ROLE.test(norm) ||
        ANOTHER_TEAM_DOES.test(norm) ||
        STAYS_ELSEWHERE.test(norm) ||
        (GERMAN_WORD.test(norm) && ANOTHER_TEAM_DOES_DE.test(norm)))) ||
    (ARABIC_LETTER.test(norm) && (NOT_THIS_ROLE_AR.test(norm) || ANOTHER_TEAM_DOES_AR.test(norm)))
  );
}

const HEADINGS: [Part, Matcher][] = [
  // Checked first: "About the role" is not "About <company>".
  [
    'duties',
    phrases(
      'about the role',
      'about this role',
      'about the job',
      'about the position',
      'about the opportunity',
      'about the team',
      'the opportunity',
    ),
  ],
  ['requirements', phrases('about you')],
  // How hiring goes is neither the company nor the job: what follows it (pay, the contract) still
  // speaks of the job until the next heading says otherwise.
  // "About working with us" speaks of the job's terms, not of the company.
  [
    'other',
    phrases(
      'hiring process',
      'our hiring process',
      'interview process',
      'the process',
      'how to apply',
      'next steps',
      'working with us',
      'about the engagement',
      'about the contract',
    ),
  ],
  [
    'company',
    phrases(
      'about us',
      'about the company',
      'who we are',
      'about *',
      'company description',
      'our company',
      'our story',
      'our mission',
      'über uns',
      'wer wir sind',
      'das sind wir',
      'نبذه عن الشركه',
      'عن الشركه',
      'من نحن',
    ),
  ],
  [
    'benefits',
    phrases(
      'benefits',
      'perks',
      'culture',
      'our culture',
      'why work with us',
      'what’s in it for you',
      "what's in it for you",
      'what you’ll get',
      "what you'll get",
      'life at',
      'what we offer',
      'we offer',
      'why join us',
      'why you will love',
      'compensation',
      'what you get',
      'wir bieten',
      'das bieten wir',
      'benefits*',
      'المميزات',
      'نقدم لك',
      'المزايا',
    ),
  ],
  [
    'requirements',
    phrases(
      'requirements',
      'qualifications',
      'what you bring',
      'who you are',
      'you have',
      'skills',
      'must have',
      'nice to have',
      'bonus points',
      'what we are looking for',
      'what we’re looking for',
      "what we're looking for",
      'ideal candidate',
      'what you will need',
      'what you’ll need',
      "what you'll need",
      'your profile',
      'ihr profil',
      'dein profil',
      'anforderungen',
      'das bringst du mit',
      'المتطلبات',
      'المؤهلات',
      'الشروط',
      'متطلبات الوظيفه',
    ),
  ],
  [
    'duties',
    phrases(
      'responsibilities',
      'what you will do',
      'what you’ll do',
      "what you'll do",
      'the role',
      'your role',
      'duties',
      'your tasks',
      'ihre aufgaben',
      'deine aufgaben',
      'aufgaben',
      'key responsibilities',
      'in this role',
      'role overview',
      'your mission',
      'what you will be doing',
      'what you’ll be doing',
      "what you'll be doing",
      'المهام',
      'مهام الوظيفه',
      'المسؤوليات',
      'الوصف الوظيفي',
    ),
  ],
];

const BULLET_LINE = /^\s*(?:[-*•▪●·–—]|\d{1,2}[.)-])\s/u;

// Headings that are also how a sentence begins ("You will be based in Leeds"): a heading only
// when they are the whole line.
const WHOLE_LINE_HEADINGS: ReadonlyMap<string, Part> = new Map([
  ['you will be', 'duties'],
  ['you’ll be', 'duties'],
  ["you'll be", 'duties'],
  ['you will', 'duties'],
  ['you will need', 'requirements'],
  ['you’ll need', 'requirements'],
  ["you'll need", 'requirements'],
  // Where and when the work is done: about the job, but neither its duties nor its requirements.
  ['working pattern', 'other'],
  ['where and how', 'other'],
  ['the details', 'other'],
  ['details', 'other'],
  ['the work', 'duties'],
  ['what we look for', 'requirements'],
  ['working hours', 'other'],
  ['work arrangement', 'other'],
  ['working arrangement', 'other'],
  ['where you will work', 'other'],
  ['where you’ll work', 'other'],
  ["where you'll work", 'other'],
  ['location', 'other'],
  ['conditions', 'other'],
  ['working conditions', 'other'],
  ['terms', 'other'],
  ['arbeitsmodell', 'other'],
  ['arbeitsort', 'other'],
  ['rahmenbedingungen', 'other'],
]);

function headingPart(line: string, wholeLine = true): Part | undefined {
  // A heading is short and is not a sentence: "Benefits", "What you'll do:", "المهام". Nor is it
  // a bullet ("- Strong Excel skills" is a requirement), nor a field with its value ("Skills:
  // Excel, SEO", "Location: Leeds / Remote eligible"): the value is read as text.
  if (line.length > 50 || /[.!?؟]$/.test(line) || line.split(/\s+/).length > 7 || BULLET_LINE.test(line) || /[:：]./.test(line))
    return undefined;
  // A clause is not a heading though it holds one: "The role is hybrid: two days a week…".
  if (/\b(?:is|ist)\s+\S/i.test(line)) return undefined;
  const norm = normaliseText(line);
  const whole = wholeLine ? WHOLE_LINE_HEADINGS.get(norm) : undefined;
  if (whole) return whole;
  for (const [part, re] of HEADINGS) if (test(re, norm)) return part;
  return undefined;
}

// A board that flattens a posting to one line keeps its headings as capitalised words inside it,
// with no colon: "…measurable results. Key Responsibilities Develop, execute…", "…with precision
// Requirements Platform Expertise…". Such a heading starts a line of its own when it is written
// as a heading (first word capitalised) and the next word is capitalised too, which running text
// ("the requirements are") is not.
const INLINE_HEADING_TEXTS = [
  'About the Role',
  'About This Role',
  'About the Job',
  'About the Position',
  'About the Opportunity',
  'About Us',
  'Who We Are',
  'The Role',
  'Your Role',
  'Role Overview',
  'Key Responsibilities',
  'Main Responsibilities',
  'Responsibilities',
  'Duties',
  'What You Will Do',
  'What You’ll Do',
  "What You'll Do",
  'What You’ll Be Doing',
  "What You'll Be Doing",
  'Your Mission',
  'Requirements',
  'Qualifications',
  'Who You Are',
  'What You Bring',
  'What You’ll Bring',
  "What You'll Bring",
  'What We’re Looking For',
  "What We're Looking For",
  'Nice to Have',
  'Bonus Points',
  'Benefits',
  'Perks',
  'What We Offer',
  'Why Join Us',
  'How to Apply',
  'Compensation',
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Only the first word's capital is required: "About the role" and "About The Role" both occur.
const headingPattern = (text: string) =>
  text
    .split(' ')
    .map((w, i) => (i === 0 ? escapeRe(w) : `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRe(w.slice(1))}`))
    .join(' ');
const INLINE_HEADING = new RegExp(
  `(?<=^|[\\p{Ll}\\p{N}.,;!?)"'’]\\s)(?:${[...INLINE_HEADING_TEXTS]
    .sort((a, b) => b.length - a.length)
    .map(headingPattern)
    .join('|')})(?=\\s+[\\p{Lu}\\p{N}\\p{Sc}•▪●])`,
  'gu',
);

/** A flattened line cut before each heading it holds, the heading on a line of its own. */
function splitAtInlineHeadings(line: string): string[] {
  // Only a flattened line is long enough to hold a heading inside it; the test is costly.
  if (line.length < 120) return [line];
  const out: string[] = [];
  let from = 0;
  for (const m of line.matchAll(INLINE_HEADING)) {
    if (m.index > from) out.push(line.slice(from, m.index).trim());
    out.push(m[0]);
    from = m.index + m[0].length;
  }
  out.push(line.slice(from).trim());
  return out.filter(Boolean);
}

// Scraped text often loses the space after a full stop ("…المؤسسة.تنسيق…", "…Erfahrung.Du hast…"):
// a stop between two Arabic letters, or between a lower-case word and a capitalised one, still
// ends the sentence. Not in "www.Example.com" or "Node.js".
const GLUED_STOP = String.raw`(?<=\p{Ll}{2}[.!?])(?<!\bwww\.)(?=\p{Lu}\p{Ll})|(?<=[\u0621-\u064A][.!؟؛])(?=[\u0621-\u064A])`;
const SENTENCE_BREAK = /(?<=[.!?؟؛])\s+(?=\S)|\s*[•▪●]\s*/u;
// No break after an abbreviation: "ein Budget von ca. 2.000 € im Monat", "ad platforms (e.g. Meta)",
// "inkl. Reporting" are one sentence each, and so is one written with a space ("z. B.", "u. a.",
// "d. h."), where a lone letter and a dot follow. Pieces are joined again after the split: a
// lookbehind in the split pattern cost more than the rest of segmentation's regexes together.
const ENDS_IN_ABBREVIATION =
  /(?:^|[\s(])(?:[Cc]a|[Aa]pprox|e\.g|i\.e|[Zz]\.\s?[Bb]|bzw|inkl|ggf|evtl|u\.\s?a|d\.\s?h|o\.\s?ä|vs|[Nn]r|Mio|Tsd|Mrd)\.$/u;
const STARTS_WITH_LONE_LETTER = /^[A-Za-z]\.(?:\s|$)/;
// Captured, so that a sentence joined again after an abbreviation keeps what stood between its
// pieces (two spaces, a tab, a bullet, or nothing at a glued stop): evidence is quoted as written.
const SENTENCE_BREAK_KEPT = new RegExp(`(${SENTENCE_BREAK.source})`, 'u');
const SENTENCE_OR_GLUED_BREAK_KEPT = new RegExp(`(${SENTENCE_BREAK.source}|${GLUED_STOP})`, 'u');
// The lookbehinds above are tried at every position: only a line that has a glued stop at all
// pays for them.
const HAS_GLUED_STOP = /[\p{Ll}\u0621-\u064A][.!?؟؛][\p{Lu}\u0621-\u064A]/u;
/** Breaks a line into sentences at . ! ? ؟ ؛ and bullets, keeping each sentence's original text. */
function splitSentences(line: string): string[] {
  // Pieces at even indexes, the breaks between them at odd ones.
  const parts = line.split(HAS_GLUED_STOP.test(line) ? SENTENCE_OR_GLUED_BREAK_KEPT : SENTENCE_BREAK_KEPT);
  // Each sentence as its parts, joined once at the end: appending to a string and testing its end
  // flattened the whole growing string at every piece (a line of 50,000 abbreviations took tens of
  // seconds). An abbreviation ends the last piece or, written with a space ("z. B."), the last two.
  const groups: string[][] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i]!.trim();
    const group = groups[groups.length - 1];
    const tail = group ? `${group[group.length - 3]?.trim() ?? ''} ${group[group.length - 1]!.trim()}`.slice(-12) : '';
    if (group && (ENDS_IN_ABBREVIATION.test(tail) || STARTS_WITH_LONE_LETTER.test(piece))) group.push(parts[i - 1]!, parts[i]!);
    else groups.push([parts[i]!]);
  }
  return groups.map((g) => g.join('').trim()).filter((s) => s.length > 1);
}

// A flattened list runs its bullets together: "…ad campaigns Build media plans … reporting
// systems Analyze campaign data…". In a run-on of many words, a capitalised word that opens a
// duty or a requirement right after a lower-case word starts the next bullet. Limited to run-ons
// so that an ordinary sentence naming a product ("on Google Drive") is never cut.
const RUN_ON_WORDS = 40;
const BULLET_OPENERS = [
  'Analyse',
  'Analyze',
  'Assist',
  'Book',
  'Build',
  'Collaborate',
  'Communicate',
  'Conduct',
  'Coordinate',
  'Create',
  'Define',
  'Deliver',
  'Design',
  'Develop',
  'Drive',
  'Ensure',
  'Establish',
  'Execute',
  'Generate',
  'Grow',
  'Help',
  'Identify',
  'Implement',
  'Launch',
  'Lead',
  'Learn',
  'Log',
  'Maintain',
  'Manage',
  'Monitor',
  'Optimise',
  'Optimize',
  'Oversee',
  'Own',
  'Partner',
  'Plan',
  'Prepare',
  'Present',
  'Produce',
  'Qualify',
  'Report',
  'Research',
  'Review',
  'Run',
  'Scale',
  'Support',
  'Test',
  'Track',
  'Use',
  'Work',
  'Write',
  'Ability',
  'Background',
  'Bachelor',
  'Comfortable',
  'Excellent',
  'Experience',
  'Familiarity',
  'Fluent',
  'Knowledge',
  'Passionate',
  'Previous',
  'Proficiency',
  'Proficient',
  'Proven',
  'Solid',
  'Strong',
  'Understanding',
  'You',
  'Your',
  'We',
  'Our',
];
const BULLET_BREAK = new RegExp(`(?<=[\\p{Ll}\\p{N})%]) (?=(?:${BULLET_OPENERS.join('|')})\\b)`, 'u');

function splitRunOn(sentence: string): string[] {
  if (sentence.length < RUN_ON_WORDS * 4 || sentence.split(/\s+/).length <= RUN_ON_WORDS) return [sentence];
  return sentence
    .split(BULLET_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

// Markup is an opening "<" and a letter with a ">" somewhere after it. Found from the first such
// "<": a pattern that scanned to the end from every "<" was quadratic on "<a<a<a…" without a ">".
const TAG_OPEN = /<[a-z]/i;
const looksLikeMarkup = (text: string): boolean => {
  const open = text.search(TAG_OPEN);
  return open >= 0 && text.indexOf('>', open + 2) >= 0;
};

export function toPlainText(text: string): string {
  return looksLikeMarkup(text) ? htmlToText(text) : text;
}

const HIRING_VERB = /[\s,،](?:تبحث عن|يبحث عن|تطلب|يطلب|is looking for|are looking for|is hiring|is seeking|are seeking|sucht)(?=\s)/;
const COMPANY_NOUN = /\b(?:agency|company|studio|startup|firm|consultancy|agentur|unternehmen)\b|وكاله|شركه|متجر|موسسه|منصه|براند/;

// A heading that names a salary ("Salary and benefits", "الراتب والمزايا") says the post is paid
// a salary (taxonomy §2) even when its section lists only bonuses: it is kept as a sentence of
// its part, where engagement reads it and skills (which skip benefits) do not.
const SALARY_HEADING = /\b(?:salary|salaries|gehalt)\b|(?:^|\s)(?:ال)?(?:راتب|مرتب|رواتب)(?:\s|$)/;
function keepSalaryHeading(heading: string, part: Part, sentences: Sentence[]): void {
  const norm = normaliseText(heading);
  if (SALARY_HEADING.test(norm)) sentences.push(sentenceOf(heading.trim(), norm, part));
}

export function segmentPosting(title: string, text: string): Sentence[] {
  const sentences: Sentence[] = [sentenceOf(title, normaliseText(title), 'title')];
  let part: Part = 'other';
  for (const rawLine of toPlainText(text).split(/\n+/).flatMap(splitAtInlineHeadings)) {
    const line = rawLine.trim();
    if (!line) continue;
    const heading = headingPart(line.replace(/[:：]$/, ''));
    if (heading) {
      part = heading;
      keepSalaryHeading(line, part, sentences);
      continue;
    }
    // URLs are not words of the posting ("…/remote-jobs/…" says nothing about this job).
    // A blurb before the first heading that introduces the company is the company's, not the job's.
    let partHere: Part = part === 'other' && line.length < 600 && COMPANY_OPENING.test(line) ? 'company' : part;
    for (const sentence of splitSentences(line).flatMap(splitRunOn)) {
      // A posting flattened to one line keeps its headings inside it ("… الإدارية. المهام الرئيسية:
      // • متابعة …", "Requirements: 3 years of …"): a heading before a colon starts its part there.
      const colon = sentence.indexOf(':');
      const inlineHeading = colon > 0 ? headingPart(sentence.slice(0, colon), false) : undefined;
      if (inlineHeading) {
        part = partHere = inlineHeading;
        keepSalaryHeading(sentence.slice(0, colon), part, sentences);
        const rest = sentence.slice(colon + 1).trim();
        if (rest.length > 1) sentences.push(sentenceOf(rest, normaliseText(rest.replace(URL, ' ')), part));
        continue;
      }
      // "وكالة بيكسل للتسويق الرقمي (السوشيال، الإعلانات، السيو) تبحث عن مسؤول تطوير أعمال", "Pixel, a
      // digital agency (SEO, PPC), is looking for an accountant": what comes before the hiring verb
      // is the company and its services, the rest is the job.
      const hiring = HIRING_VERB.exec(sentence);
      const company = hiring && hiring.index >= 12 ? sentence.slice(0, hiring.index) : '';
      const job = company && COMPANY_NOUN.test(normaliseText(company)) ? sentence.slice(hiring!.index).trim() : sentence;
      if (job !== sentence) sentences.push(sentenceOf(company, normaliseText(company.replace(URL, ' ')), 'company'));
      const norm = normaliseText(job.replace(URL, ' '));
      // The blurb ends where the line turns to the job: "Acme is a SaaS company. You will own…".
      if (partHere === 'company' && JOB_TURN.test(norm)) partHere = part;
      sentences.push(sentenceOf(job, norm, partHere));
    }
  }
  return sentences;
}
