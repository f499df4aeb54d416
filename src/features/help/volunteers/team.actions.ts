import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { coordinatorBuurten } from '../desk/coordinator.rules.ts';
import { setVolunteerStanding } from './profile.repository.ts';
import { listVolunteers, type Volunteer } from './volunteers.repository.ts';

/** The volunteers a coordinator may see (those of their buurten); the read goes on the audit log. */
export async function volunteersSeenBy(ctx: ActionContext, district: District): Promise<Volunteer[]> {
  const own = coordinatorBuurten(ctx.user, district.id, 'help.team');
  const seen = await runAction(ctx, async (trx) => {
    const volunteers = (await listVolunteers(trx, district.id)).filter((v) => own === 'all' || own.has(v.buurtId));
    const details = { count: volunteers.length };
    await audit(trx, ctx, { action: 'help.volunteers.read', subjectType: 'help_volunteers', districtId: district.id, details });
    return success(volunteers);
  });
  return seen.ok ? seen.value : [];
}

/** A coordinator records the VOG they saw, or pauses a volunteer. */
export function setStanding(
  ctx: ActionContext,
  district: District,
  volunteer: Volunteer,
  standing: { vogOnFile: boolean; active: boolean },
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await setVolunteerStanding(trx, volunteer.id, standing, ctx.now.toISOString());
    const entry = { subjectType: 'help_volunteer', subjectId: volunteer.id, districtId: district.id, details: standing };
    await audit(trx, ctx, { action: 'help.volunteer.standing', ...entry });
    return success();
  });
}
