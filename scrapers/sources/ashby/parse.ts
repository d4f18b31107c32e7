// Ashby job board API: { jobs: [...] } with employmentType (FullTime, Contract...), isRemote and
// workplaceType; unlisted jobs are skipped.
import type { ParseResult } from '../../types';
import { asRecord, nameFromSlug, jobsArray, parseJsonBody, str } from '../json';

const EMPLOYMENT: Record<string, string> = {
  FullTime: 'Full-time',
  PartTime: 'Part-time',
  Intern: 'Internship',
  Contract: 'Contract',
  Temporary: 'Temporary',
};

export function parseAshby(body: string, url: string, company: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'jobs', url);
  const listed = jobs.filter((j) => asRecord(j)?.isListed !== false);
  const items = listed.map((value) => {
    const j = asRecord(value) ?? {};
    const employment = str(j.employmentType);
    return {
      externalId: str(j.id) && `${company}-${str(j.id)}`,
      url: str(j.jobUrl),
      applyUrl: str(j.applyUrl),
      title: str(j.title),
      company: nameFromSlug(company),
      location: str(j.location),
      descriptionHtml: str(j.descriptionHtml),
      postedAt: str(j.publishedAt),
      hints: {
        employmentType: employment ? (EMPLOYMENT[employment] ?? employment) : undefined,
        remote: typeof j.isRemote === 'boolean' ? j.isRemote : undefined,
        workplace: str(j.workplaceType),
      },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
