import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import { linkForMail, newStatusLink, staffEvent, staffOf, transition, type ActionContext } from './actions.shared.ts';
import { insertEvent, type PointedEntry } from './events.repository.ts';
import { guideEntries } from './guide-entries.repository.ts';
import { mailReceiver, mailResident, type News } from './questions.mail.ts';
import { revokeLinks, type Question } from './questions.repository.ts';
import { responseDueAt, type QuestionAction } from './questions.rules.ts';
import { findPartnerContact, findReferral, insertReferral, moveReferral, type Referral } from './referrals.repository.ts';

/** A staff step on the question's timeline, mailed to the resident when they have an address. */
async function step(
  ctx: ActionContext,
  question: Question,
  action: QuestionAction,
  event: { kind: Parameters<typeof staffEvent>[1]['kind']; body?: string; data?: Parameters<typeof staffEvent>[1]['data'] },
  news: News,
): Promise<void> {
  const user = staffOf(ctx);
  const at = ctx.deps.clock.now().toISOString();
  const token = await ctx.deps.database.db.transaction().execute(async (trx) => {
    await transition(trx, question, action, at);
    await staffEvent(trx, { questionId: question.id, at, forResident: true, ...event }, user);
    return linkForMail(trx, question, at);
  });
  await mailResident(ctx, question, token, news);
}

export async function answerQuestion(ctx: ActionContext, question: Question, answer: string): Promise<void> {
  const by = staffOf(ctx).name;
  await step(ctx, question, 'answer', { kind: 'answered', body: answer }, { key: 'questions.news.answered', params: { by, text: answer } });
}

export async function messageResident(ctx: ActionContext, question: Question, message: string): Promise<void> {
  const by = staffOf(ctx).name;
  await step(
    ctx,
    question,
    'message',
    { kind: 'staff_message', body: message },
    { key: 'questions.news.message', params: { by, text: message } },
  );
}

/** Points the resident to guide entries of the district; unknown keys are a field error, nothing changes. */
export async function pointQuestion(
  ctx: ActionContext,
  question: Question,
  keys: readonly string[],
  note: string | undefined,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const known = await guideEntries(ctx.deps.database.db, question.districtId);
  const chosen = known.filter((e) => keys.includes(e.key));
  if (chosen.length !== new Set(keys).size) return { ok: false, errors: { entries: { code: 'validation.choice' } } };
  const entries: PointedEntry[] = chosen.map((e) => ({ name: e.name, detail: e.detail }));
  const list = entries.map((e) => (e.detail === '' ? `- ${e.name}` : `- ${e.name} (${e.detail})`)).join('\n');
  const by = staffOf(ctx).name;
  await step(
    ctx,
    question,
    'point',
    { kind: 'pointed', body: note, data: { entries } },
    { key: 'questions.news.pointed', params: { by, entries: list, note: note ?? '' } },
  );
  return { ok: true };
}

export interface ReferInput {
  contact: string;
  summary: string;
  formalCare: boolean;
}

type ReferResult = { ok: true; referralId: string } | { ok: false; errors: FieldErrors };

/**
 * Refers to a named person at a partner of the district: from triage, or as a scale-up by
 * the professional who holds the question (then `previous` is their referral).
 */
export async function referQuestion(ctx: ActionContext, question: Question, input: ReferInput, previous?: Referral): Promise<ReferResult> {
  const user = staffOf(ctx);
  const db = ctx.deps.database.db;
  const contact = await findPartnerContact(db, question.districtId, input.contact);
  if (contact === undefined) return { ok: false, errors: { contact: { code: 'questions.refer.contact.unknown' } } };
  const at = ctx.deps.clock.now().toISOString();
  const { referralId, token } = await db.transaction().execute(async (trx) => {
    await transition(trx, question, previous === undefined ? 'refer' : 'scale_up', at);
    if (previous !== undefined && !(await moveReferral(trx, previous.id, 'accepted', 'scaled_up', { closedAt: at })))
      throw new HttpProblem(409, 'questions.conflict');
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
    await staffEvent(
      trx,
      { questionId: question.id, at, kind: previous === undefined ? 'referred' : 'scaled_up', data, forResident: true },
      user,
    );
    return { referralId: id, token: await linkForMail(trx, question, at) };
  });
  const referral = await findReferral(db, referralId);
  if (referral) await mailReceiver(ctx, { ...question, status: 'referred' }, referral, 'referral');
  await mailResident(ctx, question, token, {
    key: 'questions.news.referred',
    params: { by: user.name, contact: contact.name, organization: contact.organizationName },
  });
  return { ok: true, referralId };
}

/** The coordinator takes a referral back that nobody answers; the question returns to triage. */
export async function retractReferral(ctx: ActionContext, question: Question, referral: Referral): Promise<void> {
  const user = staffOf(ctx);
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await transition(trx, question, 'retract', at);
    if (!(await moveReferral(trx, referral.id, 'pending', 'retracted', { closedAt: at }))) throw new HttpProblem(409, 'questions.conflict');
    const data = { referralId: referral.id, contactName: referral.contactName, organizationName: referral.organizationName };
    await staffEvent(trx, { questionId: question.id, at, kind: 'referral_retracted', data, forResident: true }, user);
  });
}

/** A new status link, e.g. for a resident who lost theirs; the old ones stop working. */
export async function renewStatusLink(ctx: ActionContext, question: Question): Promise<string> {
  const user = staffOf(ctx);
  const at = ctx.deps.clock.now().toISOString();
  const token = await ctx.deps.database.db.transaction().execute(async (trx) => {
    await revokeLinks(trx, question.id, at);
    await insertEvent(trx, { questionId: question.id, at, kind: 'link_renewed', actorUserId: user.id, forResident: false });
    return newStatusLink(trx, question.id, at);
  });
  await mailResident(ctx, question, token, { key: 'questions.news.newLink' });
  return token;
}
