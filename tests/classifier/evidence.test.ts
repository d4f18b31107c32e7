// The posting page lists each decision's evidence as quotes: a posting that reaches us without a
// title must not show an empty quote where the title would be.
import { describe, expect, it } from 'vitest';
import { classifyPosting } from '../../lib/classifier';

const allEvidence = (title: string, text: string) => {
  const { evidence } = classifyPosting({ title, text });
  return [...evidence.digitalMarketing, ...evidence.engagement, ...evidence.workplace, ...Object.values(evidence.skills).flat()];
};

describe('evidence without a title', () => {
  it('quotes the body that decided, and no blank title', () => {
    const text = 'We need an SEO specialist to run our Google Ads and write blog posts.';
    const { digitalMarketing, evidence } = classifyPosting({ title: '', text });
    expect(digitalMarketing).toBe(true);
    expect(evidence.digitalMarketing).toEqual([text]);
  });

  it('has no blank quote in any decision, in either language', () => {
    for (const [title, text] of [
      ['', 'We need an SEO specialist to run our Google Ads and write blog posts.'],
      ['   ', 'مطلوب مسوق إلكتروني لإدارة صفحات الفيسبوك.'],
      ['', ''],
    ])
      for (const quote of allEvidence(title!, text!)) expect(quote.trim()).not.toBe('');
  });
});

// Evidence is quoted as the posting wrote it: a sentence split at an abbreviation's stop and joined
// again keeps the whitespace (two spaces, a tab, a no-break space) or the missing space that was
// there, so that the quote can be found in the posting.
describe('evidence across an abbreviation', () => {
  const texts = [
    'We work remote ca.  3 days a week, freelance contract.',
    'Remote ca.\t3 days a week, freelance contract.',
    'Remote, z.\u00A0B. from home, freelance contract.',
    'Remote ca.Freelance contract with 3 days a week.',
    'Remote work e.g.•freelance projects, 3 days a week.',
  ];
  for (const text of texts)
    it(`quotes ${JSON.stringify(text)} as written`, () => {
      const { evidence } = classifyPosting({ title: 'Content Writer', text });
      const quotes = [...evidence.engagement, ...evidence.workplace];
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(text).toContain(quote);
    });
});
