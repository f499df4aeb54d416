import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { OwnedSchedule } from '../model/guide.model.ts';
import { recordChange } from '../model/history.repository.ts';
import { toSchedule } from '../model/rows.ts';

export async function addSchedule(db: DbOrTx, districtId: string, schedule: Omit<OwnedSchedule, 'id'>, actor: Actor): Promise<string> {
  const id = newId();
  await db
    .insertInto('schedules')
    .values({
      id,
      service_id: schedule.serviceId,
      location_id: schedule.locationId,
      service_at_location_id: schedule.serviceAtLocationId,
      kind: schedule.kind,
      freq: schedule.freq,
      interval: schedule.interval,
      byday: schedule.byday,
      opens_at: schedule.opensAt,
      closes_at: schedule.closesAt,
      valid_from: schedule.validFrom,
      valid_to: schedule.validTo,
      exception: schedule.exception,
      description: schedule.description,
    })
    .execute();
  const entryId = schedule.serviceId ?? schedule.locationId ?? '';
  await recordChange(
    db,
    { districtId, entryType: 'schedule', entryId, action: 'schedule_added', details: { schedule: [null, id] } },
    actor,
  );
  return id;
}

export async function deleteSchedule(db: DbOrTx, districtId: string, schedule: OwnedSchedule, actor: Actor): Promise<void> {
  await db.deleteFrom('schedules').where('id', '=', schedule.id).execute();
  const entryId = schedule.serviceId ?? schedule.locationId ?? '';
  await recordChange(
    db,
    { districtId, entryType: 'schedule', entryId, action: 'schedule_removed', details: { schedule: [schedule.id, null] } },
    actor,
  );
}

export async function findSchedule(db: DbOrTx, id: string): Promise<OwnedSchedule | undefined> {
  const row = await db.selectFrom('schedules').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSchedule(row);
}
