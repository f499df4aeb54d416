import { audit, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { findVolunteersForPool, isTalent } from '../../help/index.ts';
import { signUpUser } from '../volunteering/volunteering.actions.ts';
import { findOwnProfile, insertProfile, poolTwo, setStatus, updateProfile, type PoolProfile } from './pools.repository.ts';
import { refuseStanding, searchPool, type PoolFilter, type PoolPerson } from './pools.rules.ts';
import type { JoinInput, ProfileFormInput, StandingInput } from './pools.schema.ts';

/** Everyone in both pools of the district: pool 1 from neighbour help (not copied), pool 2 from the cooperative. */
export async function everyone(db: DbOrTx, district: District, talent: string | null): Promise<PoolPerson[]> {
  const volunteers = await findVolunteersForPool(db, district.id, { talent: isTalent(talent) ? talent : null, buurtId: null });
  const one: PoolPerson[] = volunteers.map((v) => ({
    userId: v.userId,
    name: v.name,
    email: v.email,
    pool: 'volunteer',
    buurtId: v.buurtId,
    buurtName: v.buurtName,
    talents: v.talents,
    skills: v.talentNote,
    availability: '',
    active: v.active,
  }));
  return [...one, ...(await poolTwo(db, district.id))];
}

/** The coordinator's search of the talent inventory, one page; who is in it is personal data, so the read is logged. */
export async function searchSeenBy(ctx: ActionContext, district: District, filter: PoolFilter, page: number) {
  const found = searchPool(await everyone(ctx.deps.database.db, district, filter.talent), filter, page);
  await audit(ctx.deps.database.db, ctx, { action: 'cooperative.pools.read', subjectType: 'coop_pool_person', districtId: district.id });
  return found;
}

async function buurtIdOf(trx: DbOrTx, district: District, slug: string) {
  return (await findBuurt(trx, district.id, slug))?.id;
}

/** An informal carer, expert by experience or freelancer joins pool 2 without an invitation; active at once (no home visits come with it). */
export function joinPool(ctx: ActionContext, t: Translate, district: District, input: JoinInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (!input.privacy) return refusal('cooperative.pool.privacyRequired', { field: 'privacy' });
    const buurtId = await buurtIdOf(trx, district, input.buurt);
    if (buurtId === undefined) return refusal('validation.choice', { field: 'buurt' });
    const user = await signUpUser(trx, ctx, input);
    const before = await findOwnProfile(trx, district.id, user.id);
    if (before !== undefined && before.status !== 'left') return refusal('cooperative.pool.alreadyIn', { field: 'kind', status: 409 });
    const at = ctx.now.toISOString();
    const profile = { kind: input.kind, buurtId, talents: input.talents, skills: input.skills ?? '', availability: input.availability };
    // Someone who left and comes back starts again on their old row (one per person and district).
    const id = before?.id ?? (await insertProfile(trx, { districtId: district.id, userId: user.id, ...profile, at }));
    if (before !== undefined) {
      await updateProfile(trx, id, { ...profile, at });
      await setStatus(trx, id, 'left', 'active', at);
    }
    await audit(trx, ctx, { action: 'cooperative.pool.joined', subjectType: 'coop_pool_person', subjectId: id, districtId: district.id });
    await queueMail(trx, ctx, {
      to: user.email,
      subject: t('cooperative.mail.poolJoined.subject'),
      text: t('cooperative.mail.poolJoined.body', {
        name: user.name,
        district: district.name,
        kind: t(`cooperative.poolKind.${input.kind}`),
      }),
      districtId: district.id,
    });
    return success();
  });
}

/** The own pool-2 profile: no audit, it is one's own data. */
export function ownProfile(ctx: ActionContext, district: District): Promise<PoolProfile | undefined> {
  return findOwnProfile(ctx.deps.database.db, district.id, ctx.user?.id ?? '');
}

export function saveOwnProfile(ctx: ActionContext, district: District, input: ProfileFormInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const own = await findOwnProfile(trx, district.id, ctx.user?.id ?? '');
    if (own === undefined || own.status === 'left') return refusal('error.404', { status: 404 });
    const buurtId = await buurtIdOf(trx, district, input.buurt);
    if (buurtId === undefined) return refusal('validation.choice', { field: 'buurt' });
    const profile = { kind: input.kind, buurtId, talents: input.talents, skills: input.skills ?? '', availability: input.availability };
    await updateProfile(trx, own.id, { ...profile, at: ctx.now.toISOString() });
    return success();
  });
}

/** Pause, take up again, or leave pool 2. */
export function setOwnStanding(ctx: ActionContext, district: District, input: StandingInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const own = await findOwnProfile(trx, district.id, ctx.user?.id ?? '');
    if (own === undefined) return refusal('error.404', { status: 404 });
    const problem = refuseStanding(own.status, input.status);
    if (problem !== null) return refusal(problem.code, problem);
    if (!(await setStatus(trx, own.id, own.status, input.status, ctx.now.toISOString())))
      return refusal('cooperative.pool.sameStatus', { field: 'status', status: 409 });
    await audit(trx, ctx, {
      action: `cooperative.pool.${input.status}`,
      subjectType: 'coop_pool_person',
      subjectId: own.id,
      districtId: district.id,
    });
    return success(input.status === 'active' ? 'actief' : input.status === 'paused' ? 'gepauzeerd' : 'gestopt');
  });
}
