import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { findActivity, lockActivity } from '../agenda/activities.repository.ts';
import { placeLine } from '../registration/registration.actions.ts';
import { registrationMail } from '../registration/registration.mail.ts';
import { closeRegistrations } from '../registration/registration.repository.ts';
import { cancelOneDate, cancelWholeActivity, occurrencesOf } from './cancellation.repository.ts';
import { cancelProblem, type CancelTarget } from './cancellation.rules.ts';

/**
 * The organiser (or a coordinator) cancels the whole activity or one date, with a short reason
 * residents read. Everyone with a place or on the waiting list for what is cancelled is taken
 * off and gets a mail, in the same transaction; the agenda and the calendars show it as
 * cancelled. What is past, cancelled already, or not a date of the activity is refused and
 * nothing changes.
 */
export function cancelActivity(
  ctx: ActionContext,
  t: Translate,
  district: District,
  activityId: string,
  input: { target: CancelTarget; reason: string },
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    await lockActivity(trx, activityId);
    const activity = await findActivity(trx, district.id, activityId);
    if (activity === undefined) return refusal('activities.notFound', { status: 404 });
    const now = ctx.now.toISOString();
    const occurrences = (await occurrencesOf(trx, activity.id)).map((o) => ({ startsAt: o.startsAt, cancelled: o.cancelled !== null }));
    const problem = cancelProblem({ status: activity.status, now, occurrences }, input.target);
    if (problem !== null) return refusal(problem.code, { field: problem.field, status: problem.status });
    const target = input.target;
    if (target.whole) {
      if (!(await cancelWholeActivity(trx, activity.id, input.reason, now)))
        return refusal('activities.cancelling.already', { status: 409 });
    } else {
      await cancelOneDate(trx, {
        activityId: activity.id,
        startsAt: target.startsAt,
        reason: input.reason,
        by: ctx.user?.id ?? null,
        at: now,
      });
    }
    const which = target.whole ? { from: now } : { from: now, startsAt: target.startsAt };
    const affected = await closeRegistrations(trx, activity.id, which, now);
    const place = await placeLine(trx, district.id, activity.locationId);
    const page = linkFor(ctx, `/${district.slug}/activiteiten/${activity.id}`);
    for (const r of affected) {
      const facts = { activity, startsAt: r.startsAt, place, name: r.name, cancelLink: page, reason: input.reason };
      await queueMail(trx, ctx, { ...registrationMail(t, 'cancelled', r.email, facts), districtId: district.id });
    }
    await audit(trx, ctx, {
      action: target.whole ? 'activities.activity_cancelled' : 'activities.date_cancelled',
      subjectType: 'activity',
      subjectId: activity.id,
      districtId: district.id,
      details: { ...(target.whole ? {} : { startsAt: target.startsAt }), registrationsTakenOff: affected.length },
    });
    return success(activity.id);
  });
}
