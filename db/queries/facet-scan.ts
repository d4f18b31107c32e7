// One pass over the facet index (facet-index.ts) for a view: the matching postings in order, and
// beside every option of every facet the number of postings the listing would hold with it
// (lib/facets.ts says what that means per kind). Each kind has one scanner class; the loop
// itself knows no facet by name, so a new facet of an existing kind needs nothing here.
//
// Two steps, for speed at 100,000 postings: the pass sorts rows into "in the view" and, per applied
// facet, "out by that facet alone" (only applied facets are tested, usually one or two); then each
// scanner counts its rows in a tight loop of its own. Counting a job group rather than a posting
// (one unit per group) would change `countRows` and the totals, nothing else.
import { bitsOf, chosen, FACET_KEYS, FACETS, type Counts, type FacetDef, type FacetKey } from '../../lib/facets';
import type { Filters } from '../../lib/filters';
import type { FacetColumnData, FacetIndex } from './facet-index';

/** Row positions, the first `length` of `rows`. */
type RowSet = { rows: Int32Array; length: number };

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
  /** Counts rows that pass every other facet; `inView` when they pass this one too. */
  abstract countRows(set: RowSet, inView: boolean): void;
  result(): Record<string, number> {
    return Object.fromEntries(this.values.map((v, o) => [String(v), this.counts[o]!]));
  }
  /** Rows already in the view stay in it whichever option is added: each counts under every option. */
  protected countEverywhere(n: number): void {
    for (let o = 0; o < this.counts.length; o++) this.counts[o]! += n;
  }
}

class OneOfScanner extends Scanner {
  private readonly selection: number;
  constructor(
    key: FacetKey,
    def: FacetDef & { kind: 'oneOf' },
    selected: readonly (string | number)[],
    private readonly codes: Uint8Array,
  ) {
    super(key, def.values, selected.length > 0);
    this.selection = bitsOf(def, selected);
  }
  matches(i: number): boolean {
    // Code 255 (a value no option names) shifts by 31: never selected, as facets have < 32 values.
    return ((this.selection >>> this.codes[i]!) & 1) === 1;
  }
  countRows({ rows, length }: RowSet, inView: boolean): void {
    if (this.active && inView) return this.countEverywhere(length);
    const { codes, counts } = this;
    for (let r = 0; r < length; r++) {
      const code = codes[rows[r]!]!;
      if (code < counts.length) counts[code]!++;
    }
  }
}

/** Up to this many options, an anyOf facet is counted through a histogram of its masks. */
const HISTOGRAM_BITS = 14;

class AnyOfScanner extends Scanner {
  private readonly selection: number;
  constructor(
    key: FacetKey,
    def: FacetDef & { kind: 'anyOf' },
    selected: readonly (string | number)[],
    private readonly masks: Uint32Array,
  ) {
    super(key, def.values, selected.length > 0);
    this.selection = bitsOf(def, selected);
  }
  matches(i: number): boolean {
    return (this.masks[i]! & this.selection) !== 0;
  }
  countRows({ rows, length }: RowSet, inView: boolean): void {
    if (this.active && inView) return this.countEverywhere(length);
    const { masks, counts } = this;
    if (counts.length > HISTOGRAM_BITS) {
      for (let r = 0; r < length; r++) {
        const mask = masks[rows[r]!]!;
        for (let o = 0; o < counts.length; o++) if ((mask >>> o) & 1) counts[o]!++;
      }
      return;
    }
    // Few options (the 11 skills): count each distinct mask once per row, then spread the
    // 2^options masks over their bits, instead of testing every bit of every row.
    const full = (1 << counts.length) - 1;
    const perMask = new Float64Array(full + 1);
    for (let r = 0; r < length; r++) perMask[masks[rows[r]!]! & full]!++;
    for (let mask = 1; mask <= full; mask++) {
      const n = perMask[mask]!;
      if (n === 0) continue;
      for (let o = 0; o < counts.length; o++) if ((mask >>> o) & 1) counts[o]! += n;
    }
  }
}

class AtLeastScanner extends Scanner {
  private readonly cut: number;
  private readonly cuts: number[];
  constructor(
    key: FacetKey,
    def: FacetDef & { kind: 'atLeast' },
    selected: readonly (string | number)[],
    private readonly numbers: Float64Array,
    now: number,
  ) {
    super(key, def.values, selected.length > 0);
    this.cut = this.active ? def.threshold(selected[0] as number, now) : -Infinity;
    this.cuts = def.values.map((v) => def.threshold(v, now));
  }
  matches(i: number): boolean {
    // NaN (NULL) never passes an applied facet, as NULL >= x is not true in SQL.
    return this.numbers[i]! >= this.cut;
  }
  countRows({ rows, length }: RowSet): void {
    const { numbers, cuts, counts } = this;
    for (let r = 0; r < length; r++) {
      const x = numbers[rows[r]!]!;
      for (let o = 0; o < cuts.length; o++) if (x >= cuts[o]!) counts[o]!++;
    }
  }
}

function scannerFor(key: FacetKey, f: Filters, column: FacetColumnData, now: number): Scanner {
  const def = FACETS[key] as FacetDef;
  const selected = chosen(f, key);
  if (def.kind === 'oneOf') return new OneOfScanner(key, def, selected, column as Uint8Array);
  if (def.kind === 'anyOf') return new AnyOfScanner(key, def, selected, column as Uint32Array);
  return new AtLeastScanner(key, def, selected, column as Float64Array, now);
}

/** `positions`: every row position in the view, in order (the first `total` of the array). */
export type ScanResult = { total: number; ids: number[]; counts: Counts; positions: Int32Array };

/** Sorts rows into the view and, per applied facet, the rows that only that facet keeps out. */
function partition(index: FacetIndex, applied: Scanner[], search: Uint8Array | null): { inView: RowSet; outBy: RowSet[] } {
  const inView: RowSet = { rows: new Int32Array(index.size), length: 0 };
  const outBy: RowSet[] = applied.map(() => ({ rows: new Int32Array(index.size), length: 0 }));
  const a = applied.length;
  for (let i = 0; i < index.size; i++) {
    if (search && !search[i]) continue;
    let fails = 0;
    let failed = 0;
    for (let k = 0; k < a && fails < 2; k++) {
      if (!applied[k]!.matches(i)) {
        fails++;
        failed = k;
      }
    }
    if (fails === 0) inView.rows[inView.length++] = i;
    else if (fails === 1) outBy[failed]!.rows[outBy[failed]!.length++] = i;
  }
  return { inView, outBy };
}

/**
 * The view's postings (ids of positions skip … skip+limit-1 of the result, newest first), their
 * total and the counts. `search` marks the positions a text search allows (null: no search).
 */
export function scanFacets(
  index: FacetIndex,
  f: Filters,
  now: number,
  search: Uint8Array | null,
  window: { skip: number; limit: number },
): ScanResult {
  const scanners = FACET_KEYS.map((k) => scannerFor(k, f, index.columns[k], now));
  const applied = scanners.filter((s) => s.active);
  const { inView, outBy } = partition(index, applied, search);
  for (const scanner of scanners) scanner.countRows(inView, true);
  applied.forEach((scanner, k) => scanner.countRows(outBy[k]!, false));
  const ids: number[] = [];
  const end = Math.min(inView.length, window.skip + window.limit);
  for (let r = window.skip; r < end; r++) ids.push(index.ids[inView.rows[r]!]!);
  return {
    total: inView.length,
    ids,
    counts: Object.fromEntries(scanners.map((s) => [s.key, s.result()])) as Counts,
    positions: inView.rows.subarray(0, inView.length),
  };
}
