import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

/** @public */
export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Real SMTP (SMTP_URL), also in tests, which run an in-process SMTP server. */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

/**
 * Development without SMTP_URL: mails go to the log, so a newcomer can still follow an
 * invitation or reset link. Production refuses to start without SMTP_URL.
 */
export function createLogMailer(log: FastifyBaseLogger): Mailer {
  return {
    send(message) {
      log.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, 'mail not sent (no SMTP_URL); shown here');
      return Promise.resolve();
    },
    close: () => undefined,
  };
}

/**
 * Sends without making the request wait: the answer to the user must not depend on
 * whether (or how fast) a mail went out, or it would tell whether an address exists.
 */
export function sendInBackground(mailer: Mailer, message: MailMessage, log: FastifyBaseLogger): void {
  mailer.send(message).catch((err: unknown) => log.error({ err, subject: message.subject }, 'mail could not be sent'));
}
