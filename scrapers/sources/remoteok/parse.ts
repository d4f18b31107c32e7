// Remote OK JSON API: an array whose element 0 is the legal notice, then the jobs.
import type { ParseResult } from '../../types';
import { ParseError } from '../../types';
import { asRecord, num, parseJsonBody, str } from '../json';

export function parseRemoteOk(body: string, url: string): ParseResult {
  const data = parseJsonBody(body, url);
  if (!Array.isArray(data)) throw new ParseError(`layout changed? expected an array from ${url}`);
  const jobs = data.filter((item) => !('legal' in (asRecord(item) ?? {})));
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const tags = Array.isArray(j.tags) ? j.tags.filter((t): t is string => typeof t === 'string') : [];
    return {
      externalId: str(j.id),
      url: str(j.url)?.replace('//remoteOK.com', '//remoteok.com'),
      applyUrl: str(j.apply_url)?.replace('//remoteOK.com', '//remoteok.com'),
      title: str(j.position),
      company: str(j.company),
      location: str(j.location),
      descriptionHtml: str(j.description),
      postedAt: str(j.date) ?? num(j.epoch),
      salaryMin: num(j.salary_min),
      salaryMax: num(j.salary_max),
      salaryCurrency: num(j.salary_min) || num(j.salary_max) ? 'USD' : undefined,
      salaryPeriod: num(j.salary_min) || num(j.salary_max) ? 'year' : undefined,
      hints: {
        remote: true,
        region: str(j.location) || undefined,
        employmentType: tags.find((t) => /contract|freelance|full.?time|part.?time/i.test(t)),
      },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
