// Job titles → a comparable set of words. Seniority and place words are kept ("Senior" and
// "Berlin" make a different job); what boards append (gender markers, "(Remote)", "Full-time",
// "at Acme", job ids, "Hiring!") is dropped. Arabic goes through the classifier's folding.
import { normaliseText, stemArabicToken } from '../classifier/normalise';
import { companyWords, LEGAL_SUFFIXES } from './company';

const GENDER = /\(?\b[mwfdhxn]\s*\/\s*[mwfdhxn](?:\s*\/\s*[mwfdhxn])?\b\)?|\(?\b(?:all genders|alle geschlechter|genderneutral|gn)\b\)?|\(?(?:ذكور|اناث)(?:\s*(?:\/|و|-)\s*(?:ذكور|اناث))?\)?/g;
const ID_NOISE = /(?:\b(?:job|req|ref|requisition)\s*(?:id|no|#)?\s*[:#]?\s*[a-z0-9-]*\d[a-z0-9-]*)|#\s*\d+/g;
const REMOTE_AR = /عن\s*بعد|من\s*المنزل/g;
const FULL_TIME = /\bfull[\s-]?time\b|\bvollzeit\b|دوام كامل/g;

// Words a board adds around the role; never what tells two jobs apart.
const DROP = new Set([
  'remote', 'remotely', 'fully', '100', 'hybrid', 'onsite', 'wfh', 'anywhere', 'worldwide', 'hiring', 'urgent', 'urgently',
  'now', 'immediate', 'start', 'apply', 'vacancy', 'job', 'opening', 'position', 'new', 'wanted', 'needed', 'we', 're', 'are',
  'and', 'und', 'the', 'of', 'for', 'in', 'a', 'an', 'to', 'with', 'mit', 'at', 'm', 'w', 'd', 'f', 'x', 'h', 'mwd',
  'مطلوب', 'وظيفه', 'فوري', 'عاجل', 'في', 'لشركه', 'ل',
]);
// Spelling variants that mean the same seniority or role.
const SYNONYMS: Record<string, string> = {
  sr: 'senior', snr: 'senior', jr: 'junior', jnr: 'junior', mgr: 'manager', mktg: 'marketing', assoc: 'associate',
  exec: 'executive', specialists: 'specialist', managers: 'manager', ii: '2', iii: '3', i: '1',
};

const LEGAL = [...LEGAL_SUFFIXES].join('|');

/** The title's distinguishing words, sorted (word order differs between boards). */
export function titleWords(rawTitle: string, company = ''): string[] {
  let text = normaliseText(rawTitle).replace(GENDER, ' ').replace(ID_NOISE, ' ').replace(REMOTE_AR, ' ').replace(FULL_TIME, ' ');
  const co = companyWords(company).join(' ');
  // "Role at Acme", "Role | ACME", "Acme: Role", "Role - Acme Inc." (a short legal form may follow)
  text = text.replace(/\./g, '').replace(/[^\p{L}\p{N}]+/gu, ' ');
  if (co) text = ` ${text} `.replace(new RegExp(` ${escape(co)}(?: (?:${LEGAL}))* `, 'gu'), ' ');
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => SYNONYMS[w] ?? stemArabicToken(w)).filter((w) => !DROP.has(w));
  return [...new Set(words)].sort();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The title's comparable form: its words, space separated. */
export function normaliseTitle(rawTitle: string, company = ''): string {
  return titleWords(rawTitle, company).join(' ');
}
