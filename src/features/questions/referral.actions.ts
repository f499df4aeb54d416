import { HttpProblem } from '../../platform/http/guards.ts';
import { linkForMail, staffEvent, staffOf, transition, type ActionContext } from './actions.shared.ts';
import { mailReferrer, mailResident } from './questions.mail.ts';
import type { Question } from './questions.repository.ts';
import { nextReferralStatus, type QuestionAction, type ReferralAction } from './questions.rules.ts';
import { findReferral, moveReferral, type Referral } from './referrals.repository.ts';
import type { EventKind } from './events.repository.ts';

interface ReferralStep {
  action: ReferralAction;
  questionAction: QuestionAction;
  event: EventKind;
  fields: { declineReason?: string; outcome?: string };
  body?: string;
  news: string;
}

/** The receiver's answer: the referral and the question move together, or neither does. */
async function answerReferral(ctx: ActionContext, question: Question, referral: Referral, s: ReferralStep): Promise<void> {
  const user = staffOf(ctx);
  const to = nextReferralStatus(referral.status, s.action);
  if (to === null) throw new HttpProblem(409, 'questions.conflict');
  const at = ctx.deps.clock.now().toISOString();
  const times = s.action === 'close' ? { closedAt: at } : { respondedAt: at };
  const token = await ctx.deps.database.db.transaction().execute(async (trx) => {
    await transition(trx, question, s.questionAction, at);
    if (!(await moveReferral(trx, referral.id, referral.status, to, { ...times, ...s.fields })))
      throw new HttpProblem(409, 'questions.conflict');
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await staffEvent(trx, { questionId: question.id, at, kind: s.event, body: s.body ?? null, data, forResident: true }, user);
    return linkForMail(trx, question, at);
  });
  const params = { contact: referral.contactName, organization: referral.organizationName, text: s.body ?? '' };
  await mailResident(ctx, question, token, { key: s.news, params });
}

/** The receiver takes ownership. */
export async function acceptReferral(ctx: ActionContext, question: Question, referral: Referral): Promise<void> {
  await answerReferral(ctx, question, referral, {
    action: 'accept',
    questionAction: 'accept',
    event: 'referral_accepted',
    fields: {},
    news: 'questions.news.accepted',
  });
}

/** Declined with a reason: the question returns to triage and the referrer hears why. */
export async function declineReferral(ctx: ActionContext, question: Question, referral: Referral, reason: string): Promise<void> {
  await answerReferral(ctx, question, referral, {
    action: 'decline',
    questionAction: 'decline',
    event: 'referral_declined',
    fields: { declineReason: reason },
    news: 'questions.news.declined',
  });
  const updated = await findReferral(ctx.deps.database.db, referral.id);
  if (updated) await mailReferrer(ctx, question, updated, 'declined');
}

/** Closed with an outcome that the resident and the referrer both read. */
export async function closeReferral(ctx: ActionContext, question: Question, referral: Referral, outcome: string): Promise<void> {
  await answerReferral(ctx, question, referral, {
    action: 'close',
    questionAction: 'close_referral',
    event: 'referral_closed',
    fields: { outcome },
    body: outcome,
    news: 'questions.news.closed',
  });
}
