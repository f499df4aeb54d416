import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The same content in HTML, for mail clients that show it (the text stays the source of truth). */
  html?: string;
  attachments?: MailAttachment[];
  /** Extra headers, e.g. List-Unsubscribe and Auto-Submitted on recurring mails. */
  headers?: Record<string, string>;
}

/** A mail as the outbox hands it over: with the Message-ID it keeps across retries. */
interface OutgoingMail extends MailMessage {
  messageId: string;
}

export interface Mailer {
  send(message: OutgoingMail): Promise<void>;
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
 * invitation or reset link; attachments (an invitation's .ics) are saved under the data
 * folder and named in the log. Production refuses to start without SMTP_URL.
 */
export function createLogMailer(log: FastifyBaseLogger, dataDir: string): Mailer {
  return {
    send(message) {
      const saved = (message.attachments ?? []).map((a) => {
        const folder = join(dataDir, 'mail', message.messageId.replace(/[^\w.-]/g, '_'));
        mkdirSync(folder, { recursive: true });
        const file = join(folder, a.filename.replace(/[^\w.-]/g, '_'));
        writeFileSync(file, a.content);
        return file;
      });
      const mail = {
        to: message.to,
        subject: message.subject,
        text: message.text,
        headers: message.headers,
        attachments: saved,
        html: message.html !== undefined,
      };
      log.info({ mail }, 'mail not sent (no SMTP_URL); shown here');
      return Promise.resolve();
    },
    close: () => undefined,
  };
}
