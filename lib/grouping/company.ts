// Company names as boards spell them → one comparable form: "Acme Inc.", "ACME", "Acme GmbH",
// "Acme (via Hays)" and "Hays on behalf of Acme" all become "acme".
import { normaliseText } from '../classifier/normalise';

// Trailing legal forms, compared after dots are removed ("S.A." → "sa", "ش.م.م" → "شمم").
export const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'pty',
  'oy',
  'ab',
  'srl',
  'spa',
  'kg',
  'ug',
  'lda',
  'sl',
  'llp',
  'lp',
  'pte',
  'sdn',
  'bhd',
  'se',
  'kft',
  'sro',
  'as',
  'aps',
  'group',
  'holding',
  'holdings',
  'شمم',
  'ذمم',
  'شركه',
  'للتجاره',
]);
const LEADING = new Set(['the', 'شركه', 'موسسه', 'مجموعه']);

/** "Acme via Hays", "Acme (through Jobgether)" → "Acme"; "Hays on behalf of Acme" → "Acme". */
function unwrapAgency(name: string): string {
  const behalf = /^.*?\b(?:on behalf of|recruiting for|hiring for|for our client|نيابة عن)\s+(.+)$/i.exec(name);
  if (behalf?.[1]) return behalf[1];
  return name.replace(/\s*[([]?\s*\b(?:via|through|by way of|powered by|عبر)\b.*$/i, '');
}

/** The words of a company name without agency wrapper and legal form. */
export function companyWords(raw: string): string[] {
  const unwrapped = unwrapAgency(normaliseText(raw));
  const words =
    unwrapped
      .replace(/\./g, '')
      .replace(/&/g, ' and ')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 2]!) && words[words.length - 1] === 'and') words.pop();
  if (words.length > 1 && LEADING.has(words[0]!)) words.shift();
  return words;
}

/** The comparable form of a company name: lower case, folded, no legal form, no spaces. */
export function normaliseCompany(raw: string): string {
  return companyWords(raw).join('');
}
