import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { findQuestion, moveQuestion } from '../question/question.repository.ts';
import { isOpen, nextState } from '../question/question.rules.ts';
import { cancelOpenReferrals } from '../referrals/referrals.repository.ts';
import { anonymiseQuestion, exportQuestions, questionsOfPerson } from './privacy.repository.ts';
import type { PersonQuery } from './privacy.schema.ts';

async function auditEach(trx: DbOrTx, ctx: ActionContext, district: District, ids: readonly string[], action: string): Promise<void> {
  for (const id of ids) {
    await audit(trx, ctx, { action, subjectType: 'question', subjectId: id, districtId: district.id, details: { role: 'administrator' } });
  }
}

/** All data about one person (AVG: inzage and dataportabiliteit), audited per question. */
export function exportPerson(ctx: ActionContext, district: District, query: PersonQuery) {
  return runAction(ctx, async (trx) => {
    const ids = (await questionsOfPerson(trx, { districtId: district.id, ...query })).map((q) => q.id);
    await auditEach(trx, ctx, district, ids, 'questions.person_exported');
    return success({ exportedAt: ctx.now.toISOString(), district: district.name, ...(await exportQuestions(trx, ids)) });
  });
}

/** Ends an open question before its data goes: nobody should go on working on an empty question. */
async function stopQuestion(trx: DbOrTx, id: string, at: string): Promise<void> {
  const question = await findQuestion(trx, id);
  const next = question && nextState(question.status, 'withdraw');
  if (question === undefined || !isOpen(question.status) || !next) return;
  await moveQuestion(trx, id, question.status, next, at);
  await cancelOpenReferrals(trx, id, at);
}

/** Erasure on request (AVG art. 17): the personal data of every question of the person goes at once. */
export function erasePerson(ctx: ActionContext, district: District, query: PersonQuery): Promise<Outcome<number>> {
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    const found = await questionsOfPerson(trx, { districtId: district.id, ...query });
    for (const q of found) {
      await stopQuestion(trx, q.id, at);
      await anonymiseQuestion(trx, q.id, at);
    }
    await auditEach(
      trx,
      ctx,
      district,
      found.map((q) => q.id),
      'questions.person_erased',
    );
    return success(found.length);
  });
}
