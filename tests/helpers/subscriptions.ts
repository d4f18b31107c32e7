// A confirmed daily subscription, as a sign-up and its confirmation click leave it: the start of
// every digest test that is not about signing up.
import type { Db } from '../../db/client';
import { confirmSubscription, upsertSignUp } from '../../db/queries/alerts';

type Options = { email?: string; lang?: 'en' | 'ar'; view?: string; at: string | number };

export function confirmedSubscription(db: Db, { email = 'r@example.org', lang = 'en', view = '', at }: Options): number {
  const now = typeof at === 'number' ? at : Date.parse(at);
  const { id } = upsertSignUp(db, { email, emailKey: email, lang, view, frequency: 'daily', now });
  confirmSubscription(db, id, now);
  return id;
}
