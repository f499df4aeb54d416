import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { localDay } from '../../../platform/clock.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { coordinatorBuurten } from '../desk/coordinator.rules.ts';
import { lapsingVogs, refuseVogDate, type Lapsing } from '../shared/vog.rules.ts';
import { setVolunteerStanding } from './profile.repository.ts';
import { findVogValidity, recordVogDate } from './vog.repository.ts';
import type { VogDateInput } from './vog.schema.ts';
import { listVolunteers, volunteersWithVog, type Volunteer } from './volunteers.repository.ts';

/** A coordinator's list of volunteers comes a page at a time, however large the pool. */
const VOLUNTEERS_PER_PAGE = 50;

export interface VolunteerPage {
  volunteers: Volunteer[];
  page: number;
  pageCount: number;
  /** How many months a VOG counts; null: the board set no end. */
  vogValidMonths: number | null;
  /** VOGs that lapsed or lapse soon, of the volunteers this coordinator may see. */
  lapsing: Lapsing<{ id: string; name: string; vogDate: string | null }>[];
}

/** The volunteers a coordinator may see (those of their buurten), one page; the read goes on the audit log. */
export async function volunteersSeenBy(ctx: ActionContext, district: District, page = 1): Promise<VolunteerPage> {
  const own = coordinatorBuurten(ctx.user, district.id, 'help.team');
  const seen = await runAction(ctx, async (trx) => {
    const offset = (page - 1) * VOLUNTEERS_PER_PAGE;
    const { volunteers, total } = await listVolunteers(trx, district.id, { buurten: own, limit: VOLUNTEERS_PER_PAGE, offset });
    const vogValidMonths = await findVogValidity(trx, district.id);
    const lapsing = lapsingVogs(await volunteersWithVog(trx, district.id, own), vogValidMonths, localDay(ctx.now));
    const details = { count: volunteers.length, page, lapsing: lapsing.length };
    await audit(trx, ctx, { action: 'help.volunteers.read', subjectType: 'help_volunteers', districtId: district.id, details });
    return success({ volunteers, page, pageCount: Math.max(1, Math.ceil(total / VOLUNTEERS_PER_PAGE)), vogValidMonths, lapsing });
  });
  return seen.ok ? seen.value : { volunteers: [], page, pageCount: 1, vogValidMonths: null, lapsing: [] };
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

/**
 * A coordinator records the date on a volunteer's VOG, later than the intake or renewed:
 * also for volunteers invited before the cooperative's intake existed. From then on it counts
 * from that date.
 */
export function recordVog(ctx: ActionContext, district: District, volunteer: Volunteer, input: VogDateInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const problem = refuseVogDate(input.vogDate, localDay(ctx.now));
    if (problem !== null) return refusal(problem, { field: 'vogDate' });
    if (!(await recordVogDate(trx, volunteer.id, input.vogDate, ctx.now.toISOString()))) return refusal('error.404', { status: 404 });
    await audit(trx, ctx, {
      action: 'help.volunteer.vog_recorded',
      subjectType: 'help_volunteer',
      subjectId: volunteer.id,
      districtId: district.id,
      details: { vogDate: input.vogDate, before: volunteer.vogDate ?? '' },
    });
    return success();
  });
}
