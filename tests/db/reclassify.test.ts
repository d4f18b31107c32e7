// Reclassify runs the scrape's classify stage: a posting comes out of it exactly as a fresh scrape
// would store it, and the board's declared language survives (it used to be replaced by detection).
import { afterEach, describe, expect, it } from 'vitest';
import { reclassifyPostings } from '../../db/queries/reclassify';
import { upsertPosting } from '../../db/queries/upsert';
import { preparePosting, type SourcePosting } from '../../lib/postings/pipeline';
import { generatePostings } from '../../bench/generate';
import { tempDb } from '../helpers/db';
import { ingestGenerated } from '../helpers/ingest';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempDb();
  cleanups.push(t.cleanup);
  return t;
}

const english: SourcePosting = {
  externalId: 'p-1',
  url: 'https://example.com/jobs/1',
  title: 'SEO Specialist',
  company: 'Acme',
  descriptionHtml: '<p>Own technical SEO for our website and write two blog posts a week.</p>',
  hints: {},
};

describe('reclassifyPostings', () => {
  it.each([
    ['mostaql', 'ar'],
    ['greenhouse', 'de'],
  ])('keeps the language %s declared (%s) instead of detecting it from the text', (source, lang) => {
    const t = setup();
    upsertPosting(t.db, preparePosting({ ...english, language: lang }, { source, sourceKey: source }), NOW);
    const language = () => (t.db.$client.prepare('SELECT language FROM postings').get() as { language: string }).language;
    expect(language()).toBe(lang);
    expect(reclassifyPostings(t.db, { all: true })).toEqual({ checked: 1, changed: 1 });
    expect(language()).toBe(lang);
  });

  it('leaves every posting as a fresh scrape stored it, board defaults included', () => {
    const t = setup();
    ingestGenerated(t.db, generatePostings(150, 5, NOW), NOW);
    const snapshot = () => t.db.$client.prepare('SELECT * FROM postings ORDER BY id').all();
    const fresh = snapshot();
    // Stale decisions, as an older classifier might have left them.
    t.db.$client.exec(`UPDATE postings SET classifier_version = 'old', workplace = 'unknown', engagement = 'unknown', language = 'xx',
      digital_marketing = 0, skills = '[]', skill_mask = 0, evidence = NULL, search_title = '', search_body = ''`);
    expect(reclassifyPostings(t.db)).toEqual({ checked: 150, changed: 150 });
    expect(snapshot()).toEqual(fresh);
    expect(reclassifyPostings(t.db)).toEqual({ checked: 0, changed: 0 });
  });
});
