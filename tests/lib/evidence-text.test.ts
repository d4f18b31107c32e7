// The posting page quoted the classifier's field evidence raw: Workplace: Remote "remote: true",
// "employmentType: Full Time" (a newcomer helper found it). A reader sees words in the page's language.
import { describe, expect, it } from 'vitest';
import { evidenceText } from '../../lib/evidence-text';

describe('evidenceText', () => {
  it('says a board field in words, in either language, keeping the board’s value', () => {
    expect(evidenceText('remote: true', 'en')).toBe('the board lists it as remote');
    expect(evidenceText('remote: true', 'ar')).toBe('الموقع يصنّفها عن بعد');
    expect(evidenceText('employmentType: Full Time', 'en')).toBe('the board lists it as Full Time');
    expect(evidenceText('workplace: On-site', 'ar')).toBe('مكان العمل في الموقع: On-site');
    expect(evidenceText('location: Berlin', 'en')).toBe('the board gives the location as Berlin');
    expect(evidenceText('freelance marketplace project', 'ar')).toBe('مشروع على منصة عمل حر');
  });

  it('leaves a quoted sentence of the posting as it is, even one with a colon', () => {
    expect(evidenceText('We are a fully remote team.', 'ar')).toBe('We are a fully remote team.');
    expect(evidenceText('Location: Berlin office, three days a week', 'en')).toBe('Location: Berlin office, three days a week');
  });
});
