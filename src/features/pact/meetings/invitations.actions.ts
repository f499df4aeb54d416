import { queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDateTime, type Lang, type Translate } from '../../../platform/i18n/i18n.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { listMembers } from '../steering/steering.repository.ts';
import { calendarText } from './ical.ts';
import { calendarEvent, meetingUrl, venueLine } from './meeting-event.rules.ts';
import { markInvited, type MeetingSummary } from './meetings.repository.ts';

/** Who is invited: the steering group to its own meetings; to all others every partner's contact person too. */
async function recipients(trx: DbOrTx, district: District, meeting: MeetingSummary): Promise<string[]> {
  const steering = (await listMembers(trx, district.id, meeting.startsAt.slice(0, 10))).map((m) => m.email);
  const partners = meeting.kind === 'steering' ? [] : (await listPartners(trx, district.id)).map((p) => p.contact?.email ?? null);
  return [...new Set([...steering, ...partners].filter((e): e is string => e !== null && e !== ''))].sort();
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
    const ics = calendarText({ name: meeting.title, method: 'PUBLISH', events: [calendarEvent(baseUrl, district, meeting)] });
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
    const attachments = [{ filename: 'bijeenkomst.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
    for (const address of to) {
      const mail = { to: address, subject: words.t(`${key}.subject`, params), text: words.t(`${key}.body`, params), attachments };
      await queueMail(trx, ctx, { ...mail, districtId: district.id });
    }
    await markInvited(trx, meeting.id, ctx.now.toISOString());
    return success(to.length);
  });
}
