// Lever postings API (?mode=json): an array; the description is split into opening, lists and
// "additional", which we join back into one document.
import type { ParseResult } from '../../types';
import { ParseError } from '../../types';
import { asRecord, nameFromSlug, num, parseJsonBody, str } from '../json';

const WORKPLACE: Record<string, string> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site', 'on-site': 'On-site' };

export function parseLever(body: string, url: string, company: string): ParseResult {
  const data = parseJsonBody(body, url);
  if (!Array.isArray(data)) throw new ParseError(`layout changed? expected an array from ${url}`);
  const items = data.map((value) => {
    const j = asRecord(value) ?? {};
    const categories = asRecord(j.categories) ?? {};
    const lists = Array.isArray(j.lists) ? j.lists.map(asRecord) : [];
    const listHtml = lists.map((l) => `<h3>${(str(l?.text) ?? '').replace(/[<>&]/g, '')}</h3><ul>${str(l?.content) ?? ''}</ul>`).join('');
    const workplace = str(j.workplaceType);
    return {
      externalId: str(j.id) && `${company}-${str(j.id)}`,
      url: str(j.hostedUrl),
      applyUrl: str(j.applyUrl),
      title: str(j.text),
      company: nameFromSlug(company),
      location: str(categories.location),
      descriptionHtml: `${str(j.description) ?? ''}${listHtml}${str(j.additional) ?? ''}`,
      postedAt: num(j.createdAt),
      hints: {
        employmentType: str(categories.commitment),
        workplace: workplace ? (WORKPLACE[workplace.toLowerCase()] ?? workplace) : undefined,
        remote: workplace ? workplace.toLowerCase() === 'remote' : undefined,
      },
    };
  });
  return { items, declaredEmpty: data.length === 0 };
}
