// Evidence as a reader sees it. The classifier quotes the posting, or names the board's own field
// it went by ("employmentType: Full Time", "remote: true": the data contract of taxonomy §6,
// kept as is in the database, the API and `classify`). On a page those field names are jargon, so
// a field is said in words, in the page's language, with the board's own value quoted.
import { MARKETPLACE_EVIDENCE } from './classifier/engagement';
import { REMOTE_FLAG_EVIDENCE } from './classifier/workplace';
import type { UiLocale } from './i18n';

const WORDS = {
  en: {
    employmentType: (v: string) => `the board lists it as ${v}`,
    workplace: (v: string) => `the board lists the workplace as ${v}`,
    location: (v: string) => `the board gives the location as ${v}`,
    remote: 'the board lists it as remote',
    marketplace: 'a project on a freelance marketplace',
  },
  ar: {
    employmentType: (v: string) => `نوع الوظيفة في الموقع: ${v}`,
    workplace: (v: string) => `مكان العمل في الموقع: ${v}`,
    location: (v: string) => `المكان في الموقع: ${v}`,
    remote: 'الموقع يصنّفها عن بعد',
    marketplace: 'مشروع على منصة عمل حر',
  },
} as const;

const FIELD = /^(employmentType|workplace|location): (.+)$/s;

/** One evidence line for display: a quoted phrase stays as it is; a board field is said in words. */
export function evidenceText(line: string, locale: UiLocale): string {
  const w = WORDS[locale];
  if (line === REMOTE_FLAG_EVIDENCE) return w.remote;
  if (line === MARKETPLACE_EVIDENCE) return w.marketplace;
  const field = FIELD.exec(line);
  if (field) return w[field[1] as 'employmentType' | 'workplace' | 'location'](field[2]!);
  return line;
}
