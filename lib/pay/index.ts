// decidePay: what a posting pays, as stated, never converted (taxonomy §7): the board's fields
// first, then the board's salary text, then the posting's text. The period is the one stated, or
// one the figures leave no doubt about (a 120k salary is yearly; 4,000 SAR a month), else null.
import { findPayStatements, MAX_PAY_FIGURE, type Found, type Pay } from './extract';
import { toCurrency } from './currency';
import { toPeriod, type PayPeriod } from './period';

export { formatPay, formatPayUnit } from './format';
export { currencyName } from './currency-name';
export { salaryAsPosted } from './as-posted';
export { PAY_PERIODS, PER_YEAR, perYear, type PayPeriod } from './period';
export type { Pay } from './extract';

export type PayInput = {
  salaryMin?: number;
  salaryMax?: number;
  salaryCurrency?: string;
  salaryPeriod?: string;
  /** The board's salary text ("$150k - $230k", Mostaql's budget). */
  salary?: string;
  text?: string;
  source?: string;
  /** Where the job is (or who may take it): reads "ريال", "درهم", "$" in that country's money. */
  country?: string | null;
};
export type PayDecision = { pay: Pay | null; evidence: string[] };

const MARKETPLACES = new Set(['mostaql', 'khamsat']);
const HARD = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SGD']);
// Currencies whose job ads quote monthly pay, with the range a monthly salary falls in.
const MONTHLY: Record<string, [number, number]> = {
  EGP: [1000, 300000],
  SAR: [1000, 150000],
  AED: [1000, 150000],
  QAR: [1000, 150000],
  OMR: [100, 15000],
  KWD: [100, 15000],
  BHD: [100, 15000],
  JOD: [100, 15000],
  MAD: [1000, 100000],
  TND: [300, 20000],
};

/** The period figures leave no doubt about, when none is stated. */
function impliedPeriod(pay: Pay, source: string | undefined, budget: boolean): PayPeriod | null {
  const figures = [pay.min, pay.max].filter((v): v is number => v !== null);
  if (!figures.length) return null;
  if (source && MARKETPLACES.has(source)) return budget ? 'project' : null;
  const lo = Math.min(...figures);
  const hi = Math.max(...figures);
  if (pay.currency && HARD.has(pay.currency)) {
    if (lo >= 10000 && hi <= 1_000_000) return 'year';
    if (hi < 150 && lo >= 7) return 'hour';
    return null;
  }
  const monthly = pay.currency ? MONTHLY[pay.currency] : undefined;
  if (monthly && lo >= monthly[0] && hi <= monthly[1]) return 'month';
  return null;
}

function isTierTable(found: Found[]): boolean {
  const head = found[0];
  if (!head) return false;
  const same = found.filter((f) => f.pay.currency === head.pay.currency && f.pay.period === head.pay.period);
  return new Set(same.map((f) => f.pay.max)).size >= 3;
}

function finish(found: Found, source: string | undefined): Pay {
  const pay = { ...found.pay };
  if (!pay.period) pay.period = impliedPeriod(pay, source, found.budget);
  return pay;
}

/** A board field's figure that can be a salary: not NaN or infinite, not negative, not absurd. */
const isPayFigure = (v: number | null) => v === null || (Number.isFinite(v) && v >= 0 && v <= MAX_PAY_FIGURE);

function fromFields(input: PayInput): Pay | null {
  let min = input.salaryMin ?? null;
  let max = input.salaryMax ?? null;
  if (min === null && max === null) return null;
  // One nonsense field makes the other untrustworthy too: no pay from the fields at all.
  if (!isPayFigure(min) || !isPayFigure(max)) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  if (min === 0 && max) min = null;
  const currency =
    toCurrency(input.salaryCurrency, input.country ?? null) ?? (input.salaryCurrency?.match(/^[A-Z]{3}$/) ? input.salaryCurrency : null);
  let period = toPeriod(input.salaryPeriod);
  // A yearly period the board assumes (RemoteOK) cannot be right for a figure under 1,000.
  if (period === 'year' && Math.max(min ?? 0, max ?? 0) < 1000) period = null;
  return { min, max, currency, period };
}

export function decidePay(input: PayInput): PayDecision {
  const ctx = { country: input.country ?? null, marketplace: Boolean(input.source && MARKETPLACES.has(input.source)) };
  const fields = fromFields(input);
  const inText = input.text ? findPayStatements(input.text, { ...ctx, fieldMode: false }) : [];
  if (fields) {
    if (!fields.period) {
      const same = inText.find((f) => f.periodStated && f.pay.min === fields.min && f.pay.max === fields.max);
      if (same) return { pay: { ...fields, period: same.pay.period }, evidence: ['salary fields', same.evidence] };
    }
    return { pay: fields, evidence: ['salary fields'] };
  }
  const board = input.salary ? findPayStatements(input.salary, { ...ctx, fieldMode: true })[0] : undefined;
  if (board) return { pay: finish(board, input.source), evidence: [input.salary!.trim()] };
  // Three or more different figures in one currency and period are a table of tiers or
  // commissions ("bring 10 sign-ups: earn up to $7,475 a month; 100: ..."), not one pay.
  const first = isTierTable(inText) ? undefined : inText[0];
  if (first) return { pay: finish(first, input.source), evidence: [first.evidence] };
  return { pay: null, evidence: [] };
}
