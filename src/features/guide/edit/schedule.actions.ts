import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { actorOf } from '../model/actor.ts';
import { isEntryId } from '../model/ids.ts';
import { reindexAround } from '../search/index.repository.ts';
import { aroundEntry, type EditSubject } from './access.ts';
import type { ScheduleForm } from './parts.schema.ts';
import { scheduleFromForm } from './schedule-form.rules.ts';
import { addSchedule, deleteSchedule, findSchedule } from './schedules.repository.ts';

type Owned = EditSubject & { id: string };

/** Adds hours (a rule or an exception) to a place or an offer; a rule that cannot be is refused by field. */
export function addHours(ctx: ActionContext, entry: Owned, form: ScheduleForm): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const { schedule, errors } = scheduleFromForm(form);
    if (Object.keys(errors).length > 0) return { ok: false, errors, status: 422 };
    const owner = entry.type === 'location' ? { locationId: entry.id, serviceId: null } : { serviceId: entry.id, locationId: null };
    await addSchedule(trx, entry.district.id, { ...schedule, ...owner, serviceAtLocationId: null }, actorOf(ctx));
    await reindexAround(trx, entry.district.id, aroundEntry(entry));
    return success();
  });
}

/** Removes hours of this place or offer; hours of another entry are not found here (404). */
export function removeHours(ctx: ActionContext, entry: Owned, scheduleId: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const schedule = isEntryId(scheduleId) ? await findSchedule(trx, scheduleId) : undefined;
    if (schedule === undefined || (schedule.locationId ?? schedule.serviceId) !== entry.id)
      return refusal('error.404.body', { status: 404 });
    await deleteSchedule(trx, entry.district.id, schedule, actorOf(ctx));
    await reindexAround(trx, entry.district.id, aroundEntry(entry));
    return success();
  });
}
