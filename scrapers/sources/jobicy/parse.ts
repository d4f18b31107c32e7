// Jobicy JSON API v2: { jobs: [...] }; fields carry HTML entities (&amp;).
import { decodeEntities } from '../../../lib/html';
import type { ParseResult } from '../../types';
import { asRecord, jobsArray, num, parseJsonBody, str } from '../json';

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map(decodeEntities) : []);

export function parseJobicy(body: string, url: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'jobs', url);
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const geo = str(j.jobGeo) ? decodeEntities(str(j.jobGeo)!) : undefined;
    return {
      externalId: str(j.id),
      url: str(j.url),
      title: str(j.jobTitle) && decodeEntities(str(j.jobTitle)!),
      company: str(j.companyName) && decodeEntities(str(j.companyName)!),
      location: geo,
      descriptionHtml: str(j.jobDescription),
      postedAt: str(j.pubDate),
      salaryMin: num(j.salaryMin),
      salaryMax: num(j.salaryMax),
      salaryCurrency: str(j.salaryCurrency),
      salaryPeriod: str(j.salaryPeriod),
      hints: { employmentType: strings(j.jobType).join(', ') || undefined, remote: true, region: geo },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
