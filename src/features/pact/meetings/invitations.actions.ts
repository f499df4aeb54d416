import { queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { listMembers } from '../steering/steering.repository.ts';
import { calendarText, type CalendarPerson } from '../../../platform/calendar/ical.ts';
import { calendarEvent, meetingUrl, venueLine } from './meeting-event.rules.ts';
import { markInvited, type MeetingSummary } from './meetings.repository.ts';

/** Who is invited: the steering group to its own meetings; to all others every partner's contact person too. */
async function recipients(trx: DbOrTx, district: District, meeting: MeetingSummary): Promise<CalendarPerson[]> {
  const steering = await listMembers(trx, district.id, meeting.startsAt.slice(0, 10));
  const partners = meeting.kind === 'steering' ? [] : (await listPartners(trx, district.id)).flatMap((p) => p.contact ?? []);
  const byEmail = new Map<string, CalendarPerson>();
  for (const { name, email } of [...steering, ...partners])
    if (email !== null && email !== '' && !byEmail.has(email)) byEmail.set(email, { name, email });
  return [...byEmail.values()].sort((a, b) => a.email.localeCompare(b.email));
}

/** The sender of the portal's mail (`MAIL_FROM`, "Name <address>") as the organiser replies go to. */
function organizerOf(mailFrom: string, fallbackName: string): CalendarPerson {
  const named = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return named ? { name: named[1]?.trim() || fallbackName, email: named[2] ?? '' } : { name: fallbackName, email: mailFrom.trim() };
}

/**
 * Mails each invitee the meeting as an .ics attachment (or its cancellation), in the
 * sender's language, and notes when the invitations went out; answers how many.
 */
export function sendInvitations(
  ctx: ActionContext,
  words: { t: Translate; lang: Lang },
  district: District,
  meeting: MeetingSummary,
): Promise<Outcome<number>> {
  const { baseUrl } = ctx.deps.config;
  return runAction(ctx, async (trx) => {
    const to = await recipients(trx, district, meeting);
    // An iTIP request (or cancellation) naming every invitee, so calendar clients offer accept and decline.
    const method = meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const event = {
      ...calendarEvent(baseUrl, district, meeting),
      organizer: organizerOf(ctx.deps.config.mailFrom, district.name),
      attendees: to,
    };
    const ics = calendarText({ name: meeting.title, method, events: [event] });
    const params = {
      title: meeting.title,
      when: formatDateTime(meeting.startsAt, words.lang),
      venue: venueLine(meeting),
      organizers: meeting.organizers.map((o) => o.name).join(', ') || '—',
      description: meeting.description,
      link: meetingUrl(baseUrl, district, meeting.id),
      district: district.name,
    };
    const key = meeting.status === 'cancelled' ? 'pact.mail.cancelled' : 'pact.mail.invitation';
    const attachments = [{ filename: 'bijeenkomst.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }];
    for (const { email: address } of to) {
      const mail = { to: address, subject: words.t(`${key}.subject`, params), text: words.t(`${key}.body`, params), attachments };
      await queueMail(trx, ctx, { ...mail, districtId: district.id });
    }
    await markInvited(trx, meeting.id, ctx.now.toISOString());
    return success(to.length);
  });
}
