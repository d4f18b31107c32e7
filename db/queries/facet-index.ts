// The listing's in-memory facet index: the open digital-marketing postings as typed columns,
// newest first, loaded from the covering index once per data version (every scrape bumps it).
// Counting every filter option is then one pass over a few small arrays instead of one SQL
// scan per option: milliseconds at 100,000 postings.
import { SOURCE_IDS } from '../../lib/sources';
import { ENGAGEMENTS, WORKPLACES } from '../../lib/taxonomy';
import type { Db } from '../client';
import { readDataVersion } from './upsert';

export const LANG_CODES = ['en', 'ar', 'de'] as const;

export type FacetIndex = {
  version: string;
  size: number;
  ids: Int32Array;
  posted: Float64Array;
  workplace: Uint8Array;
  engagement: Uint8Array;
  source: Uint8Array;
  lang: Uint8Array;
  skills: Uint16Array;
  /** Position of a posting id in the arrays, or -1. */
  positionOf: (id: number) => number;
};

const code = <T extends string>(values: readonly T[]) => {
  const map = new Map<string, number>(values.map((v, i) => [v, i]));
  // Unknown values get a code no filter selects.
  return (v: string) => map.get(v) ?? 255;
};
const workplaceCode = code(WORKPLACES);
const engagementCode = code(ENGAGEMENTS);
const sourceCode = code(SOURCE_IDS);
const langCode = code(LANG_CODES);

function load(db: Db, version: string): FacetIndex {
  const rows = db.$client
    .prepare(
      `SELECT id, posted_at, workplace, engagement, source, language, skill_mask FROM postings
       WHERE digital_marketing = 1 AND closed_at IS NULL ORDER BY posted_at DESC, id DESC`,
    )
    .raw()
    .all() as [number, number, string, string, string, string, number][];
  const n = rows.length;
  const index: FacetIndex = {
    version, size: n, ids: new Int32Array(n), posted: new Float64Array(n), workplace: new Uint8Array(n), engagement: new Uint8Array(n),
    source: new Uint8Array(n), lang: new Uint8Array(n), skills: new Uint16Array(n), positionOf: () => -1,
  };
  let maxId = 0;
  rows.forEach(([id, posted, wp, en, src, lang, mask], i) => {
    index.ids[i] = id;
    index.posted[i] = posted;
    index.workplace[i] = workplaceCode(wp);
    index.engagement[i] = engagementCode(en);
    index.source[i] = sourceCode(src);
    index.lang[i] = langCode(lang);
    index.skills[i] = mask;
    if (id > maxId) maxId = id;
  });
  const positions = new Int32Array(maxId + 1).fill(-1);
  for (let i = 0; i < n; i++) positions[index.ids[i]!] = i;
  index.positionOf = (id) => (id >= 0 && id < positions.length ? positions[id]! : -1);
  return index;
}

const loaded = new WeakMap<object, FacetIndex>();

/** The index for the database's current data version, loaded on first use after each write.
 *  A caller that has just read the version passes it in. */
export function facetIndex(db: Db, version: string = readDataVersion(db)): FacetIndex {
  let index = loaded.get(db.$client);
  if (!index || index.version !== version) {
    index = load(db, version);
    loaded.set(db.$client, index);
  }
  return index;
}
