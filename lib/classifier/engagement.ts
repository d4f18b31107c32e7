// Engagement: freelance / contract work versus a staff position (taxonomy §2).
import type { Engagement, Hints } from '../taxonomy';
import { findAll, phrases, test } from './lexicon';
import type { Sentence } from './segment';

const FREELANCE = phrases(
  'freelance', 'freelancer', 'freelancing', 'contractor', 'independent contractor', '1099', 'b2b contract',
  'contract role', 'contract position', 'contract basis', 'contract-based', 'on a contract', 'contract job',
  'contract opportunity', 'per project', 'project basis', 'project-based', 'project based', 'gig', 'hourly contract',
  'fixed-term project', 'freelance / project', 'freiberuflich', 'freie mitarbeit', 'auf honorarbasis',
  'عمل حر', 'فريلانس', 'فري لانس', 'مستقل', 'بالمشروع', 'بالقطعه', 'بنظام العقد المؤقت', 'بنظام المشروع', 'بنظام الفريلانس', 'عقد مؤقت',
);
// Mentions of freelancers that say nothing about this job's engagement.
const NOT_FREELANCE = phrases(
  'manage freelancers', 'managing freelancers', 'freelancers and agencies', 'agencies and freelancers',
  'freelance writers', 'freelance designers', 'network of freelancers', 'work independently', 'independently',
  'contract negotiation*', 'contracts', 'contract management', 'negotiate contracts', 'government contract*',
  'contractors and', 'external freelancers', 'ادارة المستقلين', 'بشكل مستقل', 'مستقل ذاتيا',
);
const EMPLOYEE = phrases(
  'full-time', 'full time', 'fulltime', 'part-time', 'part time', 'permanent', 'internship', 'intern',
  'working student', 'werkstudent*', 'vollzeit', 'teilzeit', 'festanstellung', 'unbefristet*', 'ausbildung', 'praktikum',
  'salary', 'salaried', 'health insurance', 'paid time off', 'pto', '401k', '401(k)', 'pension', 'paid leave',
  'parental leave', 'annual leave', 'employee benefits', 'equity', 'stock options', 'gehalt', 'urlaubstage',
  'دوام كامل', 'دوام جزئي', 'وظيفه دائمه', 'تدريب', 'راتب', 'تامين صحي', 'تامينات', 'تامين اجتماعي', 'اجازه', 'اجازات', 'دوام',
);
const STAFF_FIELD = /full|part|permanent|intern|employee|staff|werkstudent|vollzeit|teilzeit|festanstellung|دوام|دائم|تدريب|trainee|apprentice/i;
const FREELANCE_FIELD = /freelance|contract|contractor|project|temporary|gig|1099|مستقل|حر|مشروع|عقد/i;

type Signal = { kind: 'freelance' | 'employee'; evidence: string; strong: boolean };

function signals(sentences: readonly Sentence[]): Signal[] {
  const out: Signal[] = [];
  for (const s of sentences) {
    if (s.part === 'company') continue;
    const blocked = findAll(NOT_FREELANCE, s.norm);
    const inBlocked = (i: number) => blocked.some((b) => i >= b.index && i < b.end);
    for (const h of findAll(FREELANCE, s.norm)) {
      if (inBlocked(h.index)) continue;
      // مستقل alone is "independent"; as a role it needs to be about the person hired.
      if (/مستقل/.test(h.text) && !/(عمل|بشكل|كمستقل|مستقلين|فريلانسر)/.test(s.norm) && s.part !== 'title') continue;
      out.push({ kind: 'freelance', evidence: s.original, strong: s.part === 'title' || /freelance|contractor|1099|فريلانس|عمل حر/.test(h.text) });
      break;
    }
    for (const h of findAll(EMPLOYEE, s.norm)) {
      // "part-time contract" still reads as staff; "equity" and "intern" are weak alone.
      out.push({ kind: 'employee', evidence: s.original, strong: /full|part|permanent|vollzeit|teilzeit|festanstellung|دوام|دائم|intern|werkstudent|working student|praktikum|ausbildung|تدريب/.test(h.text) });
      break;
    }
  }
  return out;
}

export function decideEngagement(
  sentences: readonly Sentence[],
  hints: Hints,
  freelanceMarketplace: boolean,
): { engagement: Engagement; evidence: string[] } {
  const found = signals(sentences);
  const titleFreelance = found.find((s) => s.kind === 'freelance' && sentences[0]?.original === s.evidence);
  if (titleFreelance) return { engagement: 'freelance', evidence: [titleFreelance.evidence] };
  const freelance = found.filter((s) => s.kind === 'freelance');
  const employee = found.filter((s) => s.kind === 'employee');
  const strongFreelance = freelance.find((s) => s.strong);
  const strongEmployee = employee.find((s) => s.strong);
  if (strongFreelance && !strongEmployee) return { engagement: 'freelance', evidence: [strongFreelance.evidence] };
  if (strongEmployee && !strongFreelance) {
    // A contractor paid hourly is still freelance; a staff contract with benefits is employee.
    return { engagement: 'employee', evidence: [strongEmployee.evidence] };
  }

  const field = hints.employmentType?.trim();
  if (field) {
    if (STAFF_FIELD.test(field)) return { engagement: 'employee', evidence: [`employmentType: ${field}`] };
    if (FREELANCE_FIELD.test(field)) return { engagement: 'freelance', evidence: [`employmentType: ${field}`] };
  }
  if (strongFreelance && strongEmployee) {
    return { engagement: 'freelance', evidence: [strongFreelance.evidence] };
  }
  if (freelance[0] && !employee.length) return { engagement: 'freelance', evidence: [freelance[0].evidence] };
  if (employee[0]) return { engagement: 'employee', evidence: [employee[0].evidence] };
  if (freelance[0]) return { engagement: 'freelance', evidence: [freelance[0].evidence] };
  if (freelanceMarketplace) return { engagement: 'freelance', evidence: ['freelance marketplace project'] };
  return { engagement: 'unknown', evidence: [] };
}

export { test };
