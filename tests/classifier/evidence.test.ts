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
