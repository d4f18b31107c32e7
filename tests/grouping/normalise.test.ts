import { describe, expect, it } from 'vitest';
import { blockingKey, normaliseCompany, placesConflict, placesMatch, placesOf, titleWords } from '../../lib/grouping';

describe('normaliseCompany', () => {
  it.each([
    ['Acme Inc.', 'ACME'],
    ['Acme GmbH', 'acme'],
    ['Acme, LLC', 'Acme'],
    ['Acme (via Hays)', 'Acme'],
    ['Hays on behalf of Acme', 'Acme'],
    ['The Acme Company', 'Acme'],
    ['Cedar & Stone Co.', 'Cedar and Stone'],
    ['ORBIT PAYMENTS S.A.', 'Orbit Payments'],
    ['شركة نون للتسويق', 'نون للتسويق'],
    ['مؤسسة روّاد الأعمال', 'رواد الأعمال'],
  ])('reads %s as %s', (a, b) => {
    expect(normaliseCompany(a)).toBe(normaliseCompany(b));
  });

  it('keeps different companies apart', () => {
    expect(normaliseCompany('Acme Analytics')).not.toBe(normaliseCompany('Acme Payments'));
  });
});

describe('titleWords', () => {
  it.each([
    ['Marketing Manager (m/w/d)'],
    ['Marketing Manager (Remote)'],
    ['Marketing Manager - 100% Remote'],
    ['Marketing Manager | Acme Inc.'],
    ['Marketing Manager at Acme'],
    ['Hiring: Marketing Manager'],
    ['Manager, Marketing (Full-time)'],
    ['Marketing Mgr #1234'],
  ])('drops what boards add: %s', (title) => {
    expect(titleWords(title, 'Acme')).toEqual(['manager', 'marketing']);
  });

  it('keeps seniority and place words, which make a different job', () => {
    expect(titleWords('Senior Marketing Manager')).not.toEqual(titleWords('Junior Marketing Manager'));
    expect(titleWords('Sr. Marketing Manager')).toEqual(titleWords('Senior Marketing Manager'));
    expect(titleWords('Marketing Manager - Berlin')).not.toEqual(titleWords('Marketing Manager - Munich'));
  });

  it('folds Arabic the classifier way', () => {
    expect(titleWords('أخصائي التسويق الرقمي (عن بعد)')).toEqual(titleWords('اخصائي تسويق رقمي'));
  });
});

describe('places', () => {
  it('sees two cities as two jobs, and a city with its country as one place', () => {
    expect(placesConflict(placesOf('Berlin'), placesOf('Munich, Germany'))).toBe(true);
    expect(placesConflict(placesOf('Berlin, Germany'), placesOf('Berlin'))).toBe(false);
    expect(placesConflict(placesOf('Remote - USA'), placesOf('United States'))).toBe(false);
    expect(placesConflict(placesOf('Remote, Europe'), placesOf('Worldwide'))).toBe(false);
  });

  it('asks more of short descriptions: a shared place, or none on either side', () => {
    expect(placesMatch(placesOf('Berlin (Hybrid)'), placesOf('Berlin, Germany'))).toBe(true);
    expect(placesMatch(placesOf('Remote'), placesOf('Berlin'))).toBe(false);
    expect(placesMatch(placesOf(''), placesOf('Worldwide'))).toBe(true);
  });
});

describe('blockingKey', () => {
  it('is one key for the copies of one job on several boards', () => {
    expect(blockingKey('Content Marketing Manager (m/w/d)', 'Acme GmbH')).toBe(blockingKey('Content Marketing Manager', 'ACME'));
    expect(blockingKey('Content Marketing Manager', 'Acme')).not.toBe(blockingKey('Content Marketing Manager', 'Apex'));
  });
});
