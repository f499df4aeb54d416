import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { assignRole, findUserByEmail, removeRole } from '../../../platform/auth/auth.repository.ts';
import type { Role } from '../../../platform/auth/roles.rules.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import { adoptHouseRules } from '../../help/index.ts';
import { findCurrentMember } from '../membership/membership.repository.ts';
import { currentSeats, endSeat, insertDecision, insertSeat } from './board.repository.ts';
import { isAdopted, refuseDecisionRecord, refuseSeat, type Body } from './board.rules.ts';
import type { AdoptRulesInput, DecisionRecordInput, SeatInput } from './board.schema.ts';

/** The role a seat gives on the member's account: the kascommissie checks, it holds no board power. */
const roleOf: Record<Body, Role | null> = { general: 'general_board', daily: 'daily_board', audit: null };

async function accountRole(trx: DbOrTx, ctx: ActionContext, district: District, email: string | null, body: Body, give: boolean) {
  const role = roleOf[body];
  const user = email === null || role === null ? undefined : await findUserByEmail(trx, email);
  if (user === undefined || role === null) return;
  const assignment = { role, districtId: district.id, buurtId: null, organizationId: null };
  if (give) await assignRole(trx, user.id, assignment, { at: ctx.now.toISOString(), by: ctx.user?.id ?? null });
  else await removeRole(trx, user.id, assignment);
}

/** A member takes a seat on a board or the kascommissie, for a term; their account gets the board's role. */
export function addSeat(ctx: ActionContext, district: District, input: SeatInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await lockDistrict(trx, district.id); // two at once must not both become chair
    const member = await findCurrentMember(trx, district.id, input.member);
    if (member === undefined) return refusal('validation.choice', { field: 'member' });
    const seat = { memberId: member.id, body: input.body, function: input.function, termStart: input.termStart, termEnd: input.termEnd };
    const problem = refuseSeat(await currentSeats(trx, district.id), seat);
    if (problem !== null) return refusal(problem.code, problem);
    const id = await insertSeat(trx, { districtId: district.id, ...seat, at: ctx.now.toISOString() });
    await accountRole(trx, ctx, district, member.email, input.body, true);
    await audit(trx, ctx, { action: 'cooperative.seat.added', subjectType: 'coop_board_seat', subjectId: id, districtId: district.id });
    return success();
  });
}

/** A seat ends today; the account loses the board's role unless another seat of that body remains. */
export function endBoardSeat(ctx: ActionContext, district: District, seatId: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const seats = await currentSeats(trx, district.id);
    const seat = seats.find((s) => s.id === seatId);
    if (seat === undefined || !(await endSeat(trx, district.id, seatId, localDay(ctx.now))))
      return refusal('cooperative.board.seatGone', { status: 409 });
    await accountRole(trx, ctx, district, seat.email, seat.body, false);
    await audit(trx, ctx, { action: 'cooperative.seat.ended', subjectType: 'coop_board_seat', subjectId: seatId, districtId: district.id });
    return success();
  });
}

/** Records a decision of a board inside the caller's transaction (also for what other capabilities bring to the board). */
export async function recordBoardDecision(
  trx: DbOrTx,
  ctx: ActionContext,
  district: District,
  input: DecisionRecordInput,
  subject: string,
): Promise<string> {
  const { body, decidedOn, text, votesFor, votesAgainst, votesAbstained } = input;
  const votes = { votesFor, votesAgainst, votesAbstained };
  const problem = refuseDecisionRecord(votes, decidedOn, localDay(ctx.now));
  if (problem !== null) refuse(problem.code, problem);
  const data = { body, decidedOn, subject, text, ...votes, adopted: isAdopted(votes) };
  const id = await insertDecision(trx, { districtId: district.id, ...data, recordedBy: ctx.user?.id ?? null, at: ctx.now.toISOString() });
  await audit(trx, ctx, { action: 'cooperative.decision.recorded', subjectType: 'coop_decision', subjectId: id, districtId: district.id });
  return id;
}

/** A board records a decision: the day, the words and the votes. */
export function recordDecision(ctx: ActionContext, district: District, input: DecisionRecordInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await recordBoardDecision(trx, ctx, district, input, 'other');
    return success();
  });
}

/**
 * The board — not the administrator — adopts the house rules of neighbour help. The
 * decision is recorded and the version kept with it; it is in force from the day of the
 * decision. A vote with no majority for adopts nothing.
 */
export function adoptRules(ctx: ActionContext, district: District, input: AdoptRulesInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (!isAdopted(input)) return refusal('cooperative.rules.notAdopted', { field: 'votesFor' });
    const id = await recordBoardDecision(trx, ctx, district, input, 'house_rules');
    await adoptHouseRules(trx, ctx, district.id, input, { id, text: input.text, inForceFrom: input.decidedOn });
    return success();
  });
}
