// Plants every XSS vector in replayed recordings, in the fields each board has: titles,
// companies, locations, descriptions and apply URLs.
import { VECTORS } from '../fixtures/xss/vectors';
import { writeRecordings } from './fake-board';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = xml;

export function xssRecordings(): string {
  const remotive = VECTORS.map((v, i) => ({
    id: 900 + i,
    url: `https://remotive.com/remote-jobs/marketing/seo-${i}`,
    title: `SEO Specialist ${v.payload}`,
    company_name: `Acme ${v.payload}`,
    category: 'Marketing',
    job_type: 'full_time',
    publication_date: '2026-11-19T10:00:00',
    candidate_required_location: `Remote ${v.payload}`,
    salary: `$50k ${v.payload}`,
    description: `<p>Run our social media and SEO.</p>${v.payload}<p>Fully remote.</p>`,
  }));
  // A posting URL that is itself a script URL is invalid and never stored.
  remotive.push({ ...remotive[0]!, id: 899, url: "javascript:alert('XSS')" });
  const greenhouse = VECTORS.map((v, i) => ({
    id: 5000 + i,
    absolute_url: `https://job-boards.greenhouse.io/acme/jobs/${5000 + i}`,
    title: `Content Marketing Manager ${v.payload}`,
    company_name: 'Acme',
    location: { name: `Remote ${v.payload}` },
    first_published: '2026-11-18T10:00:00-04:00',
    language: 'en',
    content: html(`<p>Write our blog and grow our LinkedIn page.</p>${v.payload}`),
  }));
  const items = VECTORS.map(
    (v, i) =>
      `<item><title>${xml(`Acme: Social Media Manager ${v.payload}`)}</title><region>${xml(`Anywhere ${v.payload}`)}</region><type>Full-Time</type><description><![CDATA[<p>Grow our Instagram.</p>${v.payload}]]></description><pubDate>Wed, 18 Nov 2026 10:00:00 +0000</pubDate><link>https://weworkremotely.com/remote-jobs/acme-smm-${i}</link><guid>https://weworkremotely.com/remote-jobs/acme-smm-${i}</guid></item>`,
  );
  const lever = VECTORS.slice(0, 20).map((v, i) => ({
    id: `lever-${i}`,
    text: `Growth Marketer ${v.payload}`,
    categories: { commitment: 'Full-time', location: `Remote ${v.payload}` },
    createdAt: 1763500000000,
    workplaceType: 'remote',
    description: `<div>Run paid social campaigns.</div>${v.payload}`,
    lists: [],
    additional: '',
    hostedUrl: `https://jobs.lever.co/acme/${i}`,
    applyUrl: i % 2 ? "javascript:alert('XSS')" : ` java\tscript:alert('XSS')`,
  }));
  return writeRecordings([
    { url: 'https://remotive.com/api/remote-jobs', body: JSON.stringify({ jobs: remotive }) },
    { url: 'https://boards-api.greenhouse.io/v1/boards/acme/jobs', body: JSON.stringify({ jobs: greenhouse }) },
    {
      url: 'https://weworkremotely.com/categories/remote-sales-and-marketing-jobs.rss',
      contentType: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>WWR</title>${items.join('')}</channel></rss>`,
    },
    { url: 'https://api.lever.co/v0/postings/acme', body: JSON.stringify(lever) },
  ]);
}
