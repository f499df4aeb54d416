import { createTranslator, type Translate } from '../../../platform/i18n/i18n.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import en from '../messages.en.json' with { type: 'json' };
import nl from '../messages.nl.json' with { type: 'json' };

/** Mails to other people than the one acting go out in Dutch: we do not know their language. */
export const dutch: Translate = createTranslator({ nl, en }, 'nl');

type Params = Record<string, string | number>;

function mail(t: Translate, to: string, name: string, params: Params): MailMessage {
  return { to, subject: t(`help.mail.${name}.subject`, params), text: t(`help.mail.${name}.body`, params) };
}

/** To the requester: the request is in, with their personal link. */
export const confirmationMail = (
  t: Translate,
  to: string,
  p: { name: string; scheme: string; link: string; days: number; phone: string },
) => mail(t, to, 'confirmation', p);

/** To the volunteer: will you help? Links to accept or decline, no contact details yet. */
export const proposalMail = (
  to: string,
  p: { name: string; scheme: string; talent: string; buurt: string; what: string; link: string; until: string },
) => mail(dutch, to, 'proposal', p);

/** To the coordinator who proposed: the volunteer's answer, or no answer in time. */
export const answerMail = (to: string, answer: 'accepted' | 'declined' | 'expired', p: { volunteer: string; link: string; note: string }) =>
  mail(dutch, to, `answer.${answer}`, p);

/** To the requester: someone will come. */
export const matchedMail = (to: string, p: { name: string; scheme: string; link: string }) => mail(dutch, to, 'matched', p);

/** To the volunteer: the requester withdrew; no need to go. */
export const withdrawnMail = (to: string, p: { volunteer: string; scheme: string; talent: string }) => mail(dutch, to, 'withdrawn', p);

/** To the buurt's coordinators: the requester should hear back soon. */
export const reminderMail = (to: string, p: { name: string; count: number; date: string; link: string }) => mail(dutch, to, 'reminder', p);
