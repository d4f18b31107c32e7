// A deterministic generator of realistic synthetic postings: English and Arabic sentence
// templates with the phrases the classifier meets (negations, scope, hints), every workplace,
// engagement and skill, HTML like the boards', and a vocabulary of a few thousand words with a
// Zipf-like spread, so that search terms range from rare to common.
import type { SourcePosting } from '../lib/postings/normalise';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES_EN = [
  'mar',
  'ket',
  'lo',
  'ven',
  'tra',
  'sol',
  'ix',
  'pro',
  'den',
  'quo',
  'fen',
  'rial',
  'bro',
  'nex',
  'tal',
  'vor',
  'lin',
  'cas',
  'mon',
  'zeb',
];
const SYLLABLES_AR = [
  'تس',
  'وق',
  'مح',
  'تو',
  'صف',
  'حا',
  'ت',
  'سو',
  'شي',
  'ال',
  'مي',
  'ديا',
  'نا',
  'جر',
  'بر',
  'قم',
  'ري',
  'لي',
  'كن',
  'دو',
];

function vocabulary(syllables: string[], size: number, rand: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  }
  return [...words];
}

/** Picks rank k with probability ∝ 1/(k+1): a Zipf-like spread. */
function zipf(words: readonly string[], rand: () => number): string {
  const n = words.length;
  const h = Math.log(n + 1);
  const k = Math.min(n - 1, Math.floor(Math.exp(rand() * h)) - 1);
  return words[k]!;
}

type Lang = 'en' | 'ar';
const T = {
  en: {
    titles: [
      'SEO Specialist',
      'Social Media Manager',
      'Performance Marketing Manager',
      'Content Writer',
      'Email Marketing Specialist',
      'Head of Growth',
      'Community Manager',
      'Media Buyer',
      'Marketing Analyst',
      'Brand Manager',
      'Copywriter',
      'Digital Marketing Manager',
      'PPC Specialist',
      'Lifecycle Marketer',
      'Product Marketing Manager',
      'Sales Representative',
      'Software Engineer',
      'Customer Support Agent',
      'Graphic Designer',
      'Accountant',
    ],
    duties: [
      'Own technical SEO for our website.',
      'Run Google Ads and Meta campaigns.',
      'Write two blog posts a week.',
      'Build the weekly newsletter.',
      'Report KPIs from GA4 every month.',
      'Interview customers and write personas.',
      'Lead a team of three specialists.',
      'Segment our audience by behaviour.',
      'Control the marketing budget across agencies.',
      'Grow our Instagram and LinkedIn followers.',
      'Brainstorm creative concepts for campaigns.',
      'Build our go-to-market plan.',
      'Recruit influencers for launches.',
      'Plan the content calendar.',
    ],
    workplace: [
      'This is a fully remote role.',
      'This is not a remote position.',
      'Hybrid: three days a week in the office.',
      'Remote for the first 3 months, then on-site.',
      'We hold remote interviews; the job is in our office.',
      'Work from home anywhere in Europe.',
      'On-site at our downtown office.',
      '',
    ],
    engagement: [
      'Full-time, permanent contract with health insurance.',
      'This is a freelance role, paid per project.',
      '1099 contractor, billed hourly.',
      'Part-time, salaried.',
      'You will manage freelancers and agencies.',
      'Work independently on our blog.',
      '',
    ],
    headings: ['Responsibilities', 'Requirements', 'Benefits'],
    filler: (w: () => string) => `You will work with ${w()} and ${w()} on ${w()} projects.`,
  },
  ar: {
    titles: [
      'أخصائي تسويق رقمي',
      'مسؤول سوشيال ميديا',
      'ميديا باير',
      'كاتب محتوى',
      'مدير تسويق رقمي',
      'مشرف صفحات',
      'محلل تسويق',
      'مسؤول تحسين محركات البحث',
      'مندوب مبيعات',
      'محاسب',
    ],
    duties: [
      'إدارة الحملات الإعلانية الممولة على فيسبوك.',
      'كتابة المحتوى والمقالات.',
      'إعداد النشرة البريدية.',
      'إعداد تقارير الأداء الأسبوعية.',
      'فهم الجمهور المستهدف.',
      'قيادة فريق التصميم.',
      'تقسيم العملاء إلى شرائح.',
      'إدارة الميزانيات مع الوكالة.',
      'إدارة الموقع الإلكتروني.',
      'ابتكار أفكار إبداعية للحملات.',
      'وضع الخطة التسويقية.',
    ],
    workplace: [
      'العمل عن بعد بالكامل.',
      'لا يوجد عمل عن بعد، العمل من المكتب.',
      'نظام عمل هجين.',
      'خبرة في التعليم عن بعد.',
      'العمل من المنزل.',
      '',
    ],
    engagement: ['دوام كامل مع تأمين صحي.', 'عمل حر بالمشروع.', 'دوام جزئي.', 'التنسيق مع المستقلين.', ''],
    headings: ['المهام', 'المتطلبات', 'المزايا'],
    filler: (w: () => string) => `العمل مع ${w()} و${w()} على مشاريع ${w()}.`,
  },
} as const;

const SOURCES = ['remotive', 'remoteok', 'weworkremotely', 'arbeitnow', 'jobicy', 'himalayas', 'wuzzuf', 'mostaql'] as const;
const LOCATIONS = ['Remote', 'Berlin', 'Cairo', 'London', 'Riyadh', 'Amman', 'Dubai', 'New York', ''];
const TYPES = ['Full-time', 'Contract', 'Part-time', 'Freelance', undefined];

export type Generated = { source: string; posting: SourcePosting };

export function generatePostings(count: number, seed = 7, now = Date.parse('2026-11-27T12:00:00Z')): Generated[] {
  const rand = prng(seed);
  const vocab = { en: vocabulary(SYLLABLES_EN, 3000, rand), ar: vocabulary(SYLLABLES_AR, 2000, rand) };
  const pick = <X>(xs: readonly X[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const lang: Lang = rand() < 0.3 ? 'ar' : 'en';
    const t = T[lang];
    const word = () => zipf(vocab[lang], rand);
    const duties = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(t.duties));
    const fillers = Array.from({ length: 3 + Math.floor(rand() * 10) }, () => t.filler(word));
    const html = [
      `<p>${fillers.slice(0, 2).join(' ')}</p>`,
      `<p>${pick(t.workplace)} ${pick(t.engagement)}</p>`,
      `<h3>${t.headings[0]}</h3><ul>${duties.map((d) => `<li>${d}</li>`).join('')}</ul>`,
      `<h3>${t.headings[1]}</h3><ul>${fillers
        .slice(2)
        .map((f) => `<li>${f}</li>`)
        .join('')}</ul>`,
      `<h3>${t.headings[2]}</h3><p>${word()} ${word()} ${word()}.</p>`,
    ].join('');
    const source = pick(SOURCES);
    out.push({
      source,
      posting: {
        externalId: `bench-${seed}-${i}`,
        url: `https://jobs.example/${source}/${i}`,
        title: `${pick(t.titles)} ${rand() < 0.3 ? `— ${word()}` : ''}`.trim(),
        company: `${word()} ${lang === 'en' ? 'Ltd' : 'للتجارة'}`,
        location: pick(LOCATIONS),
        descriptionHtml: html,
        postedAt: new Date(now - Math.floor(rand() * 60) * 86_400_000 - Math.floor(rand() * 86_400_000)),
        hints: { employmentType: pick(TYPES), remote: rand() < 0.4 ? true : undefined },
      },
    });
  }
  return out;
}

/** A Remotive API answer holding the generated postings (the board the scrape-load bench replays). */
export function remotiveBoardBody(generated: readonly Generated[]): string {
  const jobs = generated.map((g, i) => ({
    id: 900_000 + i,
    url: `https://remotive.com/remote-jobs/marketing/bench-${i}`,
    title: g.posting.title,
    company_name: g.posting.company,
    category: 'Marketing',
    job_type: 'full_time',
    publication_date: new Date(g.posting.postedAt as Date).toISOString().slice(0, 19),
    candidate_required_location: g.posting.location || 'Worldwide',
    salary: '',
    description: g.posting.descriptionHtml,
  }));
  return JSON.stringify({ '0-legal-notice': 'bench', 'job-count': jobs.length, jobs });
}
