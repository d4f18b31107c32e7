// Greenhouse job board API (?content=true): content is entity-escaped HTML; decode, then the
// normaliser sanitises it.
import { decodeEntities } from '../../../lib/html';
import type { ParseResult } from '../../types';
import { asRecord, jobsArray, parseJsonBody, str } from '../json';

export function parseGreenhouse(body: string, url: string, company: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'jobs', url);
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const location = str(asRecord(j.location)?.name);
    const metadata = Array.isArray(j.metadata) ? j.metadata.map(asRecord) : [];
    const employment = metadata.find((m) => /employment|job type|time type/i.test(str(m?.name) ?? ''));
    return {
      externalId: str(j.id) && `${company}-${str(j.id)}`,
      url: str(j.absolute_url),
      title: str(j.title),
      company: str(j.company_name) ?? company,
      location,
      descriptionHtml: str(j.content) ? decodeEntities(str(j.content)!) : undefined,
      postedAt: str(j.first_published) ?? str(j.updated_at),
      language: str(j.language),
      hints: {
        employmentType: str(employment?.value),
        remote: location ? /remote/i.test(location) || undefined : undefined,
      },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
