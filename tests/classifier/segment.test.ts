// Postings that reach us flattened to one line keep their headings inside the line; the parts
// still have to be found, since skills and the DM decision read the duties and skip the company.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../lib/classifier/normalise';
import { describesCompany, segmentPosting, sentenceOf } from '../../lib/classifier/segment';

const parts = (title: string, text: string) => segmentPosting(title, text).map((s) => [s.part, s.original]);

describe('segmentPosting', () => {
  it('starts a part at a heading inside a flattened line', () => {
    expect(parts('مساعد إداري', 'نبحث عن شخص منظم. المهام الرئيسية: • إدارة صفحات الشركة. • الرد على الرسائل.')).toEqual([
      ['title', 'مساعد إداري'],
      ['other', 'نبحث عن شخص منظم.'],
      ['duties', 'إدارة صفحات الشركة.'],
      ['duties', 'الرد على الرسائل.'],
    ]);
  });

  it('keeps the text after an inline heading in that heading’s part', () => {
    expect(parts('SEO Lead', 'Great team. About us: we sell shoes online. Requirements: three years of SEO.')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'Great team.'],
      ['company', 'we sell shoes online.'],
      ['requirements', 'three years of SEO.'],
    ]);
  });

  it('ends a company blurb where a one-line posting turns to the job', () => {
    expect(parts('Content Marketing Manager', 'Acme is a B2B SaaS company. We sell to banks. You will own our content strategy.')).toEqual([
      ['title', 'Content Marketing Manager'],
      ['company', 'Acme is a B2B SaaS company.'],
      ['company', 'We sell to banks.'],
      ['other', 'You will own our content strategy.'],
    ]);
  });

  // Scraped text often loses the space after a full stop: "…المؤسسة.تنسيق…", "…Erfahrung.Du hast…".
  // Read as one sentence, a company opener hid every duty glued after it.
  it('ends a sentence at a full stop with no space after it', () => {
    expect(parts('أخصائي تسويق', 'الشركة تعمل في مجال الأجهزة الطبية.إدارة حملات إعلانات جوجل.متابعة مؤشرات الأداء.')).toEqual([
      ['title', 'أخصائي تسويق'],
      ['other', 'الشركة تعمل في مجال الأجهزة الطبية.'],
      ['other', 'إدارة حملات إعلانات جوجل.'],
      ['other', 'متابعة مؤشرات الأداء.'],
    ]);
    expect(parts('SEO Lead', 'We sell shoes.You will own our SEO. Visit www.Example.com or Node.js docs.')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'We sell shoes.'],
      ['other', 'You will own our SEO.'],
      ['other', 'Visit www.Example.com or Node.js docs.'],
    ]);
  });

  // "ca." and "z. B." are not full stops: split there, the budget lost its amount and the German
  // duty its skill.
  it('does not end a sentence at an abbreviation', () => {
    expect(
      parts('SEO Lead', 'Du steuerst ein Budget von ca. 2.000 € im Monat. Tools wie z. B. GA4, u. a. Looker. Ads (e.g. Meta) too.'),
    ).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'Du steuerst ein Budget von ca. 2.000 € im Monat.'],
      ['other', 'Tools wie z. B. GA4, u. a. Looker.'],
      ['other', 'Ads (e.g. Meta) too.'],
    ]);
  });

  it('leaves a colon that follows no heading alone', () => {
    expect(parts('SEO Lead', 'Note: the role is remote.')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'Note: the role is remote.'],
    ]);
  });
});

describe('segmentPosting on a posting flattened without colons', () => {
  it('finds capitalised headings inside the line, whatever precedes them', () => {
    const text =
      'About the Role We want a marketer to lead campaigns. Key Responsibilities Build media plans Manage ad spend of $50K/month Requirements Three years of Google Ads What We Offer Remote work with flexible hours';
    expect(parts('Performance Marketer', text)).toEqual([
      ['title', 'Performance Marketer'],
      ['duties', 'We want a marketer to lead campaigns.'],
      ['duties', 'Build media plans Manage ad spend of $50K/month'],
      ['requirements', 'Three years of Google Ads'],
      ['benefits', 'Remote work with flexible hours'],
    ]);
  });

  it('leaves the same words alone in running text', () => {
    expect(parts('SEO Lead', 'The requirements are simple and the benefits are Good.')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'The requirements are simple and the benefits are Good.'],
    ]);
  });
});

describe('segmentPosting headings that also begin sentences', () => {
  it('takes "You Will Be" on a line of its own as the duties heading', () => {
    expect(parts('Paid Search Manager', 'We offer:\nUnlimited PTO\nYou Will Be\nPlanning paid search strategies.')).toEqual([
      ['title', 'Paid Search Manager'],
      ['benefits', 'Unlimited PTO'],
      ['duties', 'Planning paid search strategies.'],
    ]);
  });

  it('keeps "You will be based in Leeds" as a sentence', () => {
    expect(parts('SEO Lead', 'You will be based in Leeds')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'You will be based in Leeds'],
    ]);
  });
});

describe('segmentPosting on bullets run together', () => {
  const duties = [
    'Develop and optimise Google and YouTube ad campaigns',
    'Build media plans that align with client goals',
    'Maintain tracking and performance reporting systems',
    'Analyze campaign data to uncover insights and opportunities',
    'Present strategies and results clearly to clients and internal teams',
    'Manage ad spend of $100K+/month with precision',
  ];

  it('cuts a long run-on at each bullet that opens with a duty', () => {
    expect(parts('Performance Marketer', `Key Responsibilities ${duties.join(' ')}`)).toEqual([
      ['title', 'Performance Marketer'],
      ...duties.map((d) => ['duties', d]),
    ]);
  });

  it('leaves a sentence of ordinary length whole, capitals and all', () => {
    const sentence = 'Keep our briefs on Google Drive and help the team Build better pages.';
    expect(parts('SEO Lead', sentence)).toEqual([
      ['title', 'SEO Lead'],
      ['other', sentence],
    ]);
  });

  it('gives the bullet, not the whole line, as the evidence', async () => {
    const { classifyPosting } = await import('../../lib/classifier');
    const c = classifyPosting({ title: 'Performance Marketer', text: `Key Responsibilities ${duties.join(' ')}` });
    expect(c.evidence.skills['ad-oversight']).toEqual(['Manage ad spend of $100K+/month with precision']);
  });
});

describe('segmentPosting lines that look like headings but are not', () => {
  it('keeps a bullet that holds a heading word ("- Strong Excel skills")', () => {
    expect(parts('SEO Lead', "You'll need\n- Strong Excel skills\n- Two years of SEO")).toEqual([
      ['title', 'SEO Lead'],
      ['requirements', '- Strong Excel skills'],
      ['requirements', '- Two years of SEO'],
    ]);
  });

  it('keeps the value of a short field line ("Location: Leeds / Remote eligible")', () => {
    expect(parts('SEO Lead', 'Location: Leeds / Remote eligible\nSkills: Excel, SEO')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'Location: Leeds / Remote eligible'],
      ['requirements', 'Excel, SEO'],
    ]);
  });
});

describe('segmentPosting headings in other words', () => {
  it('reads "The work", "What we look for" and "Where and how" as headings', () => {
    expect(
      parts('SEO Lead', 'The work\nFix our site speed.\nWhat we look for\nTwo years of SEO.\nWhere and how\nRemote within Germany.'),
    ).toEqual([
      ['title', 'SEO Lead'],
      ['duties', 'Fix our site speed.'],
      ['requirements', 'Two years of SEO.'],
      ['other', 'Remote within Germany.'],
    ]);
  });
});

describe('describesCompany in Arabic', () => {
  const sentence = (original: string) => sentenceOf(original, normaliseText(original), 'other');

  it('takes "منصتنا تساعد الشركات…" as the company describing itself', () => {
    expect(describesCompany(sentence('منصتنا تساعد الشركات على جدولة منشورات السوشيال ميديا.'))).toBe(true);
    expect(describesCompany(sentence('تدير منصتنا على السوشيال ميديا.'))).toBe(false);
    expect(describesCompany(sentence('نحن عيادة أسنان في الرياض ولدينا مدونة على موقعنا.'))).toBe(true);
    expect(describesCompany(sentence('أطلس للأسفار وكالة سياحية رائدة في مراكش منذ 2008.'))).toBe(true);
  });

  it('takes a brand or shop opening its sentence with what it sells as the company, and a duty or a wanted role as not', () => {
    expect(describesCompany(sentence('براند عطور بيبيع أونلاين من خلال متجره وصفحة تيك توك.'))).toBe(true);
    expect(describesCompany(sentence('متجر إلكتروني يبيع الإكسسوارات يبحث عن مسوق.'))).toBe(true);
    expect(describesCompany(sentence('إدارة متجر إلكتروني يبيع الملابس.'))).toBe(false);
    expect(describesCompany(sentence('مطلوب مدير براند يدير الحملات.'))).toBe(false);
  });

  it('takes "our … team ships / makes / launches …" as the company describing its teams', () => {
    expect(describesCompany(sentence('Our user-acquisition team ships a hundred video ads a month.'))).toBe(true);
    expect(describesCompany(sentence('Our growth team launches a new market every quarter.'))).toBe(true);
    expect(describesCompany(sentence('You will ship a hundred video ads a month.'))).toBe(false);
  });
});

describe('segmentPosting on a company that names its services and then hires', () => {
  it('sets the company and its services apart from the job', () => {
    expect(
      parts(
        'Business Development Manager',
        'Pixel, a digital marketing agency (SEO, paid social, PPC), is looking for a business development manager to win new clients.',
      ),
    ).toEqual([
      ['title', 'Business Development Manager'],
      ['company', 'Pixel, a digital marketing agency (SEO, paid social, PPC),'],
      ['other', 'is looking for a business development manager to win new clients.'],
    ]);
    expect(
      parts(
        'مسؤول تطوير أعمال',
        'وكالة بيكسل للتسويق الرقمي (إدارة حسابات التواصل، الإعلانات الممولة، السيو) تبحث عن مسؤول تطوير أعمال لاستقطاب عملاء جدد.',
      ),
    ).toEqual([
      ['title', 'مسؤول تطوير أعمال'],
      ['company', 'وكالة بيكسل للتسويق الرقمي (إدارة حسابات التواصل، الإعلانات الممولة، السيو)'],
      ['other', 'تبحث عن مسؤول تطوير أعمال لاستقطاب عملاء جدد.'],
    ]);
  });

  it('leaves "we are looking for" whole: no company is named before it', () => {
    expect(parts('Marketing Manager', 'We are looking for a marketing manager.')).toEqual([
      ['title', 'Marketing Manager'],
      ['other', 'We are looking for a marketing manager.'],
    ]);
  });
});
