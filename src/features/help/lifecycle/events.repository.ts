import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

/** The timeline of a request: every step, in order, with who took it. */
export async function insertEvent(
  db: DbOrTx,
  event: { requestId: string; districtId: string; at: string; step: string; actorUserId: string | null; note?: string | null },
): Promise<void> {
  const last = await db
    .selectFrom('help_request_events')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('request_id', '=', event.requestId)
    .executeTakeFirst();
  await db
    .insertInto('help_request_events')
    .values({
      id: newId(),
      position: (last?.position ?? 0) + 1,
      request_id: event.requestId,
      district_id: event.districtId,
      at: event.at,
      step: event.step,
      actor_user_id: event.actorUserId,
      note: event.note ?? null,
    })
    .execute();
}

export interface TimelineStep {
  at: string;
  step: string;
  actorName: string | null;
  note: string | null;
}

export function timelineOf(db: DbOrTx, requestId: string): Promise<TimelineStep[]> {
  return db
    .selectFrom('help_request_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.at', 'e.step', 'u.name as actorName', 'e.note'])
    .where('e.request_id', '=', requestId)
    .orderBy('e.position')
    .execute();
}
