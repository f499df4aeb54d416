import { audit, linkFor, queueMail, type ActionContext } from '../../../platform/actions/action.ts';
import { emailsOfOrganizationRole, findUserById } from '../../../platform/auth/auth.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { formatDate, type Translate } from '../../../platform/i18n/i18n.ts';
import { calendarText } from '../../../platform/calendar/ical.ts';
import { amsterdamToUtc } from '../../../platform/calendar/amsterdam-time.ts';
import { dataItems } from '../consent/consent.rules.ts';
import { consentsOf } from '../consent/consents.repository.ts';
import { receiverView } from '../consent/receiver-view.ts';
import type { Question } from '../question/question.repository.ts';
import { translatorFor } from '../questions.i18n.ts';
import { partnerContacts } from '../referrals/partner-contacts.ts';
import type { CaseMeeting } from './case-meetings.repository.ts';

/** A case meeting has no end time of its own; calendars get one hour, the usual length of an MDO slot. */
const MEETING_MINUTES = 60;

/** The named contacts of an organisation in the district; without any, the people who act for it. */
async function addressesOf(trx: DbOrTx, districtId: string, organizationId: string): Promise<string[]> {
  const named = (await partnerContacts(trx, districtId)).filter((c) => c.organizationId === organizationId);
  const own: string[] = [];
  for (const c of named) {
    const email = c.email ?? (c.userId === null ? undefined : (await findUserById(trx, c.userId))?.email);
    if (email) own.push(email);
  }
  return own.length > 0 ? own : emailsOfOrganizationRole(trx, organizationId, ['professional', 'partner_contact']);
}

/** The resident's data for one organisation: only what the resident's consent lets travel to it, else a line saying the case is anonymous. */
function residentBlock(
  t: Translate,
  consents: Awaited<ReturnType<typeof consentsOf>>,
  question: Question,
  organizationId: string,
  now: Date,
) {
  const view = receiverView(consents, question, { organizationId, status: 'accepted' }, now);
  if (!view.travel.personal) return { personal: false, text: t('questions.caseMeeting.mail.anonymous') };
  const lines = dataItems.filter((i) => view.resident[i] !== null).map((i) => `${t(`questions.item.${i}`)}: ${view.resident[i] ?? ''}`);
  return { personal: true, text: [t('questions.caseMeeting.mail.withConsent'), ...lines].join('\n') };
}

function invitationIcs(ctx: ActionContext, meeting: CaseMeeting, title: string, link: string): string | null {
  const start = meeting.startsAt === null ? null : amsterdamToUtc(meeting.meetsOn, meeting.startsAt);
  if (start === null) return null;
  const event = {
    uid: `${meeting.id}@wijkportaal`,
    sequence: 0,
    stamp: ctx.now,
    start,
    end: new Date(start.getTime() + MEETING_MINUTES * 60_000),
    summary: title,
    description: `${meeting.topic}\n\n${link}`,
    location: meeting.place ?? '',
    url: link,
  };
  return calendarText({ name: title, events: [event] });
}

/**
 * After a case meeting is convened: each partner organisation's named contacts get a mail
 * with date, time, place and the link, and an .ics. The resident's data is in it only where
 * their consent covers that organisation; such a mail counts as a read, on the audit log.
 */
export async function mailCaseMeetingPartners(
  trx: DbOrTx,
  ctx: ActionContext,
  district: District,
  meeting: CaseMeeting,
  question: Question,
) {
  const t = translatorFor('nl');
  const consents = await consentsOf(trx, question.id);
  const link = linkFor(ctx, `/${district.slug}/casusoverleg/${meeting.id}`);
  const title = t('questions.caseMeeting.mail.subject', { reference: question.reference });
  const ics = invitationIcs(ctx, meeting, title, link);
  const attachments = ics === null ? [] : [{ filename: 'casusoverleg.ics', content: ics, contentType: 'text/calendar; charset=utf-8' }];
  for (const organizationId of meeting.partnerIds.filter((o) => o !== meeting.convenerOrganizationId)) {
    const to = await addressesOf(trx, district.id, organizationId);
    if (to.length === 0) continue;
    const resident = residentBlock(t, consents, question, organizationId, ctx.now);
    const params = {
      reference: question.reference,
      date: formatDate(meeting.meetsOn, 'nl'),
      time: meeting.startsAt ?? '',
      place: meeting.place ?? '',
      topic: meeting.topic,
      resident: resident.text,
      link,
      district: district.name,
    };
    const text = t('questions.caseMeeting.mail.body', params);
    await queueMail(trx, ctx, { to: to.join(', '), subject: title, text, attachments, districtId: district.id });
    if (resident.personal) {
      const details = { organization: organizationId, meeting: meeting.id };
      const entry = {
        action: 'questions.personal_data.mailed',
        subjectType: 'question',
        subjectId: question.id,
        districtId: district.id,
        details,
      };
      await audit(trx, ctx, entry);
    }
  }
}
