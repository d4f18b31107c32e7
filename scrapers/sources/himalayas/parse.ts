// Himalayas JSON API: { jobs: [...] }; pubDate / expiryDate in Unix seconds. companyName may hold
// the placeholder "name": fall back to the company slug.
import type { ParseResult } from '../../types';
import { linkPath } from '../link-path';
import { asRecord, nameFromSlug, jobsArray, num, parseJsonBody, str } from '../json';

const PLACEHOLDER = /^(name|company|companyname|n\/a)?$/i;

export function parseHimalayas(body: string, url: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'jobs', url);
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const name = str(j.companyName)?.trim();
    const regions = Array.isArray(j.locationRestrictions) ? j.locationRestrictions.filter((r): r is string => typeof r === 'string') : [];
    const link = str(j.applicationLink) ?? str(j.guid);
    return {
      externalId: linkPath(str(j.guid))
        ?.replace(/^\/+|\/+$/g, '')
        .replace(/[^\w-]+/g, '-'),
      url: str(j.guid) ?? link,
      applyUrl: link,
      title: str(j.title),
      company: name && !PLACEHOLDER.test(name) ? name : str(j.companySlug) ? nameFromSlug(str(j.companySlug)!) : undefined,
      location: regions.join(', ') || 'Anywhere',
      descriptionHtml: str(j.description),
      postedAt: num(j.pubDate),
      expiresAt: num(j.expiryDate),
      salaryMin: num(j.minSalary),
      salaryMax: num(j.maxSalary),
      salaryCurrency: str(j.currency),
      salaryPeriod: str(j.salaryPeriod),
      hints: { employmentType: str(j.employmentType), remote: true, region: regions.join(', ') || undefined },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
