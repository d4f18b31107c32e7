// Postings that reach us flattened to one line keep their headings inside the line; the parts
// still have to be found, since skills and the DM decision read the duties and skip the company.
import { describe, expect, it } from 'vitest';
import { segmentPosting } from '../../lib/classifier/segment';

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

  it('leaves a colon that follows no heading alone', () => {
    expect(parts('SEO Lead', 'Note: the role is remote.')).toEqual([
      ['title', 'SEO Lead'],
      ['other', 'Note: the role is remote.'],
    ]);
  });
});
