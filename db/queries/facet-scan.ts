// One pass over the facet index (facet-index.ts) for a view: the matching postings in order, and
// beside every option of every facet the number of postings the listing would hold with it
// (lib/facets.ts says what that means per kind). Each kind has one scanner class; the loop
// itself knows no facet by name, so a new facet of an existing kind needs nothing here.
import { bitsOf, chosen, FACET_KEYS, FACETS, type Counts, type FacetDef, type FacetKey } from '../../lib/facets';
import type { Filters } from '../../lib/filters';
import type { FacetColumnData, FacetIndex } from './facet-index';

abstract class Scanner {
  readonly counts: Float64Array;
  constructor(
    readonly key: FacetKey,
    readonly values: readonly (string | number)[],
    /** Whether the view applies this facet at all. */
    readonly active: boolean,
  ) {
    this.counts = new Float64Array(values.length);
  }
  abstract matches(i: number): boolean;
  /** Row i passes every other facet; `passesAll` when it passes this one too. */
  abstract countRow(i: number, passesAll: boolean): void;
  result(): Record<string, number> {
    return Object.fromEntries(this.values.map((v, o) => [String(v), this.counts[o]!]));
  }
  protected countEverywhere(): void {
    for (let o = 0; o < this.counts.length; o++) this.counts[o]!++;
  }
}

class OneOfScanner extends Scanner {
  private readonly selection: number;
  constructor(key: FacetKey, def: FacetDef & { kind: 'oneOf' }, selected: readonly (string | number)[], private readonly codes: Uint8Array) {
    super(key, def.values, selected.length > 0);
    this.selection = bitsOf(def, selected);
  }
  matches(i: number): boolean {
    // Code 255 (a value no option names) shifts by 31: never selected, as facets have < 32 values.
    return !this.active || ((this.selection >>> this.codes[i]!) & 1) === 1;
  }
  countRow(i: number, passesAll: boolean): void {
    // Already in the result: adding any option keeps it; otherwise only its own option adds it.
    if (this.active && passesAll) this.countEverywhere();
    else if (this.codes[i]! < this.counts.length) this.counts[this.codes[i]!]!++;
  }
}

class AnyOfScanner extends Scanner {
  private readonly selection: number;
  constructor(key: FacetKey, def: FacetDef & { kind: 'anyOf' }, selected: readonly (string | number)[], private readonly masks: Uint32Array) {
    super(key, def.values, selected.length > 0);
    this.selection = bitsOf(def, selected);
  }
  matches(i: number): boolean {
    return !this.active || (this.masks[i]! & this.selection) !== 0;
  }
  countRow(i: number, passesAll: boolean): void {
    if (this.active && passesAll) return this.countEverywhere();
    const mask = this.masks[i]!;
    for (let o = 0; o < this.counts.length; o++) if ((mask >>> o) & 1) this.counts[o]!++;
  }
}

class AtLeastScanner extends Scanner {
  private readonly cut: number;
  private readonly cuts: number[];
  constructor(key: FacetKey, def: FacetDef & { kind: 'atLeast' }, selected: readonly (string | number)[], private readonly numbers: Float64Array, now: number) {
    super(key, def.values, selected.length > 0);
    this.cut = this.active ? def.threshold(selected[0] as number, now) : -Infinity;
    this.cuts = def.values.map((v) => def.threshold(v, now));
  }
  matches(i: number): boolean {
    // NaN (NULL) never passes an applied facet, as NULL >= x is not true in SQL.
    return !this.active || this.numbers[i]! >= this.cut;
  }
  countRow(i: number): void {
    const x = this.numbers[i]!;
    for (let o = 0; o < this.cuts.length; o++) if (x >= this.cuts[o]!) this.counts[o]!++;
  }
}

function scannerFor(key: FacetKey, f: Filters, column: FacetColumnData, now: number): Scanner {
  const def = FACETS[key] as FacetDef;
  const selected = chosen(f, key);
  if (def.kind === 'oneOf') return new OneOfScanner(key, def, selected, column as Uint8Array);
  if (def.kind === 'anyOf') return new AnyOfScanner(key, def, selected, column as Uint32Array);
  return new AtLeastScanner(key, def, selected, column as Float64Array, now);
}

export type ScanResult = { total: number; ids: number[]; counts: Counts };

/**
 * The view's postings (ids of positions skip … skip+limit-1 of the result, newest first), their
 * total and the counts. `search` marks the positions a text search allows (null: no search).
 */
export function scanFacets(index: FacetIndex, f: Filters, now: number, search: Uint8Array | null, window: { skip: number; limit: number }): ScanResult {
  const scanners = FACET_KEYS.map((k) => scannerFor(k, f, index.columns[k], now));
  const n = scanners.length;
  const ids: number[] = [];
  let total = 0;
  for (let i = 0; i < index.size; i++) {
    if (search && !search[i]) continue;
    let fails = 0;
    let failed = 0;
    for (let k = 0; k < n && fails < 2; k++) {
      if (!scanners[k]!.matches(i)) {
        fails++;
        failed = k;
      }
    }
    if (fails > 1) continue;
    if (fails === 1) {
      // Out of the view by one facet alone: it counts under that facet's options only.
      scanners[failed]!.countRow(i, false);
      continue;
    }
    if (total >= window.skip && ids.length < window.limit) ids.push(index.ids[i]!);
    total++;
    for (let k = 0; k < n; k++) scanners[k]!.countRow(i, true);
  }
  return { total, ids, counts: Object.fromEntries(scanners.map((s) => [s.key, s.result()])) as Counts };
}
