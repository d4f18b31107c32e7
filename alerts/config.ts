// What the digest job and the sign-up need from the environment, read once (lib/env.ts).
import type { Db } from '../db/client';
import { alertSecret } from '../db/queries/alerts';
import { env, publicOrigin } from '../lib/env';
import { createMailer, type Mailer } from './mailer';

export function mailerFromEnv(): Mailer {
  const e = env();
  return createMailer({ smtpUrl: e.RAQMI_SMTP_URL, from: e.RAQMI_MAIL_FROM, outbox: e.RAQMI_OUTBOX });
}

export function alertContext(db: Db): { secret: string; origin: string } {
  return { secret: alertSecret(db, env().RAQMI_SECRET), origin: publicOrigin() };
}
