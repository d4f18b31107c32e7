// Job titles → a comparable set of words. Seniority and place words are kept ("Senior" and
// "Berlin" make a different job); what boards append (gender markers, "(Remote)", "Full-time",
// "at Acme", job ids, "Hiring!") is dropped. Arabic goes through the classifier's folding.
import { stemArabicToken, tokenise } from '../classifier/normalise';
import { companyWords, LEGAL_SUFFIXES } from './company';

// Two-word phrases a board adds: "full time", "all genders", Arabic "remote" and "from home".
const DROP_PAIRS = new Set(['full time', 'all genders', 'alle geschlechter', 'عن بعد', 'من منزل', 'دوام كامل']);
// Job and requisition numbers ("#4711", "R-12345"); a year stays, as "Intern 2026" is its own programme.
const ID_NUMBER = /\d{3,}/;
const YEAR = /^(?:19|20)\d\d$/;

// Words a board adds around the role; never what tells two jobs apart.
const DROP = new Set([
  'remote',
  'remotely',
  'fully',
  '100',
  'hybrid',
  'onsite',
  'wfh',
  'anywhere',
  'worldwide',
  'hiring',
  'urgent',
  'urgently',
  'now',
  'immediate',
  'start',
  'apply',
  'vacancy',
  'job',
  'opening',
  'position',
  'new',
  'wanted',
  'needed',
  'we',
  're',
  'are',
  'and',
  'und',
  'the',
  'of',
  'for',
  'in',
  'an',
  'to',
  'with',
  'mit',
  'at',
  'mwd',
  'wmd',
  'mfd',
  'fmd',
  'mfx',
  'fmx',
  'gn',
  'genderneutral',
  'fulltime',
  'vollzeit',
  'req',
  'ref',
  'id',
  'requisition',
  'no',
  'مطلوب',
  'وظيفه',
  'فوري',
  'عاجل',
  'في',
  'لشركه',
  'ل',
  'ذكور',
  'اناث',
]);
// Spelling variants that mean the same seniority or role.
const SYNONYMS: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  mktg: 'marketing',
  assoc: 'associate',
  exec: 'executive',
  specialists: 'specialist',
  managers: 'manager',
  ii: '2',
  iii: '3',
  i: '1',
};

/** Removes the company's words where they appear together in the title, with any legal form
 *  that follows ("Role at Acme", "Role | ACME", "Acme: Role", "Role - Acme Inc."). */
function withoutCompany(words: readonly string[], company: readonly string[]): string[] {
  if (company.length === 0) return [...words];
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    if (company.every((c, k) => words[i + k] === c)) {
      i += company.length;
      while (i < words.length && LEGAL_SUFFIXES.has(words[i]!)) i++;
    } else out.push(words[i++]!);
  }
  return out;
}

function isNoise(word: string): boolean {
  // Single letters are gender markers ("m/w/d", "f/m/x") once punctuation is gone.
  return DROP.has(word) || (word.length === 1 && /[a-z]/.test(word)) || (ID_NUMBER.test(word) && !YEAR.test(word));
}

/** The title's distinguishing words, sorted (word order differs between boards). */
export function titleWords(rawTitle: string, company = ''): string[] {
  return titleWordsOf(tokenise(rawTitle), company ? companyWords(company) : []);
}

/** titleWords from the title's search tokens (lib/classifier/normalise tokenise, as stored) and
 *  the company's words (companyWords). */
export function titleWordsOf(tokens: readonly string[], company: readonly string[]): string[] {
  const words = withoutCompany(tokens, company.map(stemArabicToken));
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i + 1 < words.length && DROP_PAIRS.has(`${words[i]} ${words[i + 1]}`)) {
      i++;
      continue;
    }
    const w = SYNONYMS[words[i]!] ?? words[i]!;
    if (!isNoise(w)) kept.push(w);
  }
  return [...new Set(kept)].sort();
}

/** The title's comparable form: its words, space separated. */
export function normaliseTitle(rawTitle: string, company = ''): string {
  return titleWords(rawTitle, company).join(' ');
}
