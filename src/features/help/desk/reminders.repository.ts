import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface Unanswered {
  id: string;
  buurtId: string;
  kind: string;
  feedbackDueAt: string;
  heardBackAt: string | null;
}

/** Open requests of the district whose requester has not heard back and whose coordinators were not yet reminded. */
export async function notYetReminded(db: DbOrTx, districtId: string): Promise<Unanswered[]> {
  const rows = await db
    .selectFrom('help_requests')
    .select(['id', 'buurt_id', 'kind', 'feedback_due_at', 'heard_back_at'])
    .where('district_id', '=', districtId)
    .where('status', 'in', ['new', 'checked', 'matching', 'matched', 'done'])
    .where('heard_back_at', 'is', null)
    .where('reminder_sent_at', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, buurtId: r.buurt_id, kind: r.kind, feedbackDueAt: r.feedback_due_at, heardBackAt: r.heard_back_at }));
}

/** Marks the reminder as sent, once: of two runs at once, one claims it. */
export async function markReminded(db: DbOrTx, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('help_requests')
    .set({ reminder_sent_at: at })
    .where('id', '=', id)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Who follows up a request of this buurt and kind: those holding one of the roles for the
 * buurt or the whole district (its buurt assistants, coordinators), and for that service or all
 * of them (a coordinating volunteer coordinates one).
 */
export function coordinatorsOf(
  db: DbOrTx,
  roles: readonly string[],
  request: { districtId: string; buurtId: string; kind: string },
): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .selectFrom('role_assignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .distinct()
    .where('ra.role', 'in', [...roles])
    .where('ra.district_id', '=', request.districtId)
    .where((eb) => eb.or([eb('ra.buurt_id', 'is', null), eb('ra.buurt_id', '=', request.buurtId)]))
    .where((eb) => eb.or([eb('ra.service', 'is', null), eb('ra.service', '=', request.kind)]))
    .where('u.disabled_at', 'is', null)
    .execute();
}
