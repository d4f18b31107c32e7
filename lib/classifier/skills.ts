// The article's six skills and five responsibilities (taxonomy §4), matched in the duties and
// requirements, never in the company blurb, the benefits or a sentence that describes the company.
import { SKILL_IDS, type SkillId } from '../taxonomy';
import { findAll, phrases, removeAll, test } from './lexicon';
import { describesCompany, notThisRole, tellsHowToApply, type Sentence } from './segment';
import {
  ADVERTISING_WORDS,
  OTHERS_ACCOUNTS,
  SKILL_LEXICON,
  SOCIAL_PLATFORM_NAMES,
  TRACKING_OR_RETARGETING,
  WEBSITE_MENTION,
} from './skill-lexicon';
import { FREELANCERS_WANTED, MENTIONS_FREELANCERS } from './freelancers-wanted';
import { CARRY_OUT_IDEAS, clientPaysSpend, ruleLabels, ruleMatches } from './skill-rules';

// A reporting line is not a report: "two direct reports", "reports to the CMO" say who answers
// to whom, not that the job analyses anything.
const REPORTING_LINE = phrases(
  'direct reports',
  'direct report',
  'reports to',
  'reporting to',
  'reporting into',
  'reports into',
  'reporting line*',
  'berichtest an',
  'berichtet an',
);
// Return on ad spend is a measure of the ads (analytics), not control of the spend.
// The analytics products a company sells are what a product marketer positions, not analysis.
// A technical audit of a site is not statistics: "تحليل المتجر تقنياً", "a technical SEO audit".
const TECHNICAL_AUDIT = /(?:^|\s)(?:و)?تحليل (?:\S+ ){0,2}?تقنيا|(?:^|\s)(?:و)?تحليل تقني\S*|\btechnical (?:seo )?(?:analysis|audits?)\b/g;
// Segments of a programme are its sections, not audience segments: "sponsored segments".
const SHOW_SEGMENTS = /\b(?:sponsored|podcast|show|video|radio|newsletter|editorial|live) segments?\b/g;
const ANALYTICS_PRODUCTS = /\b(?:our|their|its) (?:[\w-]+ (?:and )?){0,3}analytics (?:products?|suite)\b/g;
const RETURN_ON_SPEND = phrases('return on ad spend', 'العائد علي الانفاق الاعلاني', 'العائد علي الانفاق', 'العائد من الانفاق الاعلاني');
// A video call is a meeting, not video content: "we meet on video twice a week".
const VIDEO_CALL = phrases(
  'on video',
  'over video',
  'by video',
  'video call*',
  'video conference*',
  'via video',
  'video interview*',
  'videocall*',
  'video meeting*',
  'video-meeting*',
  'videokonferenz*',
  'video-call*',
);
// A funnel measured is analytics, not building one (marketing-sales): "funnel data", "define the
// funnel metrics", "analyse user behaviour to improve the conversion funnel".
const FUNNEL_MEASURED =
  /\bfunnels? (?:data|metrics|analytics|analysis|reports?|reporting|dashboards?|drop-?offs?)\b|\b(?:analy[sz]\w*|measur\w*|track\w*|audit\w*)\b[^.;]{0,60}\bfunnels?\b/g;
// Tracking words beside "GTM" make it Google Tag Manager, not go-to-market.
const TAG_CONTEXT = /\b(?:track\w*|tags?|tagging|ga4|google analytics|server-side|pixels?|containers?|callrail|conversions?|analytics)\b/;
// Leads and pipeline counted in a report are a measure (analytics), not lead generation: "Report
// organic traffic and leads to the CMO", "track partner-sourced pipeline and report on it".
const COUNTED_LEADS = /\b(?:report\w*|track\w*|measur\w*|monitor\w*|dashboards?)\b[^.;]{0,40}?\b(?:leads|pipeline|demo requests)\b/g;
// Ads written, scripted or designed are content: "كتابة مسودات بوستات وإعلانات", "تكتب سكريبتات
// إعلانات السوشيال", "تصميم إعلانات صور وبنرات", "كاتب إعلانات". Running them is online-ads: a
// sentence that also names the running ("وإطلاقها", "الممولة") keeps the label; copy for campaigns
// ("نصوص إعلانية للحملات") is still copy.
const MAKES_ADS_KEY = /كتاب|تكتب|يكتب|كاتب|سكريبت|تصميم|تصمم|يصمم|مسودات|نصوص/;
const MAKES_ADS =
  /(?:^|\s)و?(?:ل|ب)?(?:ال)?(?:كتابه|تكتب|يكتب|كاتب|كاتبه|سكريبت\S*|تصميم|تصمم|يصمم|مسودات|نصوص)(?: \S+){0,3}? و?(?:ل|ب|لل)?(?:ال)?اعلان(?:ات|ي|يه)?(?=\s|$|[،,.])(?!\s+(?:ال)?ممول)/g;
const RUNS_ADS = /اطلاق|تشغيل|تطلق|يطلق|ادار|تدير|يدير|استهداف|ميزاني|ممول/;
// Ads that are not this job's: a team the job supports or reports to ("توصيات لفريق الإعلانات",
// "دعم فريق الإعلانات", "لدينا فريق إعلانات ممولة"), an ad agency as the employer after a dash
// ("Copywriter عربي - وكالة إعلانات"; supervising one is the job's), ads the job
// goes without ("بدون إعلانات") or deletes as spam ("يمسح السبام والإعلانات").
const OTHERS_ADS =
  /(?:^|\s)(?:لفريق|مع فريق|دعم فريق|الي فريق|لدينا فريق|عندنا فريق) (?:ال)?اعلانات(?: (?:ال)?(?:ممول\S*|مدفوع\S*))?|[-–|]\s*(?:ال)?وكاله (?:ال)?اعلانات|(?:^|\s)(?:بدون|بلا|من غير) (?:ال)?اعلانات|(?:ال)?سبام و(?:ال)?اعلانات/g;
// Bloggers and content sites are partners, and creators' content reviewed is theirs: "recruit
// travel bloggers", "publishers (coupon, content and cashback sites)", "review their content".
const OTHERS_CONTENT =
  /\bv?bloggers?\b|\bcontent(?:,? (?:and |or )?[\w-]+){0,2} (?:sites|publishers|partners|creators)\b|\b(?:review|approve|check|brief)\w* (?:\S+ ){0,3}?their content\b/g;
// In Arabic, the people who make content: creators worked with, the content team, a writer named
// beside others ("التنسيق مع المصمم وصانع المحتوى", "نقلها لفريق المحتوى", "كونتنت رايتر").
const OTHERS_CONTENT_AR =
  /(?:^|\s)(?:و|مع |لل|ل)?(?:صناع|صانعات|صانعي|فريق|كتاب) (?:ال)?(?:محتوي|كونتنت)\S*|(?:^|\s)(?:و|مع |ل)(?:صانع|صانعه|كاتب|كاتبه) (?:ال)?(?:محتوي|كونتنت)\S*|كونتنت رايتر/g;
// Video as a format of bought media ("run display, video and CTV campaigns", "Online-Video, Social
// Ads"), and copy tested rather than written ("ad copy tests", "Test ad copy and landing pages").
const VIDEO_AD_FORMAT =
  /\b(?:display|programmatic|online)[,\s]+(?:(?:and|und|&)\s+)?video\b|\bonline-video\b|\bvideo,? (?:and |und |& )?(?:ctv|display|audio|dooh)\b/g;
const COPY_TESTED = /\b(?:ad )?copy[- ]tests?(?:ing)?\b|\btest(?:s|ing)? (?:the |our |new )?(?:ad )?copy\b|\bcopy-test\w*/g;
// Ads and channels measured, not run: "Build Looker dashboards for paid search, paid social and
// email", "attribution models across paid search…", "incrementality tests for paid social and TV".
const MEASURED_KEY = /dashboard|attribution|incrementality/;
const MEASURED_OVER =
  /\b(?:dashboards?|attribution(?: models?)?|incrementality (?:tests?|studies))\b(?: in [\w ]{1,20}?)? (?:for|covering|across|on|of) [^.;:]*/g;
// Search results to top are SEO's ranking, not results measured: "لتصدر نتائج البحث".
const SEARCH_RESULTS_AR = /(?:^|\s)(?:ال)?نتايج (?:ال)?(?:بحث|محركات البحث|جوجل)(?=\s|$|[.,،؛])/g;
// Content syndication is paid distribution of what exists (channels), not making content.
const CONTENT_SYNDICATION = /\bcontent syndication\b/g;
// Audiences as an ad platform's targets are built and bid on, not listened to (that is targeting,
// online-ads or audience-analytics): "lookalike audiences", "from audience setup to creative
// rotation", "analyse results by audience", "nurture workflows for each audience".
const TARGETED_AUDIENCES =
  /\b(?:custom|lookalike|look-alike|saved|retargeting|remarketing|paid|ad|in-market|affinity) audiences?\b|\baudience (?:setup|set-up|targeting|segments?|lists?|saturation|exclusions?|sizes?)\b|\b(?:by|per|each|every|and) audiences?\b|\baudiences? (?:and|&) (?:creatives?|geographies|placements|bids?|budgets?)\b|\b(?:build|building|pull|pulling|create|creating|set up|setting up)\s+(?:[\w-]+\s+){0,2}?audiences\b/g;
// The same in German: "Retargeting-Zielgruppen aufbauen", "Lookalike-Zielgruppen anlegen".
const TARGETED_ZIELGRUPPEN =
  /\b(?:retargeting|remarketing|lookalike|custom|ad|werbe)-?zielgruppen?\b|\bzielgruppen? (?:aufbauen|anlegen|erstellen|ausschließen)\b/g;
// Writing code is not writing content: "comfortable writing basic SQL", "automate reporting with
// scripts and BigQuery", "Google Ads scripts". Nor is writing a plan, a strategy, a report, a memo,
// tickets or hypotheses ("Write the annual marketing plan", "write up learnings"); a content brief
// is content planning and stays.
const NOT_CONTENT_WRITING =
  /\bwrit\w*\s+(?:(?:and|or) \w+\s+)?(?:(?:the|our|a|an|your)\s+)?(?:\w+\s+){0,3}?(?:plans?|strateg\w*|reports?|proposals?|budgets?|business cases?|notes?|memos?|commentary|tickets|hypothes[ie]s|summar(?:y|ies)|updates|recaps?)\b|\bwrit\w* up (?:the |our )?(?:learnings|results|findings)\b|\bwrite-ups? of (?:the )?results\b|\bwrit\w*\s+(?:\w+\s+)?(?:sql|code|queries|scripts|python|javascript|regex|formulas)\b|\b(?:automat\w*|google ads|python|apps)\b[^.;]{0,30}?\bscripts?\b|\bscripts? (?:and|or|in|with) (?:sql|bigquery|python|javascript|apps script)\b/g;
// Paid social is advertising (online-ads), not running the accounts; foot traffic is people in a store.
const NOT_SOCIAL_WEB = phrases('paid social media', 'paid social-media', 'paid social channels', 'paid social platforms', 'foot traffic');
// Social media as the place ads run, not accounts run (taxonomy §4: "Meta ads" is online-ads):
// "social media ads", "advertising across social media and search", "الإعلانات الممولة على
// السوشيال ميديا ومحركات البحث", "حملات الإعلان عبر منصات التواصل الاجتماعي". Only the platforms
// after the ad word go; "and grow our social media" after them still counts.
const SOCIAL_AS_AD_PLACE =
  /\bsocial(?:[- ]media)? (?:ads?|advertising|advertisements?|ad campaigns?)\b|\b(?:ads|advertising|advertisements|ad campaigns)(?: \S+){0,2}? (?:on|across|via|through) (?:the )?social (?:media|channels|platforms|networks)\b|(?:اعلان\S*|ممول\S*|ادز)(?: \S+){0,2}? (?:(?:علي|عبر|في) |ب)(?:(?:\s*(?:،|,|و)\s*|\s+)?(?:ال)?(?:سوشيال ميديا|سوشال ميديا|سوشيال|سوشال|منصات التواصل(?: الاجتماعي)?|مواقع التواصل(?: الاجتماعي)?|وسايل التواصل(?: الاجتماعي)?|محركات البحث|فيسبوك|انستقرام|انستجرام|انستغرام|تيك توك|سناب شات|سناب|تويتر|يوتيوب))+/g;
// A choice among channels names the platforms as options in a mix, which is channels work, not
// running those accounts: "Keep our channel mix healthy: SEO, Google Ads…", "Experience with
// various marketing channels, including social media", "اختيار القنوات المناسبة (سوشيال، مؤثرين)".
const CHANNEL_CHOICE = phrases(
  'channel mix',
  'which channels',
  'marketing channels',
  'all channels',
  'مزيج القنوات',
  'اختيار القنوات',
  'القنوات المناسبه',
  'القنوات التسويقيه',
);
// Knowing an area is background, not work the job does: "General knowledge of SEO, social
// advertising and web usability", "فهم عميق لمنصات التواصل ومحركات البحث". No label reads such a line.
// Arabic knowledge is "of" something (معرفة بـ، فهم لـ): "معرفة سلوك العملاء" is getting to know them.
const KNOWING_AREAS =
  /^(?:[-–•*]\s*)?(?:(?:a |an )?(?:good |general |basic |solid |deep |strong |broad |working )?(?:knowledge|understanding|familiarity|awareness) (?:of|with)\b|(?:ال)?(?:فهم|معرفه|المام)(?: \S+)? (?:ب|ل)\S)/;
const choosesChannels = (norm: string): boolean => (norm.includes('channel') || norm.includes('قنوات')) && test(CHANNEL_CHOICE, norm);
// "الموقع: دبي", "موقع العمل: الرياض": the place of work, not the website.
const PLACE_LABEL = /(?:^|\s)(?:ال)?موقع(?= ?:)|موقع العمل/g;
const AD_WORD_KEY = /\bad|اعلان|ممول|ادز/;
// Writing as a language skill: "Fluency in English (speaking, writing, reading)".
const LANGUAGE_SKILL = /\b(?:fluen\w*|proficien\w*|native|bilingual)\b[^.;]*/g;
const LANGUAGE_NAME = /\b(?:english|german|french|spanish|arabic|italian|dutch|polish|portuguese|deutsch|englisch)\b/;
// Channels named for something else: the brand kept the same across them ("consistent across
// all channels" is branding), attribution between them (analytics), an industry the candidate
// comes from ("the affiliate marketing sector", "the affiliate niche").
// "Across" is followed by the places where the brand stays the same, however they are listed
// ("consistent across our website, social channels, email and stores").
const CONSISTENT_ACROSS =
  /\b(?:consisten\w*|cohesive|coheren\w*|unified)\b[^.;]{0,60}?\b(?:across\b[^.;]{0,80}|(?:on|in) (?:all |every |our |the )?(?:channels|platforms|touchpoints)\b)/g;
const CHANNEL_ATTRIBUTION = /\b(?:multi-?channel|cross-channel|omni-?channel)\s+attribution\b/g;
// Channels measured, not run: dashboards of channel performance, "أداء القنوات الرقمية".
const CHANNEL_PERFORMANCE =
  /\bchannel performance\b|\b(?:by|per) channel\b|\bperformance (?:of|by|across) (?:\w+ ){0,2}?channels\b|(?:^|\s)(?:ل|و)?اداء (?:ال)?قنوات(?: (?:ال)?(?:رقميه|تسويقيه|اعلانيه))?/g;
const CHANNEL_INDUSTRY =
  /\b(?:affiliate|sms|email|influencer)(?: marketing)? (?:industry|industries|sector|sectors|space|vertical|verticals|niche|niches)\b/g;
// Partnerships for links are SEO's: "managing SEO partnerships (link-building)".
const LINK_PARTNERSHIPS = /\b(?:seo|link[- ]?building|backlinks?) partnerships?\b/g;
// Up to another verb of running the site: "write a guide and run the website" still runs it.
const COPY_FOR_THE_WEB =
  /\b(?:write|writes|writing|draft|drafting)\b(?:(?!\b(?:and|&) (?:run|runs|manage|manages|own|owns|grow|maintain)\b)[^.;]){0,60}?\b(?:website|web|landing pages?|site|homepage|product pages?)\b(?: copy)?|\b(?:website|web|landing pages?|site|homepage) copy\b|(?:^|\s)(?:كتابه|يكتب|تكتب)\s(?:(?!\sو?(?:اداره|تشغيل|متابعه|نشر|تنظيم)\S*\s)[^.;،]){0,60}?(?:صفحات الهبوط|الموقع|السوشيال ميديا|سوشيال ميديا|السوشيال|صفحات)(?=\s|$|[.,،؛])/g;
function channelsText(norm: string): string {
  return norm
    .replace(CONSISTENT_ACROSS, ' ')
    .replace(CHANNEL_ATTRIBUTION, ' ')
    .replace(CHANNEL_PERFORMANCE, ' ')
    .replace(CHANNEL_INDUSTRY, ' ')
    .replace(LINK_PARTNERSHIPS, ' ');
}
const APPLICANTS = new RegExp(FREELANCERS_WANTED.source, 'g');
/** The sentence as one label's lexicon should read it. */
function forLabel(id: SkillId, norm: string): string {
  if (KNOWING_AREAS.test(norm)) return '';
  if (id === 'analytics') {
    const ranked = norm.includes('نتايج') ? norm.replace(SEARCH_RESULTS_AR, ' ') : norm;
    const audited = ranked.includes('تقني') || ranked.includes('technical') ? ranked.replace(TECHNICAL_AUDIT, ' ') : ranked;
    return removeAll(REPORTING_LINE, audited.includes('analytics') ? audited.replace(ANALYTICS_PRODUCTS, ' ') : audited);
  }
  if (id === 'audience-analytics' && norm.includes('segment')) return norm.replace(SHOW_SEGMENTS, ' ');
  if (id === 'ad-oversight') return clientPaysSpend(norm) ? '' : removeAll(RETURN_ON_SPEND, norm);
  if (id === 'online-ads') {
    const run = MEASURED_KEY.test(norm) ? norm.replace(MEASURED_OVER, ' ') : norm;
    const own = run.includes('اعلانات') ? run.replace(OTHERS_ADS, ' ') : run;
    return MAKES_ADS_KEY.test(own) && !RUNS_ADS.test(own) ? own.replace(MAKES_ADS, ' ') : own;
  }
  if (id === 'audience' && norm.includes('audience')) return norm.replace(TARGETED_AUDIENCES, ' ');
  if (id === 'audience' && norm.includes('zielgruppe')) return norm.replace(TARGETED_ZIELGRUPPEN, ' ');
  // "نرحب بالمستقلين", "freelancers are welcome to apply": the applicants, not people to manage.
  if (id === 'team-management') return MENTIONS_FREELANCERS.test(norm) ? norm.replace(APPLICANTS, ' ') : norm;
  // Each removal only where its key word is: this runs for every sentence and label.
  if (id === 'content') {
    // Bloggers, content sites and creators' content are others' (OTHERS_CONTENT), not content made.
    const people =
      norm.includes('blogger') || norm.includes('content') ? norm.replace(OTHERS_CONTENT, ' ').replace(CONTENT_SYNDICATION, ' ') : norm;
    const calls = people.includes('video') ? removeAll(VIDEO_CALL, people).replace(VIDEO_AD_FORMAT, ' ') : people;
    const text = calls.includes('copy') ? calls.replace(COPY_TESTED, ' ') : calls;
    if (!text.includes('writ') && !text.includes('script')) return text;
    const prose = LANGUAGE_NAME.test(text) ? text.replace(LANGUAGE_SKILL, ' ') : text;
    return prose.replace(NOT_CONTENT_WRITING, ' ');
  }
  if (id === 'channels') return channelsText(MEASURED_KEY.test(norm) ? norm.replace(MEASURED_OVER, ' ') : norm);
  // Copy written for the website or its landing pages is content, not running the site: "Write
  // the website copy, packaging copy…", "Write copy for app screens, landing pages and emails".
  if (id === 'social-web' && (norm.includes('copy') || norm.includes('كتاب') || norm.includes('يكتب') || norm.includes('تكتب')))
    return norm.replace(COPY_FOR_THE_WEB, ' ');
  if (id === 'marketing-sales') {
    // GTM beside tracking is Google Tag Manager, not go-to-market: "server-side GTM", "(CallRail, GTM)".
    const untagged = norm.includes('gtm') && TAG_CONTEXT.test(norm) ? norm.replace(/\bgtm\b/g, ' ') : norm;
    const counted =
      untagged.includes('lead') || untagged.includes('pipeline') || untagged.includes('demo')
        ? untagged.replace(COUNTED_LEADS, ' ')
        : untagged;
    return counted.includes('funnel') ? counted.replace(FUNNEL_MEASURED, ' ') : counted;
  }
  if (id === 'social-web') {
    if (choosesChannels(norm)) return '';
    const placed = norm.includes('موقع') ? norm.replace(PLACE_LABEL, ' ') : norm;
    const visited = test(TRACKING_OR_RETARGETING, placed) ? removeAll(WEBSITE_MENTION, placed) : placed;
    // "Paid Social Media Buyer": paid social media is advertising (online-ads), not the accounts.
    const unpaid = visited.includes('paid') || visited.includes('foot') ? removeAll(NOT_SOCIAL_WEB, visited) : visited;
    return AD_WORD_KEY.test(unpaid) ? unpaid.replace(SOCIAL_AS_AD_PLACE, ' ') : unpaid;
  }
  return norm;
}
// A team described by its people ("lead a team of five: two performance marketers, an SEO
// specialist…", "قيادة فريق التسويق المكوّن من خمسة أخصائيين (محتوى، إعلانات)", "تشرف على الفريق
// ديالنا: ديزاينر، ميديا باير") names what they do, not what this job does: a channel right before a
// person is read as the person's.
const TEAM_LIST =
  /\bteam of\b|\b(?:manage|managing|lead|leading|oversee|overseeing|supervise|supervising) (?:\S+ ){0,2}?(?:freelancers|contractors|people|reports|specialists)\b|\bteam (?:is|are|includes|consists of) (?:\S+ )?(?:people|members|marketers)\b|\b(?:work|working|partner|partnering|collaborate|collaborating) (?:closely |directly )?(?:with|alongside)\b|\b(?:lead|leads|leading|manage|manages|managing|build|hire|hiring)\b[^.;]{0,40}\bteam\b|\bteams? (?:aus|von|mit)\b|(?:führung|leitung|führst|leitest|führen)\b[^.;]{0,40}\bteams?\b|فريق من|فريق مكون|(?:^|\s)(?:ال)?مكون(?:ه)? من|(?:فريق|تيم) (?:فيه|يضم|بيضم|به)(?:\s|$)|تيم من|(?:^|\s)(?:ال)?اشراف (?:المباشر )?علي|(?:^|\s)(?:تشرف|يشرف|تشرفي|اشرف) علي (?:ال)?(?:فريق|تيم)|(?:^|\s)(?:ال)?(?:اداره|قياده|متابعه) (?:ال)?(?:فريق|تيم)\S*(?: \S+){0,4}? \(/;
// "an SEO and content manager", "the paid media, lifecycle and content leads": the person may
// come after a list of areas.
const PERSON_AFTER =
  /^(?:(?:,\s*|\s+(?:and|&)\s+|\s*\/\s*)[\w-]+){0,3}[\s-]*(?:managers?|leads?|specialists?|executives?|experts?|marketers?|analysts?|writers?|designers?|buyers?|coordinators?|consultants?|strategists?|editors?|producers?|creators?|creatorin(?:nen)?|redakteur\w*)\b|^\s+(?:رايتر|رايترز|ديزاينر|ديزاينرز|باير|بايرز|كريتور|كرييتور|سبيشاليست|ماركتير|مانجر|مانيجر|ادمن)(?=\s|$|[،,.:])/;
const SUPERVISION_WORD = /supervis|direction|guidance|report|اشراف|ادار/;
const UNDER_SUPERVISION =
  /\b(?:under the (?:supervision|direction|guidance) of|supervised by|reporting to|reports to|(?:you(?:'ll|’ll| will) )?report to)\b(?! you\b)[^,;.]*|(?:تحت|بتوجيه من) (?:ال)?(?:اشراف|ادار)\S*[^،,;.]*/g;
const BRACKETS = /\([^)]*\)/g;
// A hit that is itself a person: "فريق فيه مدير حسابات وميديا باير".
const PERSON_HIT = /(?:\b(?:buyers?|managers?|specialists?|writers?|designers?)|باير|بايرز)$/;
// Arabic names the person first: "مسوق محتوى", "متخصص إعلانات".
const PERSON_BEFORE_AR = /(?:^|\s)و?(?:مسوق|مسوقه|متخصص|متخصصه|اخصايي|اخصاييه|كاتب|كاتبه|مصمم|مصممه|مدير|مستشار|منسق)\s+$/;
function lexiconHit(id: SkillId, norm: string): boolean {
  if (id === 'content' && test(READY_MADE, norm)) return false;
  const text = forLabel(id, norm);
  if (!test(SKILL_LEXICON[id], text)) return false;
  if (!TEAM_LIST.test(norm)) return true;
  // The areas in brackets are the members': "قيادة فريق من 4 أشخاص (محتوى، أداء، CRM)".
  const outside = text.replace(BRACKETS, ' ');
  return findAll(SKILL_LEXICON[id], outside).some(
    (h) =>
      !PERSON_HIT.test(h.text) &&
      !PERSON_AFTER.test(outside.slice(h.end)) &&
      !PERSON_BEFORE_AR.test(outside.slice(Math.max(0, h.index - 12), h.index)),
  );
}

const TITLE_LABELS: ReadonlySet<SkillId> = new Set(['online-ads', 'social-web', 'content', 'channels']);

// Making something for a platform is content; running the account is social-web: "تصوير ريلز
// وفيديوهات تيك توك لمنتجاتنا", "كتابة كابشن لبوستات انستقرام" name the platform as where the work
// will appear. Only a sentence that also posts, schedules, manages or answers runs the account.
// Arabic only: English postings say "create content for Instagram" of the account's own work.
const PRODUCES = /(?:^|\s)و?(?:كتابه|تكتب|يكتب|تصوير|تصور|يصور|تصميم|تصمم|يصمم|مونتاج|الظهور|تظهر|يظهر)(?=\s)/;
const RUNS_ACCOUNT =
  /\b(?:manage|managing|run|running|grow|growing|post|posting|publish|publishing|schedule|scheduling|moderate|moderating|handle|handling|own|followers|community|engagement|comments|dms)\b|(?:^|\s)و?(?:اداره|ادير|تدير|يدير|نشر|تنشر|ينشر|ونشرها|جدوله|متابعه|الرد|ترد|يرد|تسيير|المتابعين|متابعين|التفاعل|الحساب|حساب|حسابات)(?=\s|$)/;
// A bare list of platforms ("فيسبوك - سنابشات - تيك توك - google") answers "which platforms", and
// says no work on them.
const LIST_REST = /[\p{L}\p{N}]{3,}/u;
const OTHER_PLATFORM_NAMES = /\b(?:google|snapchat|x|threads|pinterest|reddit)\b|جوجل|سناب\S*|لينكد\S*|انس\S*/g;
const namesOnly = (norm: string) => !LIST_REST.test(removeAll(SOCIAL_PLATFORM_NAMES, norm).replace(OTHER_PLATFORM_NAMES, ' '));
const socialPlatformWork = (id: SkillId, norm: string): boolean =>
  id === 'social-web' &&
  test(SOCIAL_PLATFORM_NAMES, norm) &&
  !namesOnly(norm) &&
  // "بكسل تيك توك", "the Meta pixel": tracking set up on a platform, not its account run.
  !test(TRACKING_OR_RETARGETING, norm) &&
  !KNOWING_AREAS.test(norm) &&
  !choosesChannels(norm) &&
  !(PRODUCES.test(norm) && !RUNS_ACCOUNT.test(norm)) &&
  !test(ADVERTISING_WORDS, norm) &&
  !test(OTHERS_ACCOUNTS, norm);

// Content made by someone else and handed over: "التصاميم جاهزة من طرفي", "the posts the content
// team delivers". Publishing or receiving it is not creating content.
const READY_MADE = phrases(
  // Uploading posts is publishing them, not making them: "تنزيل البوستات على الصفحة".
  'تنزيل البوستات',
  'تنزيل المنشورات',
  'رفع البوستات',
  'رفع المنشورات',
  'جاهزه عندي',
  'جاهزه عندنا',
  // Iraqi عدنا (we have): "التصاميم جاهزة عدنا".
  'جاهزه عدنا',
  'من طرفي',
  'من طرفنا',
  'من عندنا',
  'الجاهزه التي',
  'الجاهزه اللي',
  'جاهزه من',
  // "نشر البوستات الجاهزة في مواعيدها": posts that exist before the job touches them.
  'بوست جاهز',
  'منشور جاهز',
  'محتوى جاهز',
  'تصميم جاهز',
  'ready-made posts',
  'ready-made content',
  'pre-written posts',
  'pre-approved posts',
  'provided by us',
  'supplied by us',
  // Built from copy someone else wrote: "Build emails and landing pages from approved copy".
  'from approved copy',
  'from the approved copy',
  'from supplied copy',
  'we provide the',
  'we supply the',
  'the content team delivers',
  'supplied by our',
  'provided by our',
  // "احنا بنوفرلك الصور والفيديوهات": we supply the material.
  'بنوفرلك',
  'نوفرلك',
  'بنوفر لك',
  'نوفر لك',
  'we provide you',
  // Prepared by another: "المنشورات التي يعدها فريق المحتوى".
  'يعدها',
  'بيعدها',
  'يجهزها',
  'بيجهزها',
  'ينتجها',
);

// "Ideas" alone is anyone's: the person's voice ("your ideas are heard"), curiosity ("new ideas
// and tools"), talking with colleagues ("presenting ideas to the team"), a solution someone comes
// up with. They are the job's creative work when they are for something marketing makes: a
// campaign, content, a launch.
const BARE_IDEAS = phrases('ideas', 'idea', 'new ideas', 'fresh ideas', 'big ideas', 'ideas for', 'ideas to', 'ideas that', 'come up with');
const MADE_THING = phrases(
  'campaign*',
  'content*',
  'marketing',
  'brand*',
  'ad',
  'ads',
  'advert*',
  'creative*',
  'post',
  'posts',
  'video*',
  'story',
  'stories',
  'format*',
  'promotion*',
  'promo*',
  'social',
  'influencer*',
  'newsletter*',
  'email*',
  'e-mail*',
  'copy',
  'headline*',
  'seo',
  'grow',
  'growth',
  'launch*',
  'event*',
  'visual*',
  'design*',
  'blog*',
  'topic*',
  'hook*',
  // Formats of a promotion: "come up with fun challenges", "pitch new series".
  'challenge*',
  'contest*',
  'giveaway*',
  'series',
  'activation*',
  'stunt*',
  'tagline*',
  'slogan*',
  'messag*',
  'audience*',
  'engagement',
  'حمله',
  'محتوي',
  'منشور',
  'اعلان',
  'فيديو',
  'بوست',
  'ريلز',
  'ستوري',
  'تصميم',
  'براند',
  'العلامه التجاريه',
  'مواضيع',
);
// Creativity as a trait of the person, in Arabic: "خاصك تكون مبدع وعندك أفكار جديدة", "شخص مبدع
// لديه أفكار". Said of nothing marketing makes, it is not the job's creative work.
const TRAIT =
  /(?:^|\s)و?(?:عندك|لديك|لديه|عنده|عندها|لديها|تكون|يكون|تكوني|تكونين|كن|شخص|شخصيه)\s(?:\S+\s){0,2}?(?:مبدع\S*|افكار\S*)(?:\s(?:جديده|مبتكره|خلاقه|ابداعيه))?/g;
// Leading a team one day is a wish, not the job: "you desire to eventually build and lead a team".
const ASPIRATION = /\b(?:eventually|one day|someday|aspir\w*|desire to|hope to|grow into)\b/;
/** Creative ideas found only in ideas the job carries out: "تنفيذ أفكار الحملات التي يضعها المدير". */
function ideasCarriedOut(norm: string): boolean {
  if (norm.search(CARRY_OUT_IDEAS) < 0) return false;
  const rest = norm.replace(CARRY_OUT_IDEAS, ' ');
  return !lexiconHit('creative-ideas', rest) && !ruleMatches('creative-ideas', rest);
}
/** Creative ideas found only through a bare "ideas" that is for nothing marketing makes. */
function ideasOfNothing(norm: string): boolean {
  const arabicTrait = (norm.includes('مبدع') || norm.includes('افكار')) && norm.search(TRAIT) >= 0;
  if (!(norm.includes('idea') || norm.includes('come up') || arabicTrait) || test(MADE_THING, norm)) return false;
  const rest = arabicTrait ? norm.replace(TRAIT, ' ') : removeAll(BARE_IDEAS, norm);
  return !lexiconHit('creative-ideas', rest) && !ruleMatches('creative-ideas', rest);
}

// Marketing that is the company's or other teams', said in the requirements: "experience at a
// company that also runs large SEO programs", "familiarity with our SEO roadmap", "you'll work
// alongside our lifecycle, SEO and influencer teams", "run our webinar series with the content
// team", "التنسيق مع المصمم لإعداد المنشورات". The clause names their work, not this job's.
const OTHERS_WORK =
  /\b(?:at|with|for|in) (?:a|an) (?:company|business|brand|startup|organi[sz]ation|agency|employer) (?:that|which|where|who)\b[^.;]*|\bfamiliar(?:ity)? with (?:our|the company['’]s|the team['’]s)\b[^.;]*|\b(?:work(?:ing)?|partner(?:ing)?|collaborat\w*|sit\w*) (?:closely |directly )?(?:with|alongside) [^.;]{0,80}?\b(?:our|the) [^.;]{0,40}?\bteams?\b|\bpresent\w*(?: \w+){0,3} to (?:our|the) [^.;]{0,60}?\bteams?\b|\b(?:with|alongside) (?:our|the) (?:[\w&/-]+,? (?:and )?){1,4}?teams?\b|(?:^|\s)(?:ال|و|بال)?(?:تنسيق|تعاون) مع (?:ال)?(?:مصمم\S*(?: ل\S+)?(?: [^\s.،؛]+)?|(?:فريق|قسم|وكاله)(?: [^\s.،؛]+){1,2})/g;
// Work another team or person is said to do: "Our in-house team handles social media and paid
// campaigns", "فريقنا الداخلي يتولى الإعلانات الممولة". The clause is theirs.
const HANDLED_BY_OTHERS =
  /\b(?:our|the) (?:[\w-]+ ){0,2}?(?:team|teams|agency|agencies|designers?|editors?|colleagues?|department) (?:already )?(?:handles?|runs?|manages?|owns?|takes care of|covers?|is responsible for|are responsible for)\b[^,;.]*|(?:^|\s)(?:فريقنا|الفريق|فريق \S+|وكالتنا|الوكاله)(?: \S+)? (?:يتولي|بيتولي|يتولا|مسوول عن|مسووله عن|بيدير|يدير|بيهتم ب|يهتم ب)[^,;.،؛]*/g;
// The same said in the passive: "Campaign creative is developed by our agency of record", "a
// monthly budget set by the practice manager", "الزوايا الإعلانية محددة مسبقاً من فريقنا". The thing
// done (up to four words before it) and the doer are theirs; the rest of the clause stays ("manage
// daily budgets within the weekly cap set by our Head of Growth").
const DONE_BY_OTHERS =
  /(?:[\p{L}\p{N}'’&-]+ ){0,3}[\p{L}\p{N}'’&-]+ (?:(?:is|are|gets?|was|were) )?(?:developed|produced|written|created|made|designed|handled|run|managed|owned|set|decided|defined|chosen|provided|approved|maintained|supplied|prepared|built|delivered|analy[sz]ed) by (?:our|the|an?|your) (?:[\p{L}\p{N}'’&]+ ?){1,4}|(?:\S+ ){0,3}(?:محدد|معد|مقرر|مكتوب|جاهز)\S* مسبقا (?:من|بواسطه) \S+/gu;
const DONE_BY_KEY = / by (?:our|the|an?|your) |مسبقا/;
// A colleague named with what they own: "Work with our CRM manager, who owns push and email".
const COLLEAGUE_OWNS = /\b(?:with|alongside) (?:our|the) [^,;.]{0,40}?, who (?:owns?|runs?|handles?|manages?|leads?)\b[^,;.]*/g;
// Anyone named with what they do in a relative clause: "Brief our freelance copywriter, who writes
// the email copy". The clause is theirs; the briefing stays.
const WHO_DOES = /, who (?:owns?|runs?|handles?|manages?|leads?|writes?|creates?|produces?|designs?|shoots?|edits?|builds?)\b[^,;.]*/g;
// Material the client already has is the brief, not work asked for: "الفيديوهات موجودة عندي",
// "النص جاهز". The clause that says so goes.
const MATERIAL_GIVEN_AR = /[^،,.؛]*(?:(?:^|\s)جاهز(?:ه|ين)?(?=\s|$|[،,.؛])|موجود\S* (?:عندي|عندنا|لدي|لدينا))[^،,.؛]*/g;
const HANDLED_KEY = /team|agenc|designer|editor|colleague|department|فريق|وكال/;
// The name of the team the person joins is not a duty: "to join our customer experience team",
// "Unterstützung für unser CRM-Team", "للانضمام إلى فريق تجربة العملاء". What the job does is said in its duties.
const TEAM_JOINED =
  /\bjoin(?:s|ing)? (?:our|the|a|an) (?:[\w&/-]+,? ){0,4}?teams?\b|\b(?:für|in|ins|zu|verstärk\w*) (?:unser(?:em|en|e)? |das )?(?:[\w&/-]+ )?[\w&/]+-teams?\b|(?:^|\s)(?:للانضمام|الانضمام|لينضم|لتنضم|ينضم|تنضم|انضم)(?: الي| ل)? ?(?:ال|ل)?(?:فريق|تيم)(?: [^\s،,.؛:]+){0,3}/g;
// The role's name where the posting announces the hire ("We're hiring a User Acquisition Manager
// to scale installs", "suchen wir eine/n CRM Manager (m/w/d)") is the title said again, not a
// duty: what follows "to" is. The title itself is read as a title (TITLE_LABELS).
const HIRED_ROLE =
  /(\b(?:we(?:'re|’re| are) (?:hiring|looking for|seeking|searching for)|(?:is|are) (?:hiring|looking for|seeking)|suchen wir(?: zum [\w.]+| ab sofort)?)\s+(?:an?\s+|the\s+|eine?n?(?:[:/]\w*)?\s+)?)((?:[\p{L}&/-]+\s+){0,5}?[\p{L}&/-]+)(?=\s+(?:to|who|with|for|zur|zum|in|im|ab)\b|\s*\(m\/w\/d\)|\s*[,.;:–—-]|\s*$)/gu;
const HIRING_SAID = /hiring|looking for|seeking|searching for|suchen wir/;
/** The sentence with what is not this job's own work blanked out. */
// A requirement denied is not asked for: "SEO knowledge is not required", "no prior Google Ads
// experience needed", "لا يُشترط خبرة في إعلانات جوجل", "مش شرط تكون عارف SEO". The denial with
// what it denies goes, up to the clause's comma or full stop.
const NOT_REQUIRED =
  /\b(?:no|without) (?:prior |previous )?[^,;.]{0,40}?\b(?:experience|knowledge) (?:is )?(?:needed|required|necessary)\b|\bnot (?:required|needed)\s*:[^.;]*|(?:لا يشترط|لا نشترط|لا يلزم|مش شرط|مش لازم|مش مطلوب|غير مطلوب\S*|ليس شرطا|ليس مطلوبا)[^,;.،؛]*/g;
// "… is not required" denies what comes before it. Found on its own and cut back to the clause's
// start: a pattern that began with the clause ("[^,;.]* is not required") was tried from every
// position and took milliseconds on one long sentence.
const NOT_REQUIRED_AFTER = /\b(?:is|are) not (?:required|needed|necessary|a must|expected)\b/g;
function withoutDenied(norm: string): string {
  let out = norm.replace(NOT_REQUIRED, ' ').replace(DUTY_DENIED, ' ');
  NOT_REQUIRED_AFTER.lastIndex = 0;
  for (let m = NOT_REQUIRED_AFTER.exec(out); m; m = NOT_REQUIRED_AFTER.exec(out)) {
    const start = Math.max(out.lastIndexOf(',', m.index), out.lastIndexOf(';', m.index), out.lastIndexOf('.', m.index)) + 1;
    out = `${out.slice(0, start)} ${out.slice(m.index + m[0].length)}`;
    NOT_REQUIRED_AFTER.lastIndex = start + 1;
  }
  return out;
}
// A duty the posting says this job will not do: "you won't be running paid search here", "No
// organic social or community work — just ads", "a hands-on role with no line management", "no
// reporting is needed", "لن تدير الإعلانات الممولة". The denial goes with the rest of its clause.
// "won't just", "not only" deny nothing.
const DUTY_DENIED =
  /\b(?:won['’]t|will not|wont)(?! (?:just|only|simply|merely)\b)[^,;.]*|\bno (?:[\w-]+ (?:or |and |& )?){0,3}?(?:work|management|reporting|reports|targets?|quotas?|responsibilit(?:y|ies))\b[^,;.]*|\bnot an? (?!(?:just|only|typical)\b)(?:[\w-]+ ){0,2}?(?:role|position|job)\b|(?:^|\s)لن (?!تتكرر|تندم)[^,;.،؛]*|\b(?:does not|doesn['’]t|will not) include\b[^;.]*|(?:^|\s)(?:لا يشمل|لا تشمل|ليس من مهامك|مش من شغلك)[^;.؛]*/g;
const DENIAL_WORD =
  /\bnot\b|\bno\b|\bwithout\b|won['’]t|doesn['’]t|\bwont\b|يشترط|نشترط|يلزم|شرط|لازم|مطلوب|(?:^|\s)لن\s|لا يشمل|لا تشمل|ليس من مهامك|مش من شغلك/;

function ownWork(norm: string): string {
  let out = SUPERVISION_WORD.test(norm) ? norm.replace(UNDER_SUPERVISION, ' ') : norm;
  if (DENIAL_WORD.test(out)) out = withoutDenied(out);
  if (HANDLED_KEY.test(out)) out = out.replace(HANDLED_BY_OTHERS, ' ');
  if (DONE_BY_KEY.test(out)) out = out.replace(DONE_BY_OTHERS, ' ');
  if (out.includes(', who ')) out = out.replace(COLLEAGUE_OWNS, ' ').replace(WHO_DOES, ' ');
  if (out.includes('جاهز') || out.includes('موجود')) out = out.replace(MATERIAL_GIVEN_AR, ' ');
  // Before OTHERS_WORK below, which takes "مع المصمم وصانع" and would leave "المحتوى" standing alone.
  if (out.includes('محتوي') || out.includes('كونتنت')) out = out.replace(OTHERS_CONTENT_AR, ' ');
  if (HIRING_SAID.test(out)) out = out.replace(HIRED_ROLE, (_m, lead: string, role: string) => lead + ' '.repeat(role.length));
  if (out.includes('join') || out.includes('-team') || out.includes('نضم')) out = out.replace(TEAM_JOINED, ' ');
  if (
    out.includes('company') ||
    out.includes('familiar') ||
    out.includes('team') ||
    out.includes('brand') ||
    out.includes('agency') ||
    out.includes(' مع ')
  )
    out = out.replace(OTHERS_WORK, ' ');
  return out;
}

export function decideSkills(sentences: readonly Sentence[]): { skills: SkillId[]; evidence: Partial<Record<SkillId, string[]>> } {
  // A Map while reading: an object keyed by eleven hyphenated ids, grown one key at a time, made
  // this loop's every lookup a slow one.
  const found = new Map<SkillId, string[]>();
  // The duties are better evidence than the title: read the title last.
  const ordered = [...sentences.filter((s) => s.part !== 'title'), ...sentences.filter((s) => s.part === 'title')];
  for (const s of ordered) {
    if (s.part === 'company' || s.part === 'benefits' || describesCompany(s) || tellsHowToApply(s) || notThisRole(s)) continue;
    // Being supervised is not supervising ("under the supervision of the Performance Lead"), and
    // other teams' work is not this job's.
    const norm = ownWork(s.norm);
    let byRule: Set<SkillId> | undefined;
    for (const id of SKILL_IDS) {
      if (found.has(id) || (s.part === 'title' && !TITLE_LABELS.has(id))) continue;
      if (!(lexiconHit(id, norm) || (byRule ??= ruleLabels(norm)).has(id) || socialPlatformWork(id, norm))) continue;
      if (id === 'creative-ideas' && (ideasOfNothing(norm) || ideasCarriedOut(norm))) continue;
      if (id === 'team-management' && ASPIRATION.test(norm)) continue;
      found.set(id, [s.original]);
    }
  }
  return { skills: SKILL_IDS.filter((id) => found.has(id)), evidence: Object.fromEntries(found) };
}
