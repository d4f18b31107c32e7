// Finds the pay a posting states in its text: "$150k - $230k", "USD 180,000–210,000 / year",
// "56.472,00 EUR brutto/Jahr", "٣٠٠٠–٥٠٠٠ جنيه شهريًا", "up to $2,500 USD/month", "from €2500".
// Conservative on purpose: an amount counts only next to a pay word (salary, Gehalt, راتب...) or
// with its own period, and never next to words that make it something else (stipend, budget,
// funding, bonus, per word, 401k, ad spend). A wrong salary is worse than none.
import { CURRENCY_PATTERN, toCurrency } from './currency';
import { applyMultiplier, foldDigits, parseNumber } from './numbers';
import { toPeriod, type PayPeriod } from './period';

export type Pay = { min: number | null; max: number | null; currency: string | null; period: PayPeriod | null };
export type Found = { pay: Pay; evidence: string; periodStated: boolean; budget: boolean };

// "8,00,000" (Indian), "150,000" / "56.472,00" / "101, 125", plain; a German ",-" after the figure is dropped.
const NUM = '(\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[.,]\\d{3}|, \\d{3}\\b)+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?:,-|\\.-)?';
const MULT = '(k|K|ألف|الف|آلاف|الاف)?';
const CUR = `(${CURRENCY_PATTERN})`;
const SEP = '\\s*(?:\\([^)]{0,30}\\))?\\s*(?:-|–|—|to|bis|and|und|و|الى|إلى|حتى)\\s*';
// currency? number k? currency? [sep currency? number k? currency?]
const MONEY = new RegExp(`${CUR}?\\s?${NUM}\\s?${MULT}\\s?${CUR}?(?:${SEP}${CUR}?\\s?${NUM}\\s?${MULT}\\s?${CUR}?)?`, 'gu');

const PAY_WORD =
  /\b(salary|salaries|pay|paid|compensation|wages?|rate|rates|earn|earning|earnings|ote|remuneration|base|gehalt|gehaltspaket|vergütung|verguetung|lohn|stundenlohn|jahresgehalt|monatsgehalt|brutto|netto|budget)\b|راتب|رواتب|الراتب|براتب|برواتب|مرتب|المرتب|اجر|أجر|الأجر|الاجر|الميزانية|الميزانيه|ميزانية المشروع/iu;
const NOT_PAY =
  /\b(stipends?|allowance|bonus(?:es)?|benefits?|reimburse\w*|worth|valued|donate|spend|ad spend|revenue|arr|funding|raised|series [a-f]|bookings|education|learning|budgets?\s+(?:of|for|ranging)|per (?:word|article|page|post|order|lead|sale|sign-?up|review|visit|employee|person|head|hire|referral)|co-?working|retainers?|commission|referral|sign-?ups?|probation\w*|extra|additional|normally|plan|costs?|subscription|-word|page|insurance|401\s?\(?k\)?|customers|clients pay|(?:weiterbildungs)?budget\s+bis|kunden zahlen|mindestkapital|gifts?|discount|fee|equipment|coworking|internet|tips)\b|عمولة|عموله|عمولات|بدل|الأورد|الاوردر|تدفع|إعلان ممول|اعلان ممول|البجت|ميزانيات|ميزانية التسويق|الميزانية التسويقية|الإعلاني|الاعلاني/iu;
const UP_TO = /(?:\bup to|\bbis zu|\bmax(?:imum)?|تصل إلى|تصل الى|يصل إلى|يصل الى|حتى|لغاية)\s*$/iu;
const FROM =
  /(?:\bfrom|\bstarting (?:at|from)|\bstarts at|\bbegins at|\bstarting|\bab|\bmin(?:imum)?|يبدأ من|تبدأ من|تبدا من|يبدا من|ابتداء من|ادنى|أدنى|ادني)\s*(?:wage is\s*|salary is\s*|of\s*)?$/iu;
const PERIOD_AFTER =
  /^\s*(?:(?:\(|\/|per|a|an|pro|im|each|every|in the|in|brutto|gross|net|base|usd|eur|after taxes)[\s-]*){0,3}(hourly|hour|hr|hrs|h\b|60 ?min|day|daily|week|weekly|month|monthly|mo\b|year|yearly|yr|annum|annual|annually|p\.?a\.?|jahr|monat|stunde|monatlich|jährlich|project|شهريا|شهريًا|شهري|شهرية|في الشهر|سنويا|سنويًا|سنوي|بالساعة|في الساعة|يوميا|أسبوعيا|للمشروع)/iu;
const PERIOD_BEFORE =
  /(hourly|annual|yearly|monthly|weekly|daily|jahresgehalt|monatsgehalt|stundenlohn|راتب شهري|رواتب شهرية|الراتب الشهري|البجت الشهري|per hour|per year|per month)[^.\n]{0,40}$/iu;

/** Above this no figure is a salary, in any currency or period: it is a misread or a board's junk. */
export const MAX_PAY_FIGURE = 5_000_000;

/** A figure that cannot be pay: signed ("-5000 USD", "$-5000") or part of an exponent ("1e309"). */
function isSignedOrExponent(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  // A minus glued to the figure, after a space, a currency sign or the start, not a range's dash ("40-50k").
  if (/(?:^|[^\p{L}\p{N}])[-\u2212\u2012\u2013]$/u.test(before)) return true;
  return /\d[eE][+-]?$/.test(before) || /^[eE][+-]?\d/.test(text.slice(end));
}

function amount(num: string | undefined, mult: string | undefined): number | null {
  const n = num ? parseNumber(num) : null;
  return n === null ? null : applyMultiplier(n, mult);
}

type Context = { country: string | null; fieldMode: boolean; marketplace?: boolean };

const ADDITIVE =
  /(?:\bwith|\bplus|\bexclusive of|\bexcluding|\bnot including|\+|\bin addition to|\band|بالإضافة|بالاضافة|مع)\s*(?:\S+\s*){0,3}$/iu;
const NOT_NUMBER_OF_MONEY =
  /^(?:\+(?!\s)|\s*\(?k\)|\s*(?:\+\s*)?(?:years?|yrs|jahre|سنوات|سنة|سنه|employees|people|%|m\b|mm\b|million|billion|mio|مليون))/iu;

function lastIndexOf(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) last = m.index ?? last;
  return last;
}

/** The clause around a figure: back to the last sentence end or bullet, on to the next. */
function clause(text: string, start: number, end: number): { before: string; after: string } {
  const lines = text.slice(Math.max(0, start - 120), start).split(/[\n•]|[.!?؟](?=\s)/u);
  const last = lines.pop() ?? '';
  const heading = lines.filter((l) => l.trim()).at(-1) ?? '';
  // A figure alone on its line, or after a bare heading, belongs to the heading ("Annual pay range\n$75,000").
  const before = !last.trim() || (!PAY_WORD.test(last) && heading.length < 40) ? `${heading} ${last}` : last;
  const after = text.slice(end, end + 50).split(/[\n•]|[.!?؟](?=\s)|\)\s*[•\-]/u)[0] ?? '';
  return { before, after };
}

/** Said as pay: a pay word before (nearer than any non-pay word) or just after, or its own period. */
function isPay(before: string, after: string, hasCurrency: boolean, stated: boolean, fieldMode: boolean, marketplace = false): boolean {
  if (fieldMode) return true;
  // Outside a freelance marketplace a budget is the employer's money, not the worker's.
  if (!marketplace && /\bbudget\b|الميزانية|الميزانيه|ميزانية/iu.test(before.slice(-40))) return false;
  const b = before
    .replace(/(?:compensation|salary|pay)\s*(?:&|and)\s*benefits/gi, 'compensation')
    .replace(/(?:salary|compensation|pay) range/gi, 'salary');
  const lastPay = lastIndexOf(PAY_WORD, b);
  const lastNot = lastIndexOf(NOT_PAY, b);
  if (lastNot >= 0 && lastNot >= lastPay) return false;
  const notAfter = NOT_PAY.exec(after);
  if (notAfter && !ADDITIVE.test(after.slice(0, notAfter.index))) return false;
  return lastPay >= 0 || PAY_WORD.test(after.slice(0, 15)) || /^\s*\n?\s*estimated ranges?\b/i.test(after) || (stated && hasCurrency);
}

function readMatch(m: RegExpExecArray, text: string, ctx: Context): Found | null {
  const [matched, cur1, n1, k1, cur2, cur3, n2, k2, cur4] = m;
  const whole = matched.trimEnd();
  const marks = [cur1, cur2, cur3, cur4].filter((c): c is string => Boolean(c));
  // A code beats a symbol: "$1800 - $2200 AUD" is in Australian dollars.
  const curMark = marks.find((c) => /^[A-Z]{3}$/.test(c)) ?? marks[0];
  // A second figure that carries "k" lends it to the first ("35-45k USD").
  let a = amount(n1, k1 ?? (n2 && k2 && !k1 ? k2 : undefined));
  let b = n2 ? amount(n2, k2) : null;
  if (a === null) return null;
  const { before, after } = clause(text, m.index, m.index + whole.length);
  if (!curMark && !(ctx.fieldMode || /(?:salary|gehalt|راتب|الراتب|مرتب)\s*:?\s*$/iu.test(before))) return null;
  if (NOT_NUMBER_OF_MONEY.test(after) || /401\s?\(?$/.test(before)) return null;
  const stated = toPeriod(PERIOD_AFTER.exec(after)?.[1]) ?? toPeriod(PERIOD_BEFORE.exec(before)?.[1]);
  if (!isPay(before, after, Boolean(curMark), stated !== null, ctx.fieldMode, ctx.marketplace)) return null;
  if (b !== null && a > b) [a, b] = [b, a];
  // Figures twenty times apart are not one range (a misread "$60,675 - $101, 125" is not 101–60,675).
  if (b !== null && a > 0 && b / a > 20) return null;
  const max = b ?? a;
  if (max > MAX_PAY_FIGURE || max <= 0) return null;
  let min: number | null = a;
  let top: number | null = max;
  if (b === null && UP_TO.test(before)) min = null;
  else if (b === null && FROM.test(before)) top = null;
  const pay: Pay = { min, max: top, currency: toCurrency(curMark, ctx.country), period: stated };
  return {
    pay,
    evidence: whole.trim(),
    periodStated: stated !== null,
    budget: ctx.fieldMode || /budget|الميزانية|الميزانيه|ميزانية/iu.test(before),
  };
}

/** Every pay statement in the text, in order. */
export function findPayStatements(text: string, ctx: Context): Found[] {
  const folded = foldDigits(text);
  const found: Found[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(folded); m; m = MONEY.exec(folded)) {
    if (!m[2]) continue;
    if (isSignedOrExponent(folded, m.index, m.index + m[0].trimEnd().length)) continue;
    const f = readMatch(m, folded, ctx);
    // Folding keeps every character in place, so the evidence is quoted from the original.
    if (f) found.push({ ...f, evidence: text.slice(m.index, m.index + m[0].trimEnd().length).trim() });
  }
  return found;
}
