import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { ExpertForm } from './assessment.schema.ts';
import { peopleWithExpertFlag, setExpert } from './experts.repository.ts';

/** An administrator marks someone of the district as an expert by experience, or takes it back; audited. */
export function setExpertFlag(ctx: ActionContext, district: District, input: ExpertForm): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const people = await peopleWithExpertFlag(trx, district.id);
    if (!people.some((p) => p.id === input.userId)) return refusal('validation.choice', { field: 'userId' });
    await setExpert(trx, input.userId, input.expert);
    await audit(trx, ctx, {
      action: 'guide.expert_flag_set',
      subjectType: 'user',
      subjectId: input.userId,
      districtId: district.id,
      details: { expert: input.expert },
    });
    return success();
  });
}
