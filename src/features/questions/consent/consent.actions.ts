import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import { insertEvent } from '../question/events.repository.ts';
import type { Question } from '../question/question.repository.ts';
import { conflict, staffEvent, staffOf } from '../question/question.steps.ts';
import { mailResident } from '../question/resident.mail.ts';
import { translatorFor } from '../questions.i18n.ts';
import { scopeProblem } from './consent.rules.ts';
import type { ConsentInput } from './consent.schema.ts';
import { answerConsent, insertConsent, withdrawConsent, type Consent } from './consents.repository.ts';
import { recipientNames } from './recipients.ts';

/**
 * Records verbal consent (given at once, by the named person who heard it), or asks the
 * resident online (they answer on their status page, to which a mail points them).
 * Organisations must be partners of the question's district; otherwise a field error.
 */
export function recordConsent(ctx: ActionContext, question: Question, input: ConsentInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = staffOf(ctx);
    const names = new Map((await organizationsOfDistrict(trx, question.districtId)).map((o) => [o.id, o.name]));
    const scope = { organizationIds: [...new Set(input.organizations)], neighbourHelp: input.neighbourHelp, validUntil: input.validUntil };
    const problem = scopeProblem(scope, new Set(names.keys()), ctx.now);
    if (problem !== null) return refusal(problem.code, { field: problem.field });
    const at = ctx.now.toISOString();
    const verbal = input.how === 'verbal';
    const recipients = scope.organizationIds.map((id) => names.get(id) ?? '');
    const id = await insertConsent(trx, {
      questionId: question.id,
      ...scope,
      items: input.items,
      purpose: input.purpose,
      how: input.how,
      status: verbal ? 'given' : 'requested',
      recordedBy: user.id,
      createdAt: at,
      givenAt: verbal ? at : null,
    });
    const kind = verbal ? 'consent_recorded' : 'consent_requested';
    const data = { consentId: id, recipients: scope.neighbourHelp ? [...recipients, 'neighbour_help'] : recipients };
    await staffEvent(trx, { questionId: question.id, at, kind, body: input.purpose, data, forResident: true }, user);
    if (!verbal) {
      const t = translatorFor(question.lang);
      const params = { by: user.name, recipients: recipientNames(recipients, scope.neighbourHelp, t) };
      await mailResident(trx, ctx, question, { key: 'questions.news.consentRequested', params });
    }
    return success(id);
  });
}

/** Yes or no to an online request for consent, from the status page. */
export function residentAnswersConsent(
  ctx: ActionContext,
  question: Question,
  consent: Consent,
  answer: 'given' | 'refused',
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    if (!(await answerConsent(trx, consent.id, answer, at))) conflict();
    const kind = answer === 'given' ? 'consent_given' : 'consent_refused';
    await insertEvent(trx, { questionId: question.id, at, kind, actorUserId: null, data: { consentId: consent.id }, forResident: true });
    return success();
  });
}

/**
 * Withdrawal takes effect at once: every later read asks the consent rule again. By the
 * resident on the status page, or by staff for them (asked by phone).
 */
export function withdrawConsentFor(ctx: ActionContext, question: Question, consent: Consent, by: 'resident' | 'staff'): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (consent.status !== 'given' && consent.status !== 'requested') conflict();
    const at = ctx.now.toISOString();
    const actor = by === 'staff' ? staffOf(ctx).id : null;
    if (!(await withdrawConsent(trx, consent.id, consent.status, actor ?? 'resident', at))) conflict();
    const data = { consentId: consent.id };
    await insertEvent(trx, { questionId: question.id, at, kind: 'consent_withdrawn', actorUserId: actor, data, forResident: true });
    return success();
  });
}
