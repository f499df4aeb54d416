import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import { listPartners } from '../partners/partners.repository.ts';
import { refuseSeats, steeringOf } from '../programmes/programmes.rules.ts';
import { settingsOf } from '../settings/settings.repository.ts';
import { dayOf } from '../shared/days.rules.ts';
import { endMembership, insertMember, listChairTerms, listMembers, replaceChairTerms } from './steering.repository.ts';
import { chairRotation, openSeats, periodsFrom, refuseNewMember } from './steering.rules.ts';
import type { MemberInput, ScheduleInput } from './steering.schema.ts';

/** Today's members, the seats still empty and the chair schedule; a district without a wijkpact has no seats. */
export async function steeringGroup(ctx: ActionContext, district: District) {
  const { db } = ctx.deps.database;
  const members = await listMembers(db, district.id, dayOf(ctx.now));
  const steering = steeringOf((await settingsOf(db, district.id)).programmes);
  return {
    members,
    maxMembers: steering?.max ?? null,
    openSeats: steering === null ? [] : openSeats(members),
    terms: await listChairTerms(db, district.id),
  };
}

/** Adds a member when the seat is free and the group has fewer than eight (seed 000 §6). */
export function addMember(ctx: ActionContext, district: District, input: MemberInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (input.organization !== null && !(await listPartners(trx, district.id)).some((p) => p.organizationId === input.organization))
      return refusal('validation.choice', { field: 'organization' });
    const noSeats = refuseSeats((await settingsOf(trx, district.id)).programmes);
    if (noSeats !== null) return refusal(noSeats, { field: 'seat', status: 409 });
    // Two members added at the same moment must not both become the ninth.
    await lockDistrict(trx, district.id);
    const problem = refuseNewMember(await listMembers(trx, district.id, dayOf(ctx.now)), input.seat);
    if (problem !== null) return refusal(problem, { field: 'seat', status: 409 });
    const { organization, ...member } = input;
    const id = await insertMember(trx, { districtId: district.id, ...member, organizationId: organization, at: ctx.now.toISOString() });
    await audit(trx, ctx, {
      action: 'pact.steering.member_added',
      subjectType: 'pact_steering_member',
      subjectId: id,
      districtId: district.id,
      details: { seat: input.seat },
    });
    return success(id);
  });
}

/** A membership ends today; 404 when there is no such current member. */
export function endMember(ctx: ActionContext, district: District, memberId: string): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    if (!(await endMembership(trx, district.id, memberId, dayOf(ctx.now)))) return refusal('error.404', { status: 404 });
    await audit(trx, ctx, {
      action: 'pact.steering.member_ended',
      subjectType: 'pact_steering_member',
      subjectId: memberId,
      districtId: district.id,
    });
    return success(memberId);
  });
}

/** The chair rotates among today's members, continuing after whoever chaired before these terms. */
export function makeChairSchedule(ctx: ActionContext, district: District, input: ScheduleInput): Promise<Outcome<number>> {
  return runAction(ctx, async (trx) => {
    const members = await listMembers(trx, district.id, dayOf(ctx.now));
    if (members.length === 0) return refusal('pact.steering.noMembers', { field: 'from' });
    const before = (await listChairTerms(trx, district.id)).filter((t) => t.period < input.from).at(-1);
    const terms = chairRotation(members, before?.memberId ?? null, periodsFrom(input.from, input.terms));
    await replaceChairTerms(trx, district.id, terms);
    return success(terms.length);
  });
}
