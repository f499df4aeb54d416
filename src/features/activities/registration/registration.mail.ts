import type { Translate } from '../../../platform/i18n/i18n.ts';
import type { Activity } from '../agenda/activities.repository.ts';
import { amsterdamParts } from '../../../platform/calendar/amsterdam-time.ts';

/** The words every mail about a registration shares: what, when, where, and how to cancel. */
export interface RegistrationMailFacts {
  activity: Pick<Activity, 'title' | 'contactName' | 'contactPhone' | 'contactEmail'>;
  startsAt: string;
  place: string;
  name: string;
  cancelLink: string;
  /** Why it does not go on, for the mail that says so. */
  reason?: string;
}

function params(facts: RegistrationMailFacts) {
  const [date, time] = amsterdamParts(facts.startsAt);
  const contact = [facts.activity.contactName, facts.activity.contactPhone, facts.activity.contactEmail]
    .filter((s) => s !== null && s !== '')
    .join(', ');
  return {
    title: facts.activity.title,
    date,
    time,
    place: facts.place,
    name: facts.name,
    link: facts.cancelLink,
    contact,
    reason: facts.reason ?? '',
  };
}

/** Confirmation (a place or the waiting list), moving up, the reminder the day before, or that it does not go on. */
export function registrationMail(
  t: Translate,
  kind: 'confirmed' | 'waiting' | 'movedUp' | 'reminder' | 'cancelled',
  to: string,
  facts: RegistrationMailFacts,
): { to: string; subject: string; text: string } {
  const p = params(facts);
  return { to, subject: t(`activities.mail.${kind}.subject`, p), text: t(`activities.mail.${kind}.body`, p) };
}
