// Re-runs the classifier over stored postings whose classifier version is not the current one.
import { classifyPosting, CLASSIFIER_VERSION } from '../../lib/classifier';
import { skillMask, type Hints } from '../../lib/taxonomy';
import type { Db } from '../client';
import { bumpDataVersion } from './upsert';

type Row = { id: number; source: string; title: string; company: string; location: string; description_text: string; language: string; hints: string };

export function reclassifyPostings(db: Db, options: { all?: boolean; batch?: number } = {}): { checked: number; changed: number } {
  const sqlite = db.$client;
  const select = sqlite.prepare(
    `SELECT id, source, title, company, location, description_text, language, hints FROM postings
     WHERE id > ? ${options.all ? '' : 'AND classifier_version != ?'} ORDER BY id LIMIT ?`,
  );
  const update = sqlite.prepare(
    `UPDATE postings SET digital_marketing = ?, engagement = ?, workplace = ?, skills = ?, skill_mask = ?, evidence = ?, language = ?,
       classifier_version = ? WHERE id = ?`,
  );
  let last = 0, checked = 0, changed = 0;
  for (;;) {
    const params = options.all ? [last, options.batch ?? 1000] : [last, CLASSIFIER_VERSION, options.batch ?? 1000];
    const rows = select.all(...params) as Row[];
    if (rows.length === 0) break;
    sqlite.transaction(() => {
      for (const r of rows) {
        const c = classifyPosting({ title: r.title, text: r.description_text, company: r.company, location: r.location, source: r.source, hints: JSON.parse(r.hints) as Hints });
        changed += update.run(c.digitalMarketing ? 1 : 0, c.engagement, c.workplace, JSON.stringify(c.skills), skillMask(c.skills), JSON.stringify(c.evidence), c.language, CLASSIFIER_VERSION, r.id).changes;
      }
    })();
    checked += rows.length;
    last = rows[rows.length - 1]!.id;
  }
  if (changed) bumpDataVersion(db);
  return { checked, changed };
}
