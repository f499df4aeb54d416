import { randomBytes } from 'node:crypto';
import type { District } from '../../platform/geography/geography.repository.ts';
import { findBuurt } from '../../platform/geography/geography.repository.ts';
import type { FieldErrors } from '../../platform/http/forms.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import type { Lang } from '../../platform/i18n/i18n.ts';
import { canRecordForResident } from './access.rules.ts';
import { newStatusLink, transition, type ActionContext } from './actions.shared.ts';
import { answerConsent, withdrawConsent, type Consent } from './consents.repository.ts';
import { insertEvent } from './events.repository.ts';
import { walkInPoints } from './guide-entries.repository.ts';
import { mailResident } from './questions.mail.ts';
import { findQuestion, insertQuestion, referenceTaken, setAwaitingStaff, type Question } from './questions.repository.ts';
import { isActiveReferral, referenceFrom } from './questions.rules.ts';
import type { AskInput } from './questions.schema.ts';
import { moveReferral, referralsOfQuestion } from './referrals.repository.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';

async function uniqueReference(db: DbOrTx): Promise<string> {
  for (;;) {
    const reference = referenceFrom(randomBytes(5));
    if (!(await referenceTaken(db, reference))) return reference;
  }
}

type AskResult = { ok: true; question: Question; token: string } | { ok: false; errors: FieldErrors };

/** Checks the choices that depend on the district: the buurt and the walk-in point. */
async function placeOf(db: DbOrTx, district: District, input: AskInput) {
  const errors: FieldErrors = {};
  const buurt = input.buurt === undefined ? undefined : await findBuurt(db, district.id, input.buurt);
  if (input.buurt !== undefined && buurt === undefined) errors.buurt = { code: 'validation.choice' };
  const points = await walkInPoints(db, district.id);
  const walkIn = input.contactBy === 'walk_in' ? points.find((p) => p.id === input.walkIn) : undefined;
  if (input.contactBy === 'walk_in' && walkIn === undefined) errors.walkIn = { code: 'validation.choice' };
  return { errors, buurtId: buurt?.id ?? null, walkInId: walkIn?.id ?? null };
}

/** A resident asks (or someone writes the question down for them); they get their own status link. */
export async function ask(ctx: ActionContext, district: District, input: AskInput, lang: Lang): Promise<AskResult> {
  const db = ctx.deps.database.db;
  const place = await placeOf(db, district, input);
  if (Object.keys(place.errors).length > 0) return { ok: false, errors: place.errors };
  const onBehalf =
    ctx.user !== null && canRecordForResident(ctx.user.roles, district.id) && input.channel !== undefined && input.channel !== 'online';
  const at = ctx.deps.clock.now().toISOString();
  const created = await db.transaction().execute(async (trx) => {
    const id = await insertQuestion(trx, {
      districtId: district.id,
      buurtId: place.buurtId,
      reference: await uniqueReference(trx),
      text: input.text,
      requesterName: input.name,
      contactBy: input.contactBy,
      phone: input.phone ?? null,
      email: input.email ?? null,
      street: input.street ?? null,
      walkInLocationId: place.walkInId,
      urgency: input.urgency,
      channel: onBehalf ? (input.channel ?? 'online') : 'online',
      recordedBy: onBehalf ? (ctx.user?.id ?? null) : null,
      lang,
      createdAt: at,
    });
    await insertEvent(trx, { questionId: id, at, kind: 'asked', actorUserId: onBehalf ? (ctx.user?.id ?? null) : null, forResident: true });
    const token = await newStatusLink(trx, id, at);
    return { id, token };
  });
  const question = await findQuestion(db, created.id);
  if (question === undefined) throw new Error('question vanished after insert');
  await mailResident(ctx, question, created.token, { key: 'questions.news.asked', params: { reference: question.reference } });
  return { ok: true, question, token: created.token };
}

/** The resident writes; a closed question goes back to a coordinator. */
export async function residentMessage(ctx: ActionContext, question: Question, message: string): Promise<void> {
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (question.status === 'closed') {
      await transition(trx, question, 'reopen', at);
      await insertEvent(trx, { questionId: question.id, at, kind: 'reopened', actorUserId: null, forResident: true });
    } else await transition(trx, question, 'message', at);
    await insertEvent(trx, { questionId: question.id, at, kind: 'resident_message', actorUserId: null, body: message, forResident: true });
    await setAwaitingStaff(trx, question.id, true, at);
  });
}

/** The resident withdraws the question; referrals still open end with it. */
export async function residentWithdraw(ctx: ActionContext, question: Question): Promise<void> {
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    await transition(trx, question, 'withdraw', at);
    for (const r of await referralsOfQuestion(trx, question.id)) {
      if (isActiveReferral(r.status)) await moveReferral(trx, r.id, r.status, 'cancelled', { closedAt: at });
    }
    await insertEvent(trx, { questionId: question.id, at, kind: 'withdrawn', actorUserId: null, forResident: true });
  });
}

/** Yes or no to an online request for consent, from the status page. */
export async function residentAnswersConsent(
  ctx: ActionContext,
  question: Question,
  consent: Consent,
  answer: 'given' | 'refused',
): Promise<void> {
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (!(await answerConsent(trx, consent.id, answer, at))) throw new HttpProblem(409, 'questions.conflict');
    const kind = answer === 'given' ? 'consent_given' : 'consent_refused';
    await insertEvent(trx, { questionId: question.id, at, kind, actorUserId: null, data: { consentId: consent.id }, forResident: true });
  });
}

/**
 * Withdrawal takes effect at once: every later read asks the consent rule again. `by` is
 * 'resident' (on the status page) or the id of the person who did it for them.
 */
export async function withdrawConsentFor(ctx: ActionContext, question: Question, consent: Consent, by: string): Promise<void> {
  if (consent.status !== 'given' && consent.status !== 'requested') throw new HttpProblem(409, 'questions.conflict');
  const at = ctx.deps.clock.now().toISOString();
  await ctx.deps.database.db.transaction().execute(async (trx) => {
    if (!(await withdrawConsent(trx, consent.id, consent.status, by, at))) throw new HttpProblem(409, 'questions.conflict');
    const actor = by === 'resident' ? null : by;
    await insertEvent(trx, {
      questionId: question.id,
      at,
      kind: 'consent_withdrawn',
      actorUserId: actor,
      data: { consentId: consent.id },
      forResident: true,
    });
  });
}
