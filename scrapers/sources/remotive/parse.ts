// Remotive JSON API: { "0-legal-notice", "job-count", jobs: [...] }.
import { decodeEntities } from '../../../lib/html';
import type { ParseResult } from '../../types';
import { asRecord, jobsArray, parseJsonBody, str } from '../json';

const JOB_TYPES: Record<string, string> = {
  full_time: 'Full-time',
  part_time: 'Part-time',
  contract: 'Contract',
  freelance: 'Freelance',
  internship: 'Internship',
  other: 'Other',
};

export function parseRemotive(body: string, url: string): ParseResult {
  const jobs = jobsArray(parseJsonBody(body, url), 'jobs', url);
  const items = jobs.map((value) => {
    const j = asRecord(value) ?? {};
    const jobType = str(j.job_type);
    return {
      externalId: str(j.id),
      url: str(j.url),
      title: str(j.title),
      company: str(j.company_name),
      location: str(j.candidate_required_location),
      // Every description ends with a tracking pixel; the sanitiser drops images, and this makes
      // sure the pixel is gone even from the raw text.
      descriptionHtml: str(j.description)?.replace(/<img[^>]*\/job\/track\/[^>]*>/gi, ''),
      postedAt: str(j.publication_date),
      salary: str(j.salary) ? decodeEntities(str(j.salary)!) : undefined,
      hints: {
        employmentType: jobType ? (JOB_TYPES[jobType] ?? jobType) : undefined,
        remote: true,
        region: str(j.candidate_required_location),
      },
    };
  });
  return { items, declaredEmpty: jobs.length === 0 };
}
