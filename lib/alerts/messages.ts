// What alert mails and pages say, in the subscription's language. Kept apart from the site's
// dictionary (lib/i18n.ts) so the mail text can change without touching every page.
import { arabicCount, type UiLocale } from '../i18n';

export type Frequency = 'daily' | 'weekly';
export const FREQUENCIES = ['daily', 'weekly'] as const satisfies readonly Frequency[];

const en = {
  newJobs: (count: number, n: string) => (count === 1 ? '1 new job' : `${n} new jobs`),
  allJobs: 'All jobs',
  withSearch: 'a word search',
  intro: (view: string) => `New jobs on Raqmi for your view: ${view}.`,
  showingFirst: (shown: string, total: string) => `Showing the first ${shown} of ${total}.`,
  fullView: 'See the whole view on Raqmi',
  company: 'Company',
  workplace: 'Workplace',
  engagement: 'Engagement',
  pay: 'Pay',
  place: 'Place',
  frequencyNames: { daily: 'daily', weekly: 'weekly' } as Record<Frequency, string>,
  why: (f: string) => `You get this ${f} mail because you subscribed to this view on Raqmi.`,
  unsubscribe: 'Unsubscribe',
  manage: 'Change how often',
  confirmSubject: 'Confirm your Raqmi job alert',
  confirmBody: (view: string, f: Frequency) =>
    `Someone (hopefully you) asked for a ${en.frequencyNames[f]} mail of new jobs for this view on Raqmi: ${view}.`,
  confirmAction: 'Confirm the alert',
  confirmIgnore: 'If it was not you, ignore this mail: nothing will be sent and the request is deleted in 7 days.',
};

export type MailMessages = typeof en;

const ar: MailMessages = {
  // Arabic counts agree with the noun: 1 and 2 have their own forms, 3–10 take the plural.
  newJobs: (count, n) =>
    arabicCount(count, n, { one: 'وظيفة جديدة واحدة', two: 'وظيفتان جديدتان', few: '# وظائف جديدة', many: '# وظيفة جديدة' }),
  allJobs: 'كل الوظائف',
  withSearch: 'بحث بكلمات',
  intro: (view) => `وظائف جديدة على رقمي للعرض الذي اشتركت فيه: ${view}.`,
  showingFirst: (shown, total) => `نعرض أول ${shown} من ${total}.`,
  fullView: 'اعرض القائمة كاملة على رقمي',
  company: 'الشركة',
  workplace: 'مكان العمل',
  engagement: 'نوع التعاقد',
  pay: 'الأجر',
  place: 'المكان',
  frequencyNames: { daily: 'اليومية', weekly: 'الأسبوعية' },
  why: (f) => `تصلك هذه الرسالة ${f} لأنك اشتركت في هذا العرض على رقمي.`,
  unsubscribe: 'إلغاء الاشتراك',
  manage: 'تغيير عدد الرسائل',
  confirmSubject: 'أكّد تنبيه الوظائف من رقمي',
  // "رسالة" here is indefinite, so its adjective is too; frequencyNames are definite, for "هذه الرسالة اليومية".
  confirmBody: (view, f) =>
    `طلب أحدهم (نأمل أن تكون أنت) رسالة ${f === 'daily' ? 'يومية' : 'أسبوعية'} بالوظائف الجديدة لهذا العرض على رقمي: ${view}.`,
  confirmAction: 'تأكيد التنبيه',
  confirmIgnore: 'إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُرسل شيء وسيُحذف الطلب خلال ٧ أيام.',
};

export function mailMessages(locale: UiLocale): MailMessages {
  return locale === 'ar' ? ar : en;
}

export const SITE_NAME: Record<UiLocale, string> = { en: 'Raqmi', ar: 'رقمي' };
