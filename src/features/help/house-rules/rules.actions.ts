import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { HouseRules } from './house-rules.rules.ts';
import { saveHouseRules } from './rules.repository.ts';
import type { RulesInput } from './rules.schema.ts';

function houseRulesOf(input: RulesInput): HouseRules {
  return {
    ...input,
    oddJobFeeCents: input.oddJobFee,
    studentDesk: input.studentDesk ?? '',
    socialEntrepreneurs: (input.socialEntrepreneurs ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    contactEmail: input.contactEmail ?? '',
  };
}

/** The administrator sets the cooperative's house rules; they apply to every request from now on. */
export function saveRules(ctx: ActionContext, district: District, input: RulesInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await saveHouseRules(trx, district.id, houseRulesOf(input), { at: ctx.now.toISOString(), by: ctx.user?.id ?? null });
    await audit(trx, ctx, { action: 'help.rules.saved', subjectType: 'help_rules', subjectId: district.id, districtId: district.id });
    return success();
  });
}
