import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { Question } from '../question/question.repository.ts';
import { responseDueAt } from '../question/question.rules.ts';
import { conflict, staffEvent, staffOf, transition } from '../question/question.steps.ts';
import { mailResident } from '../question/resident.mail.ts';
import { mailReceiver } from './receiver.mail.ts';
import { findPartnerContact } from './partner-contacts.ts';
import { findReferral, insertReferral, moveReferral, type Referral } from './referrals.repository.ts';

export interface ReferInput {
  contact: string;
  summary: string;
  formalCare: boolean;
}

/**
 * Refers to a named person at a partner of the district: from triage, or as a scale-up by
 * the professional who holds the question (then `previous` is their referral). The receiver
 * and the resident are mailed in the same transaction.
 */
export function referQuestion(ctx: ActionContext, question: Question, input: ReferInput, previous?: Referral): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const contact = await findPartnerContact(trx, question.districtId, input.contact);
    if (contact === undefined) return refusal('questions.refer.contact.unknown', { field: 'contact' });
    const at = ctx.now.toISOString();
    await transition(trx, question, previous === undefined ? 'refer' : 'scale_up', at);
    if (previous !== undefined && !(await moveReferral(trx, previous.id, 'accepted', 'scaled_up', { closedAt: at }))) conflict();
    const id = await insertReferral(trx, {
      questionId: question.id,
      districtId: question.districtId,
      referredBy: user.id,
      summary: input.summary,
      formalCare: previous !== undefined || input.formalCare,
      createdAt: at,
      dueAt: responseDueAt(at, question.urgency),
      previousReferralId: previous?.id ?? null,
      contact,
    });
    const data = { referralId: id, contactName: contact.name, organizationName: contact.organizationName };
    const kind = previous === undefined ? 'referred' : 'scaled_up';
    await staffEvent(trx, { questionId: question.id, at, kind, data, forResident: true }, user);
    const referral = await findReferral(trx, id);
    if (referral) await mailReceiver(trx, ctx, { ...question, status: 'referred' }, referral, 'referral');
    await mailResident(trx, ctx, question, {
      key: 'questions.news.referred',
      params: { by: user.name, contact: contact.name, organization: contact.organizationName },
    });
    return success(id);
  });
}

/** The coordinator takes a referral back that nobody answers; the question returns to triage. */
export function retractReferral(ctx: ActionContext, question: Question, referral: Referral): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const at = ctx.now.toISOString();
    await transition(trx, question, 'retract', at);
    if (!(await moveReferral(trx, referral.id, 'pending', 'retracted', { closedAt: at }))) conflict();
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await staffEvent(trx, { questionId: question.id, at, kind: 'referral_retracted', data, forResident: true }, user);
    return success();
  });
}
