// Delivery: nodemailer over SMTP when RAQMI_SMTP_URL is set, else each mail written as an .eml
// file in RAQMI_OUTBOX so the whole flow runs on a fresh machine. Errors never carry the
// recipient's address out of this module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailContent } from '../lib/alerts/digest';

export type SendResult = { ok: true } | { ok: false; hardBounce: boolean; error: string };
export type Mailer = {
  kind: 'smtp' | 'outbox';
  send: (to: string, mail: MailContent, name: string) => Promise<SendResult>;
  close: () => void;
};

export type MailerConfig = { smtpUrl?: string; from: string; outbox: string };

type SmtpError = Error & { code?: string; responseCode?: number };

/**
 * A hard bounce is a 5xx the server gave for this recipient or this message: the address will not
 * take our mail, so the subscription stops. A 5xx about our login or the connection is our
 * configuration, not the subscriber's, and is retried like any other failure.
 */
export function isHardBounce(error: SmtpError): boolean {
  const code = error.responseCode ?? 0;
  return code >= 500 && code < 600 && (error.code === 'EENVELOPE' || error.code === 'EMESSAGE');
}

function describe(error: SmtpError): string {
  // Server texts can quote the address ("<a@b> unknown user"): keep only the codes.
  return [error.code ?? 'ERROR', error.responseCode].filter(Boolean).join(' ');
}

function message(from: string, to: string, mail: MailContent) {
  return { from, to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers };
}

export function createMailer(config: MailerConfig): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      kind: 'smtp',
      close: () => transport.close(),
      send: async (to, mail) => {
        try {
          await transport.sendMail(message(config.from, to, mail));
          return { ok: true };
        } catch (error) {
          return { ok: false, hardBounce: isHardBounce(error as SmtpError), error: describe(error as SmtpError) };
        }
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    close: () => transport.close(),
    send: async (to, mail, name) => {
      try {
        const info = await transport.sendMail(message(config.from, to, mail));
        mkdirSync(config.outbox, { recursive: true });
        writeFileSync(join(config.outbox, `${name}.eml`), info.message as Buffer);
        return { ok: true };
      } catch (error) {
        return { ok: false, hardBounce: false, error: describe(error as SmtpError) };
      }
    },
  };
}
