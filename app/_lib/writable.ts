// What must write (an alert sign-up, later) goes through whenWritable: on a read-only database (a
// replica, a read-only mount) it answers 503 with a message a reader can act on, instead of a
// 500, and nothing is half-saved.
import { isReadOnlyError, isSiteReadOnly } from '../../db/queries/connection';

export const READ_ONLY_MESSAGE =
  'Raqmi is read-only at the moment: everything can be read, but nothing can be saved. Please try again later.\n' +
  'رقمي للقراءة فقط حاليًا: يمكن تصفّح كل شيء، لكن لا يمكن حفظ أي شيء. حاول مرة أخرى لاحقًا.\n';

export function readOnlyResponse(): Response {
  return new Response(READ_ONLY_MESSAGE, {
    status: 503,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'retry-after': '600',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** Runs `write` unless the database is read-only; a write SQLite refuses also answers 503. */
export async function whenWritable(write: () => Response | Promise<Response>, readOnly: () => boolean = isSiteReadOnly): Promise<Response> {
  if (readOnly()) return readOnlyResponse();
  try {
    return await write();
  } catch (error) {
    if (isReadOnlyError(error)) return readOnlyResponse();
    throw error;
  }
}
