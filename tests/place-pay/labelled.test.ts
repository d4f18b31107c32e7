// Exact-match accuracy of pay and place on the labelled sets: the postings of ../shared/labels
// and the fields of ../shared/recordings (labels by id in tests/fixtures/place-pay; the text is
// read from ../shared at run time), and the cases written for this project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../lib/classifier/segment';
import { decidePay, type Pay } from '../../lib/pay';
import { decidePlace, type Location, type OpenTo } from '../../lib/place';
import { normalisePosting } from '../../lib/postings/normalise';
import { derivePayPlace } from '../../lib/postings/pay-place';
import type { Workplace } from '../../lib/taxonomy';
import { ADAPTERS } from '../../scrapers/registry';
import type { SourceAdapter, Target } from '../../scrapers/types';
import { ZRawPosting } from '../../scrapers/types';
import { WRITTEN_PAY } from '../fixtures/place-pay/written-pay';
import { WRITTEN_PLACE } from '../fixtures/place-pay/written-place';
import { hasShared, SHARED_LABELS, SHARED_RECORDINGS } from '../helpers/recordings';

type Label = { workplace: Workplace; location: Location; openTo: OpenTo | null; pay: Pay | null };
const fixture = (name: string) => JSON.parse(readFileSync(join(__dirname, '../fixtures/place-pay', name), 'utf8')) as Record<string, Label>;

const sameOpenTo = (a: OpenTo | null, b: OpenTo | null) =>
  a === null || b === null
    ? a === b
    : a.worldwide === b.worldwide &&
      [...a.regions].sort().join() === [...b.regions].sort().join() &&
      [...a.countries].sort().join() === [...b.countries].sort().join();
const samePay = (a: Pay | null, b: Pay | null) =>
  JSON.stringify(a) === JSON.stringify(b && { min: b.min, max: b.max, currency: b.currency, period: b.period });

class Tally {
  n = { openTo: 0, country: 0, city: 0, pay: 0, payStated: 0 };
  ok = { openTo: 0, country: 0, city: 0, pay: 0, payStated: 0 };
  invented: string[] = [];
  errors: string[] = [];
  place(id: string, want: { location: Location; openTo: OpenTo | null }, got: { location: Location; openTo: OpenTo | null }) {
    this.count('openTo', sameOpenTo(want.openTo, got.openTo), id, want.openTo, got.openTo);
    this.count('country', want.location.country === got.location.country, id, want.location, got.location);
    this.count('city', want.location.city === got.location.city, id, want.location, got.location, false);
  }
  pay(id: string, want: Pay | null, got: Pay | null) {
    this.count('pay', samePay(want, got), id, want, got);
    if (want) this.count('payStated', samePay(want, got), id, want, got, false);
    if (!want && got) this.invented.push(id);
  }
  private count(k: keyof Tally['n'], ok: boolean, id: string, want: unknown, got: unknown, log = true) {
    this.n[k]++;
    if (ok) this.ok[k]++;
    else if (log) this.errors.push(`${k} ${id}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
  acc(k: keyof Tally['n']) {
    return this.n[k] ? this.ok[k] / this.n[k] : 1;
  }
  report(name: string) {
    const f = (k: keyof Tally['n']) => `${k} ${this.ok[k]}/${this.n[k]} = ${this.acc(k).toFixed(3)}`;
    console.log(
      `[pay & place] ${name}: ${(['openTo', 'country', 'city', 'pay', 'payStated'] as const).map(f).join(', ')}, invented pay ${this.invented.length}`,
    );
    if (this.errors.length) console.log(this.errors.slice(0, 40).join('\n'));
  }
}

function expectGood(t: Tally) {
  expect(t.acc('openTo')).toBeGreaterThanOrEqual(0.95);
  expect(t.acc('country')).toBeGreaterThanOrEqual(0.95);
  expect(t.acc('pay')).toBeGreaterThanOrEqual(0.95);
  expect(t.invented).toEqual([]);
}

describe('pay and place on the cases written for this project', () => {
  it('reads place in English, German and Arabic, with regions, time zones and ambiguous names', () => {
    const t = new Tally();
    WRITTEN_PLACE.forEach(([workplace, location, region, text, wantLocation, wantOpenTo], i) => {
      const got = decidePlace({ workplace, location, hints: { region }, text });
      t.place(`written-place-${i}`, { location: wantLocation, openTo: wantOpenTo }, got);
      if (wantOpenTo?.approximate) expect(got.openTo?.approximate, `case ${i}`).toBe(true);
    });
    t.report(`written place (${WRITTEN_PLACE.length})`);
    expectGood(t);
  });
  it('reads pay in English, German and Arabic number formats, and invents none', () => {
    const t = new Tally();
    WRITTEN_PAY.forEach(([input, want], i) => t.pay(`written-pay-${i}`, want, decidePay(input).pay));
    t.report(`written pay (${WRITTEN_PAY.length})`);
    expectGood(t);
  });
});

describe.skipIf(!hasShared)('pay and place on the labelled postings of ../shared/labels', () => {
  const labels = fixture('shared-labels.json');
  for (const file of ['dev-en', 'dev-ar', 'dev-en-2', 'dev-ar-2']) {
    it(`matches the labels of ${file}`, () => {
      const t = new Tally();
      for (const line of readFileSync(join(SHARED_LABELS, `${file}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)) {
        const p = JSON.parse(line) as {
          id: string;
          title: string;
          text: string;
          location: string;
          source: string;
          hints?: { region?: string };
        };
        const want = labels[p.id];
        if (!want) continue;
        const got = derivePayPlace({
          title: p.title,
          text: toPlainText(p.text),
          location: p.location,
          source: p.source,
          workplace: want.workplace,
          region: p.hints?.region,
        });
        t.place(p.id, want, got);
        t.pay(p.id, want.pay, got.pay);
      }
      t.report(file);
      expect(t.n.openTo).toBeGreaterThan(50);
      expectGood(t);
    });
  }
});

describe.skipIf(!hasShared)('pay and place on the fields of ../shared/recordings', () => {
  it('matches the labels of every recorded posting', () => {
    const labels = fixture('recordings-labels.json');
    const manifest = JSON.parse(readFileSync(join(SHARED_RECORDINGS, 'manifest.json'), 'utf8')) as {
      entries: { url: string; file: string }[];
    };
    const t = new Tally();
    for (const entry of manifest.entries) {
      const host = new URL(entry.url).host;
      const targetOf = (a: SourceAdapter) => ({ key: a.id, source: a.id, company: 'x' }) as Target;
      const adapter = (Object.values(ADAPTERS) as SourceAdapter[]).find((a) => a.urls(targetOf(a)).some((u) => new URL(u).host === host));
      if (!adapter) continue;
      const { items } = adapter.parse(readFileSync(join(SHARED_RECORDINGS, entry.file), 'utf8'), {
        url: entry.url,
        now: new Date(),
        target: targetOf(adapter),
      });
      for (const item of items) {
        const valid = ZRawPosting.safeParse(item);
        const want = valid.success ? labels[`${adapter.id}:${valid.data.externalId}`] : undefined;
        if (!valid.success || !want) continue;
        const raw = valid.data;
        const n = normalisePosting(raw, { source: adapter.id, sourceKey: adapter.id });
        const hasFields = n.salaryMin !== null || n.salaryMax !== null;
        // Pay is labelled from the fields here (the free texts of these postings are labelled in ../shared/labels).
        const got = derivePayPlace({
          title: n.title,
          text: hasFields ? n.descriptionText : undefined,
          location: n.location,
          source: adapter.id,
          workplace: want.workplace,
          region: n.hints.region,
          salary: raw.salary,
          salaryMin: n.salaryMin ?? undefined,
          salaryMax: n.salaryMax ?? undefined,
          salaryCurrency: n.salaryCurrency ?? undefined,
          salaryPeriod: n.salaryPeriod ?? undefined,
        });
        t.place(`${adapter.id}:${raw.externalId}`, want, got);
        t.pay(`${adapter.id}:${raw.externalId}`, want.pay, got.pay);
      }
    }
    t.report('recordings');
    expect(t.n.country).toBeGreaterThan(300);
    expectGood(t);
  });
});
