// The rows of the stats page's "Who may take the remote jobs": each restriction in exactly one.
// Regression: a job limited to Egypt counted as "Arab world" and as "one country", EMEA as "Arab
// world", and US + Canada or Europe in no row at all.
import { describe, expect, it } from 'vitest';
import { reachOf, type OpenTo, type RegionName } from '../../lib/place';

const open = (regions: RegionName[], countries: string[]): OpenTo => ({ worldwide: false, regions, countries });

describe('reachOf', () => {
  it.each([
    ['worldwide', 'anywhere', { worldwide: true, regions: [], countries: [] }],
    ['Egypt', 'mena', open([], ['EG'])],
    ['the Gulf', 'mena', open(['GCC'], [])],
    ['MENA', 'mena', open(['MENA'], [])],
    ['Egypt and Jordan', 'mena', open([], ['EG', 'JO'])],
    ['EMEA', 'arabAndBeyond', open(['EMEA'], [])],
    ['Africa', 'arabAndBeyond', open(['Africa'], [])],
    ['Egypt and the US', 'arabAndBeyond', open([], ['EG', 'US'])],
    ['EMEA and Egypt', 'arabAndBeyond', open(['EMEA'], ['EG'])],
    ['the US', 'outside', open([], ['US'])],
    ['the US and Canada', 'outside', open([], ['US', 'CA'])],
    ['Europe', 'outside', open(['Europe'], [])],
    ['Israel', 'outside', open([], ['IL'])],
    ['nothing named', 'unstated', open([], [])],
    ['not stated', 'unstated', null],
  ] as const)('%s → %s', (_, reach, openTo) => {
    expect(reachOf(openTo as OpenTo | null)).toBe(reach);
  });
});
