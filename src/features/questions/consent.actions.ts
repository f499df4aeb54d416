import type { FieldErrors } from '../../platform/http/forms.ts';
import { linkForMail, staffEvent, staffOf, type ActionContext } from './actions.shared.ts';
import { scopeProblem } from './consent.rules.ts';
import { insertConsent } from './consents.repository.ts';
import { organizationNames } from './guide-entries.repository.ts';
import { translatorFor } from './questions.i18n.ts';
import { mailResident } from './questions.mail.ts';
import type { Question } from './questions.repository.ts';
import type { ConsentInput } from './questions.schema.ts';

/** The recipients in words, in the resident's language: "Buurtteam Oost en buurthulp". */
export function recipientNames(names: readonly string[], neighbourHelp: boolean, t: (key: string) => string): string {
  const all = [...names, ...(neighbourHelp ? [t('questions.consent.neighbourHelp')] : [])];
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} ${t('questions.and')} ${all.at(-1) ?? ''}`;
}

/**
 * Records verbal consent (given at once, by the named person who heard it), or asks the
 * resident online (they answer on their status page). Organisations must be partners of the
 * question's district; otherwise a field error and nothing is stored.
 */
export async function recordConsent(
  ctx: ActionContext,
  question: Question,
  input: ConsentInput,
): Promise<{ ok: true; consentId: string } | { ok: false; errors: FieldErrors }> {
  const user = staffOf(ctx);
  const db = ctx.deps.database.db;
  const names = await organizationNames(db, question.districtId);
  const scope = {
    organizationIds: [...new Set(input.organizations)],
    neighbourHelp: input.neighbourHelp === 'on',
    validUntil: input.validUntil,
  };
  const problem = scopeProblem(scope, new Set(names.keys()), ctx.deps.clock.now());
  if (problem !== null) return { ok: false, errors: { [problem.field]: { code: problem.code } } };
  const at = ctx.deps.clock.now().toISOString();
  const verbal = input.how === 'verbal';
  const recipients = scope.organizationIds.map((id) => names.get(id) ?? '');
  const { consentId, token } = await db.transaction().execute(async (trx) => {
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
    return { consentId: id, token: verbal ? null : await linkForMail(trx, question, at) };
  });
  const t = translatorFor(question.lang);
  await mailResident(ctx, question, token, {
    key: 'questions.news.consentRequested',
    params: { by: user.name, recipients: recipientNames(recipients, scope.neighbourHelp, t) },
  });
  return { ok: true, consentId };
}
