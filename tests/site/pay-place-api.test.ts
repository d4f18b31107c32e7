// The JSON API with pay and place: the board's text kept, the normalised fields added, and the
// new filters applied (or ignored when malformed), on a seeded temporary database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDb, tempDbPath } from '../helpers/seeded';

type Item = {
  location: string;
  salary: string | null;
  country: string | null;
  openTo: { worldwide: boolean } | null;
  pay: { currency: string | null; period: string | null; min: number | null; max: number | null } | null;
  workplace: string;
};
type Body = { total: number; query: string; items: Item[]; counts: Record<string, Record<string, number>> };
let cleanup: () => void;
let api: (r: Request) => Response;

beforeAll(async () => {
  const at = tempDbPath();
  process.env.RAQMI_DB = at.file;
  process.env.RAQMI_SCHEDULER = 'off';
  cleanup = (await seededDb(Date.now(), at)).cleanup;
  api = (await import('../../app/api/postings/route')).GET;
});
afterAll(() => cleanup());

const get = async (qs: string) => (await api(new Request(`http://localhost/api/postings?${qs}`)).json()) as Body;

describe('API: pay and place', () => {
  it('keeps location and salary and adds country, openTo and pay to every item, and open_to counts', async () => {
    const body = await get('');
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items)
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['location', 'salary', 'country', 'openTo', 'pay']));
    expect(typeof body.counts.open_to).toBe('object');
  });

  it('pay=1 returns only postings that state pay; a malformed pay_min or open_to is ignored, not an error', async () => {
    const all = await get('');
    const paid = await get('pay=1&page=1');
    expect(paid.total).toBeGreaterThan(0);
    expect(paid.total).toBeLessThanOrEqual(all.total);
    expect(paid.items.every((i) => i.pay !== null)).toBe(true);
    const bad = await get('open_to=Narnia&pay_min=lots&pay_currency=EGP&pay_period=month');
    expect(bad.total).toBe(all.total);
    expect(bad.query).toBe('');
  });

  it('open_to=XX gives exactly the count the picker showed for XX', async () => {
    const all = await get('');
    const [country, n] = Object.entries(all.counts.open_to!).find(([, c]) => c > 0) ?? [];
    expect(country).toBeTruthy();
    const view = await get(`open_to=${country}`);
    expect(view.total).toBe(n);
    expect(view.query).toBe(`open_to=${country}`);
  });
});
