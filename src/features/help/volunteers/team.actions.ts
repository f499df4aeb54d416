import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { coordinatorBuurten } from '../desk/coordinator.rules.ts';
import { setVolunteerStanding } from './profile.repository.ts';
import { listVolunteers, type Volunteer } from './volunteers.repository.ts';

/** A coordinator's list of volunteers comes a page at a time, however large the pool. */
const VOLUNTEERS_PER_PAGE = 50;

export interface VolunteerPage {
  volunteers: Volunteer[];
  page: number;
  pageCount: number;
}

/** The volunteers a coordinator may see (those of their buurten), one page; the read goes on the audit log. */
export async function volunteersSeenBy(ctx: ActionContext, district: District, page = 1): Promise<VolunteerPage> {
  const own = coordinatorBuurten(ctx.user, district.id, 'help.team');
  const seen = await runAction(ctx, async (trx) => {
    const offset = (page - 1) * VOLUNTEERS_PER_PAGE;
    const { volunteers, total } = await listVolunteers(trx, district.id, { buurten: own, limit: VOLUNTEERS_PER_PAGE, offset });
    const details = { count: volunteers.length, page };
    await audit(trx, ctx, { action: 'help.volunteers.read', subjectType: 'help_volunteers', districtId: district.id, details });
    return success({ volunteers, page, pageCount: Math.max(1, Math.ceil(total / VOLUNTEERS_PER_PAGE)) });
  });
  return seen.ok ? seen.value : { volunteers: [], page, pageCount: 1 };
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
