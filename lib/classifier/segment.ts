// Splits a posting into sentences and tags each with the part of the posting it sits in, so
// that a skill in the company blurb or a "remote" in the benefits list is weighed accordingly.
import { htmlToText } from '../html';
import { normaliseText } from './normalise';
import { phrases, test, type Matcher } from './lexicon';

export type Part = 'title' | 'duties' | 'requirements' | 'benefits' | 'company' | 'other' | 'field';

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

const COMPANY_OPENING =
  /^(we are|we're|we’re|at [A-Z]\S*,|founded in|our mission|our company|wir sind|(?!(This|That|It|There|Here|You|Your|The|Our|Salary|Pay)\b)[A-Z][\w&.-]*( [A-Z][\w&.-]*)? (is|are) (a|an|the) )/;

const JOB_TURN =
  /^(?:you|your|we(?:'re|’re| are) (?:hiring|looking|seeking|searching)|as (?:a|an|the)\b|responsibilities|the role|this role|in this role|benefits|salary|based in|مطلوب|المطلوب|نبحث|نحتاج|المهام|يتطلب)/;

export type Sentence = { original: string; norm: string; part: Part };

// A sentence anywhere in the posting that describes the company or what it gives, not the job:
// "We're a fast-growing team of…", "Our platform helps…", "Since 2012, X has…", "When you join X…",
// "we provide training in SEO, PPC…". Skills are asked of the person, so these say none.
const SELF_DESCRIPTION =
  /^(?:about \S+(?: \S+)? )?(?:we are|we're|we’re|we help|we put|we build|we run|we sell|we make|we serve|we work with|we've|we’ve|we have been|since \d{4}|founded|join (?:us|our|a|the)\b|when you join|our (?:company|mission|platform|clients|customers|technology|tools|products?|services|vision|values|team is|team are|story)\b|at [a-z][\w&.-]*,? (?:we|you)\b|as (?:a|an|the) [^,]{0,40} at \S+, you(?:'|’)ll join|in a nutshell|our (?:team|agency|firm|studio|group|business) of \d+|our (?:agency|firm|studio|group)\b|نحن (?:\S+ )?(?:شركه|وكاله|فريق|منصه|مؤسسه|متجر|مجموعه)|شركتنا|وكالتنا|تاسست|تعمل الشركه|الشركه تعمل)|\bwe (?:provide|offer)\b/;
const JOB_INTRO = /^(?:about \S+(?: \S+)? )?(?:we are|we're|we’re) (?:looking|seeking|hiring|searching|currently|excited to|now)\b/;

/** True for a sentence about the company rather than the job (see SELF_DESCRIPTION). */
export function describesCompany(s: Sentence): boolean {
  return s.part !== 'title' && SELF_DESCRIPTION.test(s.norm) && !JOB_INTRO.test(s.norm);
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
  ['other', phrases('hiring process', 'our hiring process', 'interview process', 'the process', 'how to apply', 'next steps')],
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
      'المهام',
      'مهام الوظيفه',
      'المسؤوليات',
      'الوصف الوظيفي',
    ),
  ],
];

function headingPart(line: string): Part | undefined {
  // A heading is short and is not a sentence: "Benefits", "What you'll do:", "المهام".
  if (line.length > 50 || /[.!?؟]$/.test(line) || line.split(/\s+/).length > 7) return undefined;
  const norm = normaliseText(line);
  for (const [part, re] of HEADINGS) if (test(re, norm)) return part;
  return undefined;
}

/** Breaks a line into sentences at . ! ? ؟ ؛ and bullets, keeping each sentence's original text. */
function splitSentences(line: string): string[] {
  return line
    .split(/(?<=[.!?؟؛])\s+(?=\S)|\s*[•▪●]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

export function toPlainText(text: string): string {
  return /<[a-z][\s\S]*>/i.test(text) ? htmlToText(text) : text;
}

export function segmentPosting(title: string, text: string): Sentence[] {
  const sentences: Sentence[] = [{ original: title, norm: normaliseText(title), part: 'title' }];
  let part: Part = 'other';
  for (const rawLine of toPlainText(text).split(/\n+/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const heading = headingPart(line.replace(/[:：]$/, ''));
    if (heading) {
      part = heading;
      continue;
    }
    // URLs are not words of the posting ("…/remote-jobs/…" says nothing about this job).
    // A blurb before the first heading that introduces the company is the company's, not the job's.
    let partHere: Part = part === 'other' && line.length < 600 && COMPANY_OPENING.test(line) ? 'company' : part;
    for (const sentence of splitSentences(line)) {
      // A posting flattened to one line keeps its headings inside it ("… الإدارية. المهام الرئيسية:
      // • متابعة …", "Requirements: 3 years of …"): a heading before a colon starts its part there.
      const colon = sentence.indexOf(':');
      const inlineHeading = colon > 0 ? headingPart(sentence.slice(0, colon)) : undefined;
      if (inlineHeading) {
        part = partHere = inlineHeading;
        const rest = sentence.slice(colon + 1).trim();
        if (rest.length > 1) sentences.push({ original: rest, norm: normaliseText(rest.replace(URL, ' ')), part });
        continue;
      }
      const norm = normaliseText(sentence.replace(URL, ' '));
      // The blurb ends where the line turns to the job: "Acme is a SaaS company. You will own…".
      if (partHere === 'company' && JOB_TURN.test(norm)) partHere = part;
      sentences.push({ original: sentence, norm, part: partHere });
    }
  }
  return sentences;
}
