import { describe, expect, it } from 'vitest';
import { allTargets, parseAtsBoards, targetsFor } from '../../scrapers/registry';

describe('RAQMI_ATS_BOARDS', () => {
  it('accepts the three known ATS hosts with plain company slugs, one run target each', () => {
    expect(parseAtsBoards('greenhouse:gitlab, lever:IdealistConsulting,ashby:notion')).toEqual([
      { key: 'greenhouse:gitlab', source: 'greenhouse', company: 'gitlab' },
      { key: 'lever:idealistconsulting', source: 'lever', company: 'idealistconsulting' },
      { key: 'ashby:notion', source: 'ashby', company: 'notion' },
    ]);
  });

  it.each([
    'workday:acme',
    'remotive:x',
    'https://evil.example/jobs',
    'greenhouse:../../admin',
    'greenhouse:acme/jobs',
    'lever:a b',
    'ashby:',
    'greenhouse:a:b',
    'greenhouse:http://evil.example',
    'lever:%2e%2e',
  ])('refuses %s', (value) => {
    expect(() => parseAtsBoards(value)).toThrow(/RAQMI_ATS_BOARDS/);
  });

  it('configures no company boards by default', () => {
    expect(allTargets('').map((t) => t.source)).not.toContain('greenhouse');
    expect(() => targetsFor('nosuchboard', '')).toThrow(/unknown source/);
  });
});
