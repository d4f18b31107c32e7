// Reviewer's report: a posting page showed the pay twice, as read ("$60,000–90,000 a year") and
// again "as posted" ("USD 60,000–90,000 / year"), though both said the same. In real Chromium,
// English and Arabic: the board's text is shown when it says more than the figure (other figures,
// "+ equity", words only), and once at most.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../../db/client';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { newPage } from '../helpers/browser';
import { setUpSeededSite } from '../helpers/seeded-site';

const NOW = Date.now();
const FIELDS = { salaryMin: 60_000, salaryMax: 90_000, salaryCurrency: 'USD', salaryPeriod: 'year' };

/** Each case: the board's salary fields (or none) and its salary text; does the text say more? */
const CASES = {
  fieldsSame: { source: 'remoteok', fields: FIELDS, salary: 'USD 60,000–90,000 / year', saysMore: false },
  fieldsPlusEquity: { source: 'remoteok', fields: FIELDS, salary: 'USD 60,000–90,000 / year + equity', saysMore: true },
  fieldsOtherFigures: { source: 'remoteok', fields: FIELDS, salary: '$50,000 – $70,000', saysMore: true },
  fieldsWordsOnly: { source: 'remoteok', fields: FIELDS, salary: 'Competitive, depending on experience', saysMore: true },
  // Read from the text itself: the figure's quoted evidence already is the text.
  textSame: { source: 'remotive', fields: {}, salary: '$60,000 – $75,000', saysMore: false },
  textPlusEquity: { source: 'remotive', fields: {}, salary: '$60,000 – $75,000 + equity', saysMore: false },
  budget: { source: 'mostaql', fields: {}, salary: '$100.00 - $250.00', saysMore: false },
} as const;
type CaseName = keyof typeof CASES;

const ids = {} as Record<CaseName, string>;
const site = setUpSeededSite({ now: NOW, seed: addCases });

/** Each case a posting of its own, its id in `ids`. */
function addCases(db: Db): void {
  for (const [name, c] of Object.entries(CASES) as [CaseName, (typeof CASES)[CaseName]][]) {
    const raw: SourcePosting = {
      externalId: `pay-${name}`,
      url: `https://example.com/jobs/pay-${name}`,
      title: 'Performance Marketing Manager',
      company: 'Acme',
      descriptionHtml: '<p>Run our paid search and paid social campaigns and report on what worked.</p>',
      postedAt: NOW - 3_600_000,
      salary: c.salary,
      ...c.fields,
      hints: {},
    };
    const posting = preparePosting(raw, { source: c.source, sourceKey: c.source });
    db.transaction(() => upsertPosting(db, posting, NOW));
    ids[name] = posting.publicId;
  }
}

const AS_POSTED = { en: 'Salary as posted', ar: 'الراتب كما نشره الموقع' } as const;
const SALARY = { en: 'Salary', ar: 'الراتب' } as const;

/** The facts list as a reader sees it: each term with its description. */
const facts = (page: Page) =>
  page.locator('dl.facts > dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']));

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.each(['en', 'ar'] as const)('pay on a posting page (%s)', (locale) => {
  it.each(Object.keys(CASES) as CaseName[])(
    '%s: the board’s text is shown once, and only when it says more',
    { timeout: 60_000 },
    async (name) => {
      const c = CASES[name];
      const page = await newPage(site.browser, { viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
      await page.goto(`${site.url}${locale === 'ar' ? '/ar' : ''}/jobs/${ids[name]}`);
      const shown = await facts(page);
      // The figure as read is always there.
      expect(shown.some(([term]) => term === SALARY[locale])).toBe(true);
      const asPosted = shown.find(([term]) => term === AS_POSTED[locale]);
      expect([name, asPosted?.[1]]).toEqual([name, c.saysMore ? c.salary : undefined]);
      // Read from the text, the figure quotes it as its evidence: that is the one time it shows.
      const quoted = !('salaryMin' in c.fields);
      expect([name, occurrences(await page.locator('dl.facts').innerText(), c.salary)]).toEqual([name, c.saysMore || quoted ? 1 : 0]);
      await page.context().close();
    },
  );
});
