import { recordAudit } from '../../platform/audit/audit.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { District } from '../../platform/geography/geography.repository.ts';
import { staffOf, type ActionContext } from './actions.shared.ts';
import { anonymiseQuestion, exportQuestions, questionsOfPerson } from './privacy.repository.ts';
import { findQuestion, moveQuestion } from './questions.repository.ts';
import { isActiveReferral, isOpen, nextState } from './questions.rules.ts';
import { moveReferral, referralsOfQuestion } from './referrals.repository.ts';

export interface PersonQuery {
  email?: string;
  phone?: string;
}

async function auditEach(db: DbOrTx, ctx: ActionContext, district: District, ids: readonly string[], action: string): Promise<void> {
  const at = ctx.deps.clock.now().toISOString();
  for (const id of ids) {
    await recordAudit(db, {
      at,
      actorUserId: staffOf(ctx).id,
      action,
      subjectType: 'question',
      subjectId: id,
      districtId: district.id,
      details: { role: 'administrator' },
      requestId: ctx.requestId,
    });
  }
}

/** All data about one person (AVG: inzage and dataportabiliteit), audited per question. */
export async function exportPerson(ctx: ActionContext, district: District, query: PersonQuery) {
  const db = ctx.deps.database.db;
  const found = await questionsOfPerson(db, { districtId: district.id, ...query });
  const ids = found.map((q) => q.id);
  await auditEach(db, ctx, district, ids, 'questions.person_exported');
  return { exportedAt: ctx.deps.clock.now().toISOString(), district: district.name, ...(await exportQuestions(db, ids)) };
}

/** Ends an open question before its data goes: nobody should go on working on an empty question. */
async function stopQuestion(trx: DbOrTx, id: string, at: string): Promise<void> {
  const question = await findQuestion(trx, id);
  const next = question && nextState(question.status, 'withdraw');
  if (question === undefined || !isOpen(question.status) || !next) return;
  await moveQuestion(trx, id, question.status, next, at);
  for (const r of await referralsOfQuestion(trx, id))
    if (isActiveReferral(r.status)) await moveReferral(trx, r.id, r.status, 'cancelled', { closedAt: at });
}

/** Erasure on request (AVG art. 17): the personal data of every question of the person goes at once. */
export async function erasePerson(ctx: ActionContext, district: District, query: PersonQuery): Promise<number> {
  const db = ctx.deps.database.db;
  const at = ctx.deps.clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
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
    return found.length;
  });
}
