import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { actorOf } from '../model/actor.ts';
import { recordChange } from '../model/history.repository.ts';
import { localMoment } from '../model/schedule.rules.ts';
import { reindexAround } from '../search/index.repository.ts';
import type { AssessmentForm } from './assessment.schema.ts';
import { insertAssessment } from './assessments.repository.ts';

/**
 * An expert by experience assesses a place (seed 003 annex 2). An assessment is of a visit
 * that happened: a date after today (in Amsterdam) is refused. The place's search row
 * follows at once, so the accessibility filter finds it.
 */
export function assessPlace(ctx: ActionContext, district: District, place: { id: string }, input: AssessmentForm): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (ctx.user === null) return refusal('error.403.body', { status: 403 });
    if (input.assessedOn > localMoment(ctx.now).date) return refusal('guide.assess.future', { field: 'assessedOn' });
    const actor = actorOf(ctx);
    await insertAssessment(trx, {
      locationId: place.id,
      assessorUserId: ctx.user.id,
      assessedOn: input.assessedOn,
      scores: { physical: input.physicalScore, financial: input.financialScore, welcome: input.welcomeScore },
      remarks: { physical: input.physicalRemarks ?? '', financial: input.financialRemarks ?? '', welcome: input.welcomeRemarks ?? '' },
      at: actor.at,
    });
    const change = {
      entryType: 'location',
      entryId: place.id,
      action: 'assessed',
      details: { assessedOn: [null, input.assessedOn] },
    } as const;
    await recordChange(trx, { districtId: district.id, ...change }, actor);
    await reindexAround(trx, district.id, { locationIds: [place.id] });
    return success();
  });
}
