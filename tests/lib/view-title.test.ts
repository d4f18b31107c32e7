// A view's name (feed title, alert subject) names every filter a reader chose, in the UI's
// language: a feed of "jobs open to Egypt" is not titled like the feed of all jobs.
import { describe, expect, it } from 'vitest';
import { composeConfirmation } from '../../lib/alerts/digest';
import { viewLabel } from '../../lib/alerts/view';
import { parseFilters } from '../../lib/filters';
import { viewTitle } from '../../lib/view-title';

const title = (qs: string, locale: 'en' | 'ar') => viewTitle(parseFilters(new URLSearchParams(qs)), locale);

describe('view names', () => {
  it('name the pay and place filters', () => {
    expect(title('open_to=EG', 'en')).toBe('Open to Egypt — Raqmi');
    expect(title('open_to=EG', 'ar')).toBe('متاحة من مصر — رقمي');
    expect(title('pay=1&workplace=remote', 'en')).toBe('Remote · Pay stated — Raqmi');
    expect(title('pay_min=3000&pay_currency=EGP&pay_period=month', 'en')).toBe('from 3,000 EGP a month — Raqmi');
    expect(title('pay_min=3000&pay_currency=EGP&pay_period=month', 'ar')).toBe('من ٣٬٠٠٠ ج.م شهريًا — رقمي');
  });

  // Tester's report: "/feed.xml?open_to=EG" and "…&open_to_unknown=1" were both "Open to Egypt —
  // Raqmi", though the second also carries jobs that do not say where they are open to.
  it('say that a place view includes jobs whose eligibility is not stated', () => {
    expect(title('open_to=EG&open_to_unknown=1', 'en')).toBe('Open to Egypt or not stated — Raqmi');
    expect(title('open_to=EG&open_to_unknown=1', 'ar')).toBe('متاحة من مصر أو غير محدد — رقمي');
    expect(title('open_to=EG&open_to_unknown=1', 'en')).not.toBe(title('open_to=EG', 'en'));
    expect(viewLabel('open_to=EG&open_to_unknown=1', 'en')).toBe('Open to Egypt or not stated');
  });

  it('are the same in a feed title and an alert subject', () => {
    const qs = 'workplace=remote&engagement=freelance&skills=seo&open_to=SA&days=7';
    expect(title(qs, 'en')).toBe(`${viewLabel(qs, 'en')} — Raqmi`);
    expect(title(qs, 'ar')).toBe(`${viewLabel(qs, 'ar')} — رقمي`);
  });

  it('keep their own direction: a search carrying a right-to-left override cannot reverse the rest of the title', () => {
    // U+202E would show "— Raqmi" mirrored after the search in a feed reader's list.
    expect(title('q=%E2%80%AEseo%E2%80%AC&workplace=remote', 'en')).toBe('Remote · “seo” — Raqmi');
    expect(title('q=%E2%81%A7seo%E2%81%A9', 'ar')).toBe('«seo» — رقمي');
  });

  it('say what is not stated: two unknown facts are not "Not stated · Not stated"', () => {
    expect(title('workplace=unknown&engagement=unknown', 'en')).toBe('Workplace not stated · Contract not stated — Raqmi');
    expect(title('workplace=unknown&engagement=unknown', 'ar')).toBe('مكان العمل غير محدد، نوع التعاقد غير محدد — رقمي');
  });

  // A search with its own quotes was put in quotes again: “"content marketing"”.
  it('show a search with phrases in quotes in the UI quotes, without quotes inside quotes', () => {
    expect(title('q=%22content+marketing%22', 'en')).toBe('“content marketing” — Raqmi');
    expect(title('q=%22content+marketing%22+remote', 'en')).toBe('“content marketing” remote — Raqmi');
    expect(title('q=%22content+marketing%22+remote', 'ar')).toBe('«content marketing» remote — رقمي');
    expect(title('q=seo+%22social+media', 'en')).toBe('seo “social media” — Raqmi');
    expect(title('q=seo+ads', 'en')).toBe('“seo ads” — Raqmi');
  });

  it('shorten a long search', () => {
    expect(title(`q=${'a'.repeat(200)}`, 'en').length).toBeLessThan(60);
  });

  // Tester's report: "آخر ١ أيام". Arabic counts agree with their noun: يوم, يومين, ٣–١٠ أيام,
  // ١١–٩٩ يومًا (and ١٠٠ يوم); English has "1 day" too.
  it.each([
    ['days=1', 'Remote · last day — Raqmi', 'عن بعد، آخر يوم — رقمي'],
    ['days=7', 'Remote · last 7 days — Raqmi', 'عن بعد، آخر ٧ أيام — رقمي'],
    ['days=30', 'Remote · last 30 days — Raqmi', 'عن بعد، آخر ٣٠ يومًا — رقمي'],
  ])('count "posted within" days with the right noun form (%s)', (qs, en, ar) => {
    expect(title(`workplace=remote&${qs}`, 'en')).toBe(en);
    expect(title(`workplace=remote&${qs}`, 'ar')).toBe(ar);
  });
});

describe('the confirmation mail of a place view', () => {
  it.each([
    ['en', 'Open to Egypt or not stated'],
    ['ar', 'متاحة من مصر أو غير محدد'],
  ] as const)('in %s says the view includes jobs whose eligibility is not stated', (locale, label) => {
    const view = 'open_to=EG&open_to_unknown=1';
    const mail = composeConfirmation({ view, locale, frequency: 'daily', origin: 'https://raqmi.example', confirmToken: 't' });
    expect(mail.text).toContain(label);
  });
});
