// The classify command (taxonomy §6) as a user runs it: a real child process over stdin/stdout.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const classify = (input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/classifier/cli.ts'], { cwd: ROOT, input, encoding: 'utf8' });

describe('npm run classify', () => {
  it('writes one line per valid posting, in order, skips blanks, reports bad lines and exits 1 at the end', () => {
    const input = [
      JSON.stringify({
        id: 'a',
        title: 'Content Marketer',
        text: '<p>We are a fully remote team.</p><p>Contract role. You will write two blog posts a week.</p>',
      }),
      '',
      '{not json',
      JSON.stringify({ id: 'b', title: 'No text here' }),
      JSON.stringify({ id: 'c', title: 'مشرف صفحات', text: 'إدارة صفحات فيسبوك من المنزل، دوام جزئي.', lang: 'ar' }),
    ].join('\n');
    const result = classify(input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[0]).toMatchObject({ digitalMarketing: true, engagement: 'freelance', workplace: 'remote', language: 'en' });
    expect(lines[0]!.skills).toContain('content');
    expect(lines[0]!.evidence).toMatchObject({
      workplace: ['We are a fully remote team.'],
      engagement: ['Contract role.'],
      skills: { content: ['You will write two blog posts a week.'] },
    });
    expect(lines[1]).toMatchObject({ digitalMarketing: true, workplace: 'remote', engagement: 'employee', language: 'ar' });
    expect(result.stderr).toMatch(/^line 3: not valid JSON/m);
    expect(result.stderr).toMatch(/^line 4: text is missing/m);
    expect(result.status).toBe(1);
  });

  it('exits 0 when every line is valid', () => {
    const result = classify(`${JSON.stringify({ id: 1, title: 'SEO Specialist', text: 'Own our SEO.' })}\n`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: '1', digitalMarketing: true });
  });
});

describe('classify command: pay and place (taxonomy §7)', () => {
  it('adds location, openTo and pay with their evidence, from the text and the board hints', async () => {
    const input = [
      JSON.stringify({
        id: 'p1',
        title: 'Social Media Manager',
        text: '<p>Remote within Egypt.</p><p>الراتب ٣٠٠٠–٥٠٠٠ جنيه شهريًا</p>',
        hints: { remote: true },
      }),
      JSON.stringify({
        id: 'p2',
        title: 'SEO Lead',
        text: 'Join our Berlin office.',
        location: 'Berlin, Germany',
        hints: { salaryMin: 60000, salaryMax: 50000, salaryCurrency: 'EUR', salaryPeriod: 'yearly' },
      }),
      JSON.stringify({
        id: 'p3',
        title: 'Content Writer',
        text: 'Salary: Negotiable. 5+ years of experience. 401k.',
        hints: { remote: true, region: 'Anywhere in the World' },
      }),
    ].join('\n');
    const result = classify(input);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({
      location: { country: null, city: null },
      openTo: { worldwide: false, regions: [], countries: ['EG'] },
      pay: { min: 3000, max: 5000, currency: 'EGP', period: 'month' },
    });
    expect(lines[0]!.evidence).toMatchObject({ openTo: ['Remote within Egypt'], pay: ['٣٠٠٠–٥٠٠٠ جنيه'] });
    expect(lines[1]).toMatchObject({
      location: { country: 'DE', city: 'Berlin' },
      openTo: null,
      pay: { min: 50000, max: 60000, currency: 'EUR', period: 'year' },
    });
    expect(lines[2]).toMatchObject({ openTo: { worldwide: true, regions: [], countries: [] }, pay: null });
  });
});
