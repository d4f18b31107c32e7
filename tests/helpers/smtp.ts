// A real SMTP server on loopback in the test process (smtp-server), with mailparser reading what
// it receives. `answer` decides each recipient's and each message's fate, so tests can make it
// bounce, fail for now, or hang while the sender is killed.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

export type SmtpHooks = {
  /** Reply for RCPT TO: undefined accepts; an object rejects with that SMTP code. */
  rcpt?: (address: string) => { code: number; message: string } | undefined;
  /** Called once a whole message arrived; `reply` sends the server's answer (default: accept). */
  data?: (mail: ParsedMail, reply: (error?: Error & { responseCode?: number }) => void) => void;
};

export type TestSmtp = { url: string; mails: ParsedMail[]; close: () => Promise<void>; hooks: SmtpHooks };

export async function startSmtp(hooks: SmtpHooks = {}): Promise<TestSmtp> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = hooks.rcpt?.(address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream: SMTPServerDataStream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          if (hooks.data) hooks.data(mail, (error) => callback(error ?? null));
          else callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, hooks, close: () => new Promise((done) => server.close(() => done())) };
}

/** The link in a mail's text part that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const match = (mail.text ?? '').split(/\s+/).find((w) => w.startsWith(prefix));
  if (!match) throw new Error(`no ${prefix} link in the mail`);
  return match;
}
