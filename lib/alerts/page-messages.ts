// What the alert pages (sign-up answer, confirm, unsubscribe, manage) and the form say.
import type { UiLocale } from '../i18n';

// A view named in quotes may hold a quoted search itself: the inner quotes alternate, as in print
// (“Remote · ‘seo’”, «عن بعد، “seo”»), so the reader does not see one quotation end too early.
const innerEn = (view: string) => view.replace(/“/g, '‘').replace(/”/g, '’');
const innerAr = (view: string) => view.replace(/«/g, '“').replace(/»/g, '”');

const en = {
  formTitle: 'Get these jobs by email',
  emailLabel: 'Email address',
  daily: 'Daily',
  weekly: 'Weekly',
  frequencyLabel: 'How often',
  submit: 'Send me new jobs',
  outboxNote: 'No mail server is configured here: mails are written to the outbox folder on the server.',
  checkInboxTitle: 'Check your inbox',
  checkInbox:
    'If the address can receive mail, a confirmation link is on its way. Nothing is sent until you click it; the link is valid for 7 days.',
  checkOutbox: 'No mail server is configured: the confirmation mail was written to the outbox folder on the server.',
  invalidEmailTitle: 'That address does not look right',
  invalidEmail: 'Go back and check the email address.',
  rateLimitedTitle: 'Too many sign-ups',
  // The limit counts per UTC clock hour (db/queries/alerts-rate.ts): "since 13:00", not "in the last hour".
  rateLimited: (since: string, until: string) => `Too many sign-ups came from here since ${since} UTC. Try again after ${until} UTC.`,
  forbiddenTitle: 'Sign-up refused',
  forbidden: 'This form must be sent from a Raqmi page.',
  signUpInvalid: 'Nothing was stored. Go back, choose daily or weekly, and send the form again.',
  signUpTooLarge: 'The form sent was too large to read (over 16 KB), so nothing was stored.',
  badLinkTitle: 'This link does not work',
  badLink: 'It is invalid, has expired, or the alert no longer exists. You can sign up again from any list of jobs.',
  goneTitle: 'You are unsubscribed',
  gone: 'No more mail will be sent to this address for this alert. You can sign up again from any list of jobs.',
  saveRefusedTitle: 'Changes not saved',
  saveInvalid: 'Nothing was changed. Go back, choose daily or weekly, and press Save again.',
  saveTooLarge: 'The form sent was too large to read (over 16 KB), so nothing was changed.',
  confirmTitle: 'Confirm your job alert',
  confirmAsk: (view: string, f: 'daily' | 'weekly') =>
    `Confirm, and a ${f} mail of new jobs for “${view}” will come to the address this link was sent to.`,
  confirmButton: 'Confirm the alert',
  confirmIgnore: 'If you did not ask for it, close this page: nothing will be sent, and the request is deleted in 7 days.',
  confirmedTitle: 'Alert confirmed',
  confirmed: (view: string) => `You will get new jobs for “${view}” by email.`,
  seeView: 'See the jobs now',
  unsubscribeTitle: 'Unsubscribe from this alert?',
  unsubscribeButton: 'Unsubscribe',
  orChange: 'Or get fewer mails:',
  save: 'Save',
  unsubscribedTitle: 'Unsubscribed',
  unsubscribed: 'Your address has been deleted. No more mail will be sent.',
  manageTitle: 'Your job alert',
  current: (view: string, f: string) => `View: “${innerEn(view)}”, ${f}.`,
  saved: (f: string) => `From now on the mail is ${f}.`,
  backToJobs: 'Back to the jobs',
  frequencyNames: { daily: 'daily', weekly: 'weekly' } as Record<string, string>,
};

export type PageMessages = typeof en;

const ar: PageMessages = {
  formTitle: 'استلم هذه الوظائف بالبريد',
  emailLabel: 'البريد الإلكتروني',
  daily: 'يومياً',
  weekly: 'أسبوعياً',
  frequencyLabel: 'كم مرة',
  submit: 'أرسل لي الوظائف الجديدة',
  outboxNote: 'لا يوجد خادم بريد مُعدّ هنا: تُكتب الرسائل في مجلد الصادر على الخادم.',
  checkInboxTitle: 'تفقّد بريدك',
  checkInbox: 'إن كان العنوان يستقبل البريد فرابط التأكيد في الطريق. لن يُرسل شيء قبل أن تضغطه؛ الرابط صالح ٧ أيام.',
  checkOutbox: 'لا يوجد خادم بريد مُعدّ: كُتبت رسالة التأكيد في مجلد الصادر على الخادم.',
  invalidEmailTitle: 'يبدو أن العنوان غير صحيح',
  invalidEmail: 'ارجع وتحقق من عنوان البريد.',
  rateLimitedTitle: 'طلبات اشتراك كثيرة',
  rateLimited: (since, until) =>
    `وصلت طلبات اشتراك كثيرة من هنا منذ الساعة ${since} بتوقيت UTC. حاول مرة أخرى بعد الساعة ${until} بتوقيت UTC.`,
  forbiddenTitle: 'رُفض الاشتراك',
  forbidden: 'يجب إرسال هذا النموذج من إحدى صفحات رقمي.',
  signUpInvalid: 'لم يُحفظ شيء. ارجع واختر «يومياً» أو «أسبوعياً» ثم أرسل النموذج مرة أخرى.',
  signUpTooLarge: 'النموذج المُرسَل أكبر من أن يُقرأ (أكثر من ١٦ كيلوبايت)، فلم يُحفظ شيء.',
  badLinkTitle: 'هذا الرابط لا يعمل',
  badLink: 'الرابط غير صالح أو انتهت مدته أو لم يعد التنبيه موجوداً. يمكنك الاشتراك من جديد من أي قائمة وظائف.',
  goneTitle: 'أُلغي اشتراكك',
  gone: 'لن تُرسل بعد الآن أي رسالة إلى هذا العنوان عن هذا التنبيه. يمكنك الاشتراك من جديد من أي قائمة وظائف.',
  saveRefusedTitle: 'لم تُحفظ التغييرات',
  saveInvalid: 'لم يتغيّر شيء. ارجع واختر «يومياً» أو «أسبوعياً» ثم اضغط «حفظ» مرة أخرى.',
  saveTooLarge: 'النموذج المُرسَل أكبر من أن يُقرأ (أكثر من ١٦ كيلوبايت)، فلم يتغيّر شيء.',
  confirmTitle: 'أكّد تنبيه الوظائف',
  // "رسالة يومية": the adjective follows an indefinite noun.
  confirmAsk: (view, f) =>
    `أكّد لتصلك رسالة ${f === 'daily' ? 'يومية' : 'أسبوعية'} بالوظائف الجديدة لـ«${view}» على العنوان الذي أُرسل إليه هذا الرابط.`,
  confirmButton: 'تأكيد التنبيه',
  confirmIgnore: 'إن لم تطلبه، فأغلق هذه الصفحة: لن يُرسل شيء وسيُحذف الطلب خلال ٧ أيام.',
  confirmedTitle: 'تم تأكيد التنبيه',
  confirmed: (view) => `ستصلك الوظائف الجديدة لـ«${view}» بالبريد.`,
  seeView: 'اعرض الوظائف الآن',
  unsubscribeTitle: 'إلغاء الاشتراك في هذا التنبيه؟',
  unsubscribeButton: 'إلغاء الاشتراك',
  orChange: 'أو قلّل عدد الرسائل:',
  save: 'حفظ',
  unsubscribedTitle: 'أُلغي الاشتراك',
  unsubscribed: 'حُذف عنوانك. لن تصلك رسائل أخرى.',
  manageTitle: 'تنبيه الوظائف',
  current: (view, f) => `العرض: «${innerAr(view)}»، ${f}.`,
  saved: (f) => `من الآن تصلك الرسالة ${f}.`,
  backToJobs: 'العودة إلى الوظائف',
  frequencyNames: { daily: 'يومياً', weekly: 'أسبوعياً' },
};

export function pageMessages(locale: UiLocale): PageMessages {
  return locale === 'ar' ? ar : en;
}
