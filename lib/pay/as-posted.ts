// A posting page shows the pay as read ("$60,000–90,000 a year") and may add the board's own
// salary text. Shown every time, it repeated the figure in other words ("USD 60,000–90,000 /
// year"); it is worth a line only when it says something the page does not: other or more figures,
// a condition ("+ equity"), or words alone ("Competitive").
import { findPayStatements, type Pay } from './extract';

// The period words the figure already says ("/ year", "per annum", "شهريًا"), once the figures
// they follow have been read the same.
const PERIOD_WORDS =
  /\b(?:per|a|an|each|every|hourly|hours?|hrs?|daily|days?|weekly|weeks?|monthly|months?|mo|yearly|years?|yrs?|annum|annual|annually|p\.?a\.?|project)\b|شهري(?:ًا|ا|ة)?|في الشهر|سنوي(?:ًا|ا|ة)?|في السنة|بالساعة|في الساعة|يومي(?:ًا|ا)?|أسبوعي(?:ًا|ا)?|للمشروع/giu;

/** Does the board's text say the same pay as `pay`, and nothing besides? */
function saysOnly(salary: string, pay: Pay, country: string | null): boolean {
  const found = findPayStatements(salary, { country, fieldMode: true });
  const read = found[0];
  if (found.length !== 1 || !read) return false;
  // A mark or period the text leaves out is one the figure adds, not a difference.
  const same =
    read.pay.min === pay.min &&
    read.pay.max === pay.max &&
    (read.pay.currency ?? pay.currency) === pay.currency &&
    (read.pay.period ?? pay.period) === pay.period;
  const rest = salary.replace(read.evidence, ' ').replace(PERIOD_WORDS, ' ');
  return same && !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * The board's salary text to show beside the pay read, or null when the page says it all already:
 * the text repeats the figure, or the figure's quoted evidence is the text itself.
 */
export function salaryAsPosted(salary: string | null, pay: Pay | null, quoted: string | undefined, country: string | null): string | null {
  if (!salary?.trim()) return null;
  if (!pay) return salary;
  if (quoted?.trim() === salary.trim() || saysOnly(salary, pay, country)) return null;
  return salary;
}
