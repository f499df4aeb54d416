import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { organizationNames, organizationsOfDistrict } from '../../guide/index.ts';
import { receiverView, type ReceiverView } from '../consent/receiver-view.ts';
import { consentsOf } from '../consent/consents.repository.ts';
import { insertEvent } from '../question/events.repository.ts';
import { findQuestion, type Question } from '../question/question.repository.ts';
import { contactUserOf } from '../referrals/partner-contacts.ts';
import { referralsOfQuestion } from '../referrals/referrals.repository.ts';
import { mailCaseMeetingPartners } from './case-meetings.mail.ts';
import { convenerOrganization, takesPartFor } from './case-meetings.rules.ts';
import {
  agreementsOf,
  findCaseMeeting,
  insertAgreement,
  insertCaseMeeting,
  questionIdByReference,
  type CaseAgreement,
  type CaseMeeting,
} from './case-meetings.repository.ts';
import type { AgreementInput, ConveneInput } from './case-meetings.schema.ts';

/** A professional convenes a case meeting on a question referred to their organisation, with named partners of the district. */
export function conveneCaseMeeting(ctx: ActionContext, district: District, input: ConveneInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = ctx.user;
    const questionId = await questionIdByReference(trx, district.id, input.reference);
    if (user === null || questionId === undefined) return refusal('questions.caseMeeting.unknownReference', { field: 'reference' });
    const referrals = await referralsOfQuestion(trx, questionId);
    const asked = [];
    for (const r of referrals)
      asked.push({ districtId: r.districtId, organizationId: r.organizationId, contactUserId: await contactUserOf(trx, r.contactId) });
    const convener = convenerOrganization(user, asked);
    if (convener === null) return refusal('questions.caseMeeting.notYours', { field: 'reference' });
    const known = new Set((await organizationsOfDistrict(trx, district.id)).map((o) => o.id));
    const partners = input.partners.filter((p) => p !== convener);
    if (partners.length === 0) return refusal('questions.caseMeeting.noPartners', { field: 'partners' });
    if (partners.some((p) => !known.has(p))) return refusal('validation.choice', { field: 'partners' });
    const { topic, meetsOn, startsAt, place } = input;
    const meeting = { questionId, districtId: district.id, topic, meetsOn, startsAt, place, convenedBy: user.id };
    const at = ctx.now.toISOString();
    const id = await insertCaseMeeting(trx, { ...meeting, convenerOrganizationId: convener, partnerIds: partners }, at);
    const names = await organizationNames(trx, [convener, ...partners]);
    const organizationName = [convener, ...partners].map((o) => names.get(o) ?? '').join(', ');
    await insertEvent(trx, { questionId, at, kind: 'case_meeting', actorUserId: user.id, data: { organizationName }, forResident: false });
    await audit(trx, ctx, {
      action: 'questions.case_meeting.convened',
      subjectType: 'case_meeting',
      subjectId: id,
      districtId: district.id,
    });
    const question = await findQuestion(trx, questionId);
    if (question !== undefined)
      await mailCaseMeetingPartners(
        trx,
        ctx,
        district,
        { ...meeting, id, convenerOrganizationId: convener, partnerIds: partners },
        question,
      );
    return success(id);
  });
}

export interface CaseMeetingView {
  meeting: CaseMeeting;
  question: Pick<Question, 'reference' | 'buurtId'>;
  /** Per organisation the viewer takes part for: what the resident's consent lets it see. */
  views: { organizationId: string; view: ReceiverView }[];
  agreements: CaseAgreement[];
  names: Map<string, string>;
}

/**
 * The meeting as one person may see it: anonymous unless the resident's consent covers an
 * organisation they take part for (the same rule as a referral's receiver, `receiverView`;
 * the meeting counts as live). Every read is on the audit log, with whether personal data showed.
 */
export function readCaseMeeting(ctx: ActionContext, district: District, id: string): Promise<Outcome<CaseMeetingView>> {
  return runAction(ctx, async (trx) => {
    const meeting = await findCaseMeeting(trx, id);
    const question = meeting === undefined ? undefined : await findQuestion(trx, meeting.questionId);
    if (meeting?.districtId !== district.id || question === undefined) return refusal('error.404', { status: 404 });
    const acting = ctx.user === null ? [] : takesPartFor(ctx.user, meeting);
    if (acting.length === 0) return refusal('error.403', { status: 403 });
    const consents = await consentsOf(trx, question.id);
    const views = acting.map((organizationId) => ({
      organizationId,
      view: receiverView(consents, question, { organizationId, status: 'accepted' }, ctx.now),
    }));
    const personal = views.some((v) => v.view.travel.personal);
    const details = { organizations: acting, personal };
    await audit(trx, ctx, {
      action: 'questions.case_meeting.read',
      subjectType: 'case_meeting',
      subjectId: id,
      districtId: district.id,
      details,
    });
    const names = await organizationNames(trx, meeting.partnerIds);
    return success({ meeting, question, views, agreements: await agreementsOf(trx, id), names });
  });
}

/** A partner records what was agreed; it lands on the question's timeline (for staff). */
export function recordAgreement(
  ctx: ActionContext,
  district: District,
  meetingId: string,
  input: AgreementInput,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const meeting = await findCaseMeeting(trx, meetingId);
    if (meeting?.districtId !== district.id) return refusal('error.404', { status: 404 });
    if (ctx.user === null || takesPartFor(ctx.user, meeting).length === 0) return refusal('error.403', { status: 403 });
    if (!meeting.partnerIds.includes(input.lead)) return refusal('validation.choice', { field: 'lead' });
    const at = ctx.now.toISOString();
    const id = await insertAgreement(
      trx,
      { meetingId, leadOrganizationId: input.lead, nextStep: input.nextStep, dueOn: input.dueOn, recordedBy: ctx.user.id },
      at,
    );
    const organizationName = (await organizationNames(trx, [input.lead])).get(input.lead) ?? '';
    const body = `${input.nextStep} (${input.dueOn})`;
    await insertEvent(trx, {
      questionId: meeting.questionId,
      at,
      kind: 'case_agreement',
      actorUserId: ctx.user.id,
      body,
      data: { organizationName },
      forResident: false,
    });
    await audit(trx, ctx, {
      action: 'questions.case_meeting.agreement',
      subjectType: 'case_meeting',
      subjectId: meetingId,
      districtId: district.id,
    });
    return success(id);
  });
}
