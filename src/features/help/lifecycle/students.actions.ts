import type { ActionContext } from '../../../platform/actions/action.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { refuseRule } from '../shared/refusals.ts';
import { insertEvent } from './events.repository.ts';
import { actorOf, applyStep } from './lifecycle.actions.ts';
import { claimRequesterKeys } from './requester-locks.repository.ts';
import { findRequest } from './requests.repository.ts';
import { referredToStudents, type StudentReferral } from './students.repository.ts';

export type { StudentReferral } from './students.repository.ts';

/** One request waiting with the students, inside the caller's transaction; undefined when it is not (or no longer) with them. */
export async function findStudentReferral(trx: DbOrTx, districtId: string, requestId: string): Promise<StudentReferral | undefined> {
  return (await referredToStudents(trx, districtId, requestId))[0];
}

/** The requests of a district that wait with the students; the caller audits the read. */
export function studentReferrals(db: DbOrTx, districtId: string): Promise<StudentReferral[]> {
  return referredToStudents(db, districtId);
}

/** A student took the need on: it stays with the students, and the requester's timeline says so. */
export async function noteStudentMatched(trx: DbOrTx, ctx: ActionContext, districtId: string, requestId: string): Promise<void> {
  if ((await findStudentReferral(trx, districtId, requestId)) === undefined) refuseRule('help.refusal.changedMeanwhile');
  await insertEvent(trx, {
    requestId,
    districtId,
    at: ctx.now.toISOString(),
    step: 'student_matched',
    actorUserId: ctx.user?.id ?? null,
  });
}

/**
 * The students give the need back to the desk with a reason: the request is new again for
 * the coordinator (who checks it anew), the reason is on its timeline, and the requester's
 * one open request is theirs again unless they asked something else meanwhile.
 */
export async function handBackToDesk(
  trx: DbOrTx,
  ctx: ActionContext,
  districtId: string,
  requestId: string,
  reason: string,
): Promise<void> {
  const request = await findRequest(trx, requestId);
  if (request?.districtId !== districtId || request.outcomeReason !== 'referred_students') refuseRule('help.refusal.changedMeanwhile');
  const set = { outcome_reason: null, outcome_note: null };
  await applyStep(trx, { request, action: 'handBack', eventStep: 'handed_back', note: reason, set }, actorOf(ctx));
  await claimRequesterKeys(trx, districtId, [request.requesterKey], request.id);
}
