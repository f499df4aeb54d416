import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { EventKind } from '../question/events.repository.ts';
import type { Question } from '../question/question.repository.ts';
import type { QuestionAction } from '../question/question.rules.ts';
import { conflict, staffEvent, staffOf, transition } from '../question/question.steps.ts';
import { mailResident } from '../question/resident.mail.ts';
import { mailReferrer } from './receiver.mail.ts';
import { nextReferralStatus, type ReferralAction } from './referral.rules.ts';
import { findReferral, moveReferral, type Referral } from './referrals.repository.ts';

interface ReferralStep {
  action: ReferralAction;
  questionAction: QuestionAction;
  event: EventKind;
  fields: { declineReason?: string; outcome?: string };
  body?: string;
  news: string;
  /** The referrer hears of it too (a decline sends the question back to them). */
  tellReferrer?: 'declined';
}

/** The receiver's answer: the referral and the question move together, or neither does. */
function answerReferral(ctx: ActionContext, question: Question, referral: Referral, s: ReferralStep): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const to = nextReferralStatus(referral.status, s.action);
    if (to === null) conflict();
    const at = ctx.now.toISOString();
    const times = s.action === 'close' ? { closedAt: at } : { respondedAt: at };
    await transition(trx, question, s.questionAction, at);
    if (!(await moveReferral(trx, referral.id, referral.status, to, { ...times, ...s.fields }))) conflict();
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await staffEvent(trx, { questionId: question.id, at, kind: s.event, body: s.body ?? null, data, forResident: true }, user);
    const params = { contact: referral.contactName, organization: referral.organizationName, text: s.body ?? '' };
    await mailResident(trx, ctx, question, { key: s.news, params });
    const answered = await findReferral(trx, referral.id);
    if (s.tellReferrer !== undefined && answered) await mailReferrer(trx, ctx, question, answered, s.tellReferrer);
    return success();
  });
}

/** The receiver takes ownership. */
export function acceptReferral(ctx: ActionContext, question: Question, referral: Referral): Promise<Outcome> {
  return answerReferral(ctx, question, referral, {
    action: 'accept',
    questionAction: 'accept',
    event: 'referral_accepted',
    fields: {},
    news: 'questions.news.accepted',
  });
}

/** Declined with a reason: the question returns to triage and the referrer hears why. */
export function declineReferral(ctx: ActionContext, question: Question, referral: Referral, reason: string): Promise<Outcome> {
  return answerReferral(ctx, question, referral, {
    action: 'decline',
    questionAction: 'decline',
    event: 'referral_declined',
    fields: { declineReason: reason },
    news: 'questions.news.declined',
    tellReferrer: 'declined',
  });
}

/** Closed with an outcome that the resident and the referrer both read. */
export function closeReferral(ctx: ActionContext, question: Question, referral: Referral, outcome: string): Promise<Outcome> {
  return answerReferral(ctx, question, referral, {
    action: 'close',
    questionAction: 'close_referral',
    event: 'referral_closed',
    fields: { outcome },
    body: outcome,
    news: 'questions.news.closed',
  });
}
