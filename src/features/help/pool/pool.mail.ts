import { createTranslator } from '../../../platform/i18n/i18n.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import en from './messages.en.json' with { type: 'json' };
import nl from './messages.nl.json' with { type: 'json' };

/** Mails to residents go out in Dutch: we do not know their language. */
const dutch = createTranslator({ nl, en }, 'nl');

/** To the resident: thank you for wanting to contribute; a coordinator will get in touch. */
export function poolMail(to: string, p: { name: string; link: string }): MailMessage {
  return { to, subject: dutch('help.pool.mail.subject', p), text: dutch('help.pool.mail.body', p) };
}
