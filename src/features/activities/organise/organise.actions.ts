import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten, type District } from '../../../platform/geography/geography.repository.ts';
import { placesWithAccess } from '../../guide/index.ts';
import {
  findActivity,
  hasPublishedBefore,
  insertActivity,
  replaceOccurrences,
  setActivityStatus,
  updateActivity,
  type Activity,
  type ActivityFields,
} from '../agenda/activities.repository.ts';
import { statusForNewActivity } from '../agenda/activity.rules.ts';
import { expandRecurrence, ruleOfChoice, ruleProblem } from '../agenda/recurrence.rules.ts';
import { isCoordinatorOf } from './organise.access.ts';
import { durationOf, parseExceptionDates } from './organise.rules.ts';
import type { ActivityInput } from './organise.schema.ts';

/** An activity as the API sends it: the RRULE itself instead of the form's plain choice. */
export type ActivityData = Omit<ActivityFields, 'rrule' | 'exdates'> & { rrule: string; exdates: string[] };

/** The form's answers as an activity: one day's start and end, the plain repeat choice as an RRULE. */
export function fieldsOfForm(input: ActivityInput): Outcome<ActivityData> {
  const durationMinutes = durationOf(input);
  if (durationMinutes === null) return refusal('activities.form.end.afterStart', { field: 'end' });
  const exdates = parseExceptionDates(input.exceptions);
  if (exdates === null) return refusal('activities.form.exceptions.invalid', { field: 'exceptions' });
  if (input.repeat !== 'none' && input.until === null) return refusal('activities.rrule.unbounded', { field: 'until' });
  if (input.until !== null && input.until < input.date) return refusal('activities.form.until.afterStart', { field: 'until' });
  return success({
    buurtId: input.buurt,
    title: input.title,
    description: input.description,
    audience: input.audience ?? '',
    theme: input.theme,
    locationId: input.place,
    startsLocal: `${input.date}T${input.start}`,
    durationMinutes,
    rrule: ruleOfChoice(input.repeat, input.until),
    exdates,
    costCents: input.cost,
    organizerName: input.organizer,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    contactEmail: input.contactEmail,
    registration: input.registration,
    capacity: input.registration ? input.capacity : null,
  });
}

/** The place must be one of the district's in the guide, the buurt one of its buurten, the rule one that ends. */
async function checkActivity(trx: DbOrTx, district: District, data: ActivityData): Promise<Outcome<ActivityData>> {
  const places = await placesWithAccess(trx, district.id);
  if (!places.some((p) => p.id === data.locationId)) return refusal('activities.form.place.required', { field: 'place' });
  if (data.buurtId !== null && !(await listBuurten(trx, district.id)).some((b) => b.id === data.buurtId)) {
    return refusal('validation.choice', { field: 'buurt' });
  }
  const problem = ruleProblem(data);
  if (problem !== null) return refusal(problem, { field: 'until' });
  if (expandRecurrence(data).length === 0) return refusal('activities.rrule.noDates', { field: 'until' });
  return success(data);
}

/** Adds an activity; a first-time organiser's waits for a coordinator's approval. */
export function createActivity(
  ctx: ActionContext,
  district: District,
  data: ActivityData,
): Promise<Outcome<{ id: string; status: string }>> {
  return runAction(ctx, async (trx) => {
    const checked = await checkActivity(trx, district, data);
    if (!checked.ok) return checked;
    const user = ctx.user;
    const status = statusForNewActivity({
      isCoordinator: isCoordinatorOf(user, district),
      hasApprovedBefore: user !== null && (await hasPublishedBefore(trx, user.id)),
    });
    const at = ctx.now.toISOString();
    const id = await insertActivity(trx, { ...checked.value, districtId: district.id, organizerUserId: user?.id ?? null, status, at });
    await replaceOccurrences(trx, { id, districtId: district.id }, expandRecurrence(checked.value));
    await audit(trx, ctx, {
      action: 'activities.created',
      subjectType: 'activity',
      subjectId: id,
      districtId: district.id,
      details: { status },
    });
    return success({ id, status });
  });
}

export function changeActivity(ctx: ActionContext, district: District, activity: Activity, data: ActivityData): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const checked = await checkActivity(trx, district, data);
    if (!checked.ok) return checked;
    await updateActivity(trx, activity.id, checked.value, ctx.now.toISOString());
    await replaceOccurrences(trx, { id: activity.id, districtId: district.id }, expandRecurrence(checked.value));
    await audit(trx, ctx, { action: 'activities.changed', subjectType: 'activity', subjectId: activity.id, districtId: district.id });
    return success(activity.id);
  });
}

/** A coordinator publishes a first-time organiser's activity; from then on theirs are published at once. */
export function approveActivity(ctx: ActionContext, district: District, activityId: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const activity = await findActivity(trx, district.id, activityId);
    if (activity === undefined) return refusal('activities.notFound', { status: 404 });
    if (!(await setActivityStatus(trx, activity.id, 'pending', 'published', ctx.now.toISOString()))) {
      return refusal('activities.approve.already', { status: 409 });
    }
    await audit(trx, ctx, { action: 'activities.approved', subjectType: 'activity', subjectId: activity.id, districtId: district.id });
    return success(activity.id);
  });
}
