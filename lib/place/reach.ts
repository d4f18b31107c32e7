// Who may take a remote job, seen from the Arab world: the rows of the stats page's "Who may take
// the remote jobs" table. Each job falls in exactly one, so the rows add up to the remote jobs.
import type { OpenTo } from './index';
import { ARAB_LEAGUE, REGION_COUNTRIES } from './regions';

/**
 * - `anywhere`: open worldwide;
 * - `mena`: only places in the Middle East and North Africa, an Arab country among them (MENA,
 *   the Gulf, Egypt, "Egypt and Jordan");
 * - `arabAndBeyond`: Arab countries and places outside the region (EMEA, Africa, "Egypt and the US");
 * - `outside`: no Arab country at all (the US, US + Canada, Europe, Israel);
 * - `unstated`: the job does not say who may take it.
 */
export const OPEN_TO_REACHES = ['anywhere', 'mena', 'arabAndBeyond', 'outside', 'unstated'] as const;
export type OpenToReach = (typeof OPEN_TO_REACHES)[number];

export function reachOf(openTo: OpenTo | null): OpenToReach {
  if (!openTo) return 'unstated';
  if (openTo.worldwide) return 'anywhere';
  const places = new Set([...openTo.countries, ...openTo.regions.flatMap((r) => [...REGION_COUNTRIES[r]])]);
  if (places.size === 0) return 'unstated';
  const all = [...places];
  if (!all.some((c) => ARAB_LEAGUE.has(c))) return 'outside';
  return all.every((c) => REGION_COUNTRIES.MENA.has(c)) ? 'mena' : 'arabAndBeyond';
}
