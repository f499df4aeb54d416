import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { lockDistrict, type District } from '../../../platform/geography/geography.repository.ts';
import { findCurrentMember, memberRegister, membershipsOf, type Member } from '../membership/membership.repository.ts';
import {
  alvSettings,
  findAlv,
  markMinutesAdopted,
  openAlv,
  previousWithMinutes,
  saveItemResult,
  type Alv,
  type AlvItem,
} from './alv.repository.ts';
import {
  hasStarted,
  isAdopted,
  refuseCounts,
  refuseOpening,
  refuseProxy,
  refuseWithdrawal,
  represented,
  tally,
  votersFor,
  type Tally,
} from './alv.rules.ts';
import type { CountsInput, MemberVoteInput, PaperProxyInput, ProxyInput } from './alv.schema.ts';
import { castVote, deleteProxy, insertProxy, markPresent, presentAt, proxiesOf, votesOn } from './meeting.repository.ts';

const currentOf = async (trx: DbOrTx, districtId: string, email: string) =>
  (await membershipsOf(trx, districtId, email)).find((m) => m.endedOn === null);

async function addProxy(
  trx: DbOrTx,
  ctx: ActionContext,
  district: District,
  alv: Alv,
  principal: Member | undefined,
  holder: Member | undefined,
): Promise<Outcome> {
  await lockDistrict(trx, district.id); // two proxies at once must not both pass the holder's limit; opening waits too
  const fresh = (await findAlv(trx, district.id, alv.id)) ?? alv;
  const request = {
    principalId: principal === undefined ? '' : principal.id,
    holderId: holder?.id,
    principalIsMember: principal !== undefined,
    started: hasStarted(fresh, ctx.now),
    proxies: await proxiesOf(trx, alv.id),
    maxProxies: (await alvSettings(trx, district.id)).maxProxies,
  };
  const problem = refuseProxy(request);
  if (problem !== null) return refusal(problem.code, problem);
  await insertProxy(
    trx,
    alv.id,
    { principalId: request.principalId, holderId: request.holderId ?? '' },
    ctx.user?.id ?? null,
    ctx.now.toISOString(),
  );
  await audit(trx, ctx, { action: 'cooperative.alv.proxy', subjectType: 'coop_alv', subjectId: alv.id, districtId: district.id });
  return success();
}

/** A member gives a written proxy through their own page, naming the holder by e-mail address. */
export function giveProxy(ctx: ActionContext, district: District, alv: Alv, input: ProxyInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const principal = ctx.user === null ? undefined : await currentOf(trx, district.id, ctx.user.email);
    return addProxy(trx, ctx, district, alv, principal, await currentOf(trx, district.id, input.holder));
  });
}

/** The member who gave a proxy takes it back, until the meeting opens; then they vote themselves or not at all. */
export function withdrawProxy(ctx: ActionContext, district: District, alv: Alv): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await lockDistrict(trx, district.id); // opening the meeting waits, or this waits for it
    const fresh = (await findAlv(trx, district.id, alv.id)) ?? alv;
    const principal = ctx.user === null ? undefined : await currentOf(trx, district.id, ctx.user.email);
    if (principal === undefined) return refusal('cooperative.alv.proxy.principalNotMember', { status: 403 });
    const gave = (await proxiesOf(trx, alv.id)).some((p) => p.principalId === principal.id);
    const problem = refuseWithdrawal({ gave, started: hasStarted(fresh, ctx.now) });
    if (problem !== null) return refusal(problem.code, problem);
    await deleteProxy(trx, alv.id, principal.id);
    await audit(trx, ctx, {
      action: 'cooperative.alv.proxyWithdrawn',
      subjectType: 'coop_alv',
      subjectId: alv.id,
      districtId: district.id,
    });
    return success();
  });
}

/** The secretary records a proxy that came in on paper. */
export function recordPaperProxy(ctx: ActionContext, district: District, alv: Alv, input: PaperProxyInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const principal = await findCurrentMember(trx, district.id, input.principal);
    if (principal === undefined) return refusal('cooperative.alv.proxy.principalNotMember', { field: 'principal' });
    return addProxy(trx, ctx, district, alv, principal, await findCurrentMember(trx, district.id, input.holder));
  });
}

/** The chair opens the meeting (up to 12 hours before its time): proxies close, the door list and the votes open. */
export function openMeeting(ctx: ActionContext, district: District, alv: Alv): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await lockDistrict(trx, district.id); // a proxy given at this moment is either in, or refused
    const problem = refuseOpening(alv, ctx.now);
    if (problem !== null || !(await openAlv(trx, alv.id, ctx.now.toISOString())))
      return refusal(problem?.code ?? 'cooperative.alv.open.already', { status: 409 });
    await audit(trx, ctx, { action: 'cooperative.alv.opened', subjectType: 'coop_alv', subjectId: alv.id, districtId: district.id });
    return success();
  });
}

/** At the door, once the meeting is open: a current member is noted as present (once). */
export function arrive(ctx: ActionContext, district: District, alv: Alv, memberId: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (!hasStarted(alv, ctx.now)) return refusal('cooperative.alv.door.notYet', { status: 409 });
    const member = await findCurrentMember(trx, district.id, memberId);
    if (member === undefined) return refusal('cooperative.alv.vote.notMember', { status: 404 });
    await markPresent(trx, alv.id, member.id, ctx.now.toISOString());
    return success();
  });
}

/** Adopting the item "vaststellen notulen" adopts the minutes of the ALV before; a vote that turns undoes it. */
async function afterResult(trx: DbOrTx, district: District, alv: Alv, item: AlvItem, votes: Tally): Promise<void> {
  const adopted = isAdopted(votes);
  await saveItemResult(trx, item.id, votes, adopted);
  if (item.kind !== 'minutes') return;
  const earlier = await previousWithMinutes(trx, district.id, alv.startsAt);
  if (earlier !== undefined) await markMinutesAdopted(trx, earlier.id, adopted ? localDay(alv.startsAt) : null);
}

function openItem(alv: Alv, itemId: string, now: Date): AlvItem | Outcome {
  const item = alv.items.find((i) => i.id === itemId);
  if (item === undefined) return refusal('cooperative.alv.vote.noItem', { status: 404 });
  if (!hasStarted(alv, now)) return refusal('cooperative.alv.vote.notYet', { status: 409 });
  return item;
}

/** The secretary records the result as counts. */
export function recordCounts(ctx: ActionContext, district: District, alv: Alv, itemId: string, input: CountsInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const item = openItem(alv, itemId, ctx.now);
    if ('ok' in item) return item;
    const members = (await memberRegister(trx, district.id)).filter((m) => m.endedOn === null).length;
    const problem = refuseCounts(input, members);
    if (problem !== null) return refusal(problem.code, problem);
    await afterResult(trx, district, alv, item, input);
    await audit(trx, ctx, { action: 'cooperative.alv.vote', subjectType: 'coop_alv_item', subjectId: item.id, districtId: district.id });
    return success();
  });
}

/**
 * One member, one vote: a member present votes, and the vote counts for every member whose
 * proxy they hold too. A non-member, or a member who is not there, cannot vote.
 */
export function recordMemberVote(
  ctx: ActionContext,
  district: District,
  alv: Alv,
  itemId: string,
  input: MemberVoteInput,
): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const item = openItem(alv, itemId, ctx.now);
    if ('ok' in item) return item;
    const voter = await findCurrentMember(trx, district.id, input.member);
    if (voter === undefined) return refusal('cooperative.alv.vote.notMember', { field: 'member' });
    const present = await presentAt(trx, alv.id);
    if (!present.has(voter.id)) return refusal('cooperative.alv.vote.notPresent', { field: 'member' });
    const at = ctx.now.toISOString();
    for (const memberId of votersFor(voter.id, present, await proxiesOf(trx, alv.id)))
      await castVote(trx, { itemId: item.id, memberId, choice: input.choice, castBy: voter.id, at });
    await afterResult(trx, district, alv, item, tally(await votesOn(trx, item.id)));
    await audit(trx, ctx, { action: 'cooperative.alv.vote', subjectType: 'coop_alv_item', subjectId: item.id, districtId: district.id });
    return success();
  });
}

export interface DoorList {
  members: Member[];
  present: Set<string>;
  /** Holder id → the names of the members they vote for. */
  holds: Map<string, string[]>;
  represented: number;
}

/** The door list: every current member, who came, and whose vote each holds; reading the register is logged. */
export async function doorListSeenBy(ctx: ActionContext, district: District, alv: Alv): Promise<DoorList> {
  const db = ctx.deps.database.db;
  const members = (await memberRegister(db, district.id)).filter((m) => m.endedOn === null);
  await audit(db, ctx, { action: 'cooperative.register.read', subjectType: 'coop_alv', subjectId: alv.id, districtId: district.id });
  const present = await presentAt(db, alv.id);
  const proxies = await proxiesOf(db, alv.id);
  const name = new Map(members.map((m) => [m.id, m.name]));
  const holds = new Map<string, string[]>();
  for (const p of proxies) holds.set(p.holderId, [...(holds.get(p.holderId) ?? []), name.get(p.principalId) ?? '']);
  return { members, present, holds, represented: represented(present, proxies).length };
}

/** The proxy a signed-in member gave, or holds, for this meeting (for their own page). */
export async function ownProxies(
  ctx: ActionContext,
  district: District,
  alv: Alv,
): Promise<{ member: Member; gave: string | null; holds: string[] } | null> {
  const db = ctx.deps.database.db;
  const member = ctx.user === null ? undefined : await currentOf(db, district.id, ctx.user.email);
  if (member === undefined) return null;
  const proxies = await proxiesOf(db, alv.id);
  const names = new Map((await memberRegister(db, district.id)).map((m) => [m.id, m.name]));
  const gave = proxies.find((p) => p.principalId === member.id);
  const holds = proxies.filter((p) => p.holderId === member.id).map((p) => names.get(p.principalId) ?? '');
  return { member, gave: gave === undefined ? null : (names.get(gave.holderId) ?? ''), holds };
}
