/**
 * A date from a board as Unix milliseconds (UTC). Accepts Date, ISO text, Unix seconds or
 * milliseconds. Text without a zone is read in `assumeOffsetMinutes` (a board's own time zone).
 */
export function toUtcMs(value: Date | string | number | undefined | null, assumeOffsetMinutes = 0): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.getTime() : undefined;
  if (typeof value === 'number' || /^\d{9,13}$/.test(String(value).trim())) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    return n < 1e11 ? n * 1000 : n;
  }
  const text = value.trim();
  // Without a year it is no date: V8 reads "1" as 2001-01-01.
  if (!/\d{4}/.test(text)) return undefined;
  const hasZone = /(z|[+-]\d{2}:?\d{2})$/i.test(text) || /\b(gmt|utc|[+-]\d{4})\b/i.test(text);
  const isoish = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  const ms = Date.parse(hasZone || !/^\d{4}-\d{2}-\d{2}/.test(text) ? isoish : `${isoish}${/T/.test(isoish) ? '' : 'T00:00:00'}Z`);
  if (!Number.isFinite(ms)) return undefined;
  return hasZone || !/^\d{4}-\d{2}-\d{2}/.test(text) ? ms : ms - assumeOffsetMinutes * 60_000;
}

const UNITS: Record<string, number> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

/** "2 days ago", "an hour ago", "yesterday" relative to now; undefined if not understood. */
export function parseRelativeAge(text: string, now: number): number | undefined {
  const t = text.trim().toLowerCase();
  if (/just now|today|moments? ago/.test(t)) return now;
  if (/yesterday/.test(t)) return now - UNITS.day!;
  const m = t.match(/(\d+|an?|one)\s+(minute|hour|day|week|month|year)s?\s+ago/);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : 1;
  return now - n * UNITS[m[2]!]!;
}
