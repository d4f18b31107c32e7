// Arbeitnow JSON API: { data: [...], links, meta }, paginated with ?page=N; created_at in Unix seconds.
import type { ParseResult } from '../../types';
import { asRecord, jobsArray, num, parseJsonBody, str } from '../json';

export function parseArbeitnow(body: string, url: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'data', url);
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const types = Array.isArray(j.job_types) ? j.job_types.filter((t): t is string => typeof t === 'string') : [];
    const remote = typeof j.remote === 'boolean' ? j.remote : undefined;
    return {
      externalId: str(j.slug),
      url: str(j.url),
      title: str(j.title),
      company: str(j.company_name),
      location: str(j.location),
      descriptionHtml: str(j.description),
      postedAt: num(j.created_at),
      hints: { employmentType: types.join(', ') || undefined, remote },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
