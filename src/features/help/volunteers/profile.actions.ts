import { runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { buurtOfDistrict } from '../shared/places.repository.ts';
import { ruleRefusal } from '../shared/refusals.ts';
import { saveVolunteerProfile } from './profile.repository.ts';
import type { VolunteerProfile } from './volunteers.repository.ts';

/** The volunteer creates or changes their own profile, in a buurt of the district. */
export function saveProfile(ctx: ActionContext, district: District, userId: string, profile: VolunteerProfile): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if ((await buurtOfDistrict(trx, district.id, profile.buurtId)) === undefined) return ruleRefusal('help.refusal.unknownBuurt', 'buurt');
    await saveVolunteerProfile(trx, { districtId: district.id, userId }, profile, ctx.now.toISOString());
    return success();
  });
}
