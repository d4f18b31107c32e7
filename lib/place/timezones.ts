// Time-zone windows ("CET ± 2 hours", "UTC-1 to UTC+3", "GMT+10 ± 3") → the regions whose
// working population lives inside them. Always approximate: a window says when, not where.
import type { RegionName } from './regions';

const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  GST: 4,
  IST: 5.5,
  SGT: 8,
  AEST: 10,
  AEDT: 11,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  BRT: -3,
  ART: -3,
};

// The span of UTC offsets each region's people mostly live in.
const REGION_SPANS: [RegionName, number, number][] = [
  ['Americas', -10, -3],
  ['EMEA', -1, 4],
  ['APAC', 5, 13],
];

const ZONE = '(UTC|GMT|CET|CEST|EET|EEST|WET|BST|MSK|GST|IST|SGT|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BRT|ART)';
const OFFSET = '([+\\-−–]\\s?\\d{1,2}(?::?\\d{2})?)?';
const PLUS_MINUS = new RegExp(
  `\\b${ZONE}\\s?${OFFSET}\\s*(?:±|\\+\\s?/\\s?-|\\+-|plus or minus|plus\\/minus)\\s*(\\d{1,2})\\s*(?:h|hours?|hrs?)?`,
  'i',
);
const RANGE = new RegExp(`\\b${ZONE}\\s?${OFFSET}\\s*(?:to|-|–|—|and|bis)\\s*${ZONE}?\\s?${OFFSET}`, 'i');

function offsetOf(zone: string, offset: string | undefined): number {
  const base = ZONE_OFFSETS[zone.toUpperCase()] ?? 0;
  if (!offset) return base;
  const m = /([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?/.exec(offset);
  if (!m) return base;
  const sign = m[1] === '+' ? 1 : -1;
  return base + sign * (Number(m[2]) + Number(m[3] ?? 0) / 60);
}

export function regionsForWindow(from: number, to: number): RegionName[] {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return REGION_SPANS.filter(([, a, b]) => lo <= b && hi >= a && Math.min(hi, b) - Math.max(lo, a) >= Math.min(1, hi - lo)).map(([r]) => r);
}

/** A stated window in a sentence → its regions and the words that stated it, or null. */
export function findTimeZoneWindow(sentence: string): { regions: RegionName[]; evidence: string } | null {
  const pm = PLUS_MINUS.exec(sentence);
  if (pm) {
    const centre = offsetOf(pm[1]!, pm[2]);
    const width = Number(pm[3]);
    return { regions: regionsForWindow(centre - width, centre + width), evidence: pm[0] };
  }
  const range = RANGE.exec(sentence);
  if (range && (range[2] || range[4])) {
    const from = offsetOf(range[1]!, range[2]);
    const to = offsetOf(range[3] ?? range[1]!, range[4]);
    if (Math.abs(to - from) > 12) return null;
    return { regions: regionsForWindow(from, to), evidence: range[0] };
  }
  return null;
}
