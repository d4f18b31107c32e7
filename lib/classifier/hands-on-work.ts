// Work that can only be done where the thing is: driving a vehicle, running machines, sterilising
// instruments, cleaning premises, cooking, guarding, loading goods, installing and repairing
// equipment, caring for patients. Some boards tag every title "remote" / "عن بعد" whatever the job
// (a truck driver "عن بُعد"); the taxonomy's remote is work done entirely away from a workplace
// (§3), which such duties rule out. Each phrase names the physical object of the work, so "drive
// growth", "operate the CRM" and "install the tracking pixel" stay out.
import { phrases, test } from './lexicon';
import type { Sentence } from './segment';

const HANDS_ON = phrases(
  'drive a truck',
  'drive a van',
  'drive a delivery van',
  'drive the truck',
  'drive the van',
  'drive a vehicle',
  'drive a forklift',
  'operate a forklift',
  'operate forklifts',
  'operate heavy machinery',
  'operate the machines',
  'operate production machinery',
  'load and unload',
  'loading and unloading',
  'stock shelves',
  'clean the premises',
  'clean rooms',
  'prepare meals',
  'patient care',
  'sterilise instruments',
  'sterilize instruments',
  'install and repair',
  'install and maintain equipment',
  'قياده الشاحنه',
  'قياده السياره',
  'قياده المركبه',
  'قياده الحافله',
  'قياده الباص',
  'قياده الدراجه',
  'قياده الرافعه',
  'تشغيل اجهزه التعقيم',
  'تشغيل المعدات',
  'تشغيل الالات',
  'تشغيل الماكينات',
  'تشغيل الرافعه',
  'تعقيم الادوات',
  'عمليات التعقيم',
  'تحميل وتفريغ',
  'تحميل البضائع',
  'تفريغ البضائع',
  'رص البضائع',
  'ترتيب الرفوف',
  'تنظيف الغرف',
  'تنظيف المكان',
  'تحضير الوجبات',
  'طهي الوجبات',
  'رعايه المرضى',
  'تركيب وصيانه',
  'صيانه المكيفات',
  'تركيب المكيفات',
);

/** The first sentence, title aside, whose duty needs the person at the place of work. */
export function handsOnDuty(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((s) => s.part !== 'title' && s.part !== 'company' && s.part !== 'benefits' && test(HANDS_ON, s.norm));
}
