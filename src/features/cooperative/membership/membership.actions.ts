import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { removeRole } from '../../../platform/auth/auth.repository.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { grantRoleOrInvite } from '../../accounts/index.ts';
import { localDay } from '../../../platform/clock.ts';
import {
  decideApplication,
  endMembership,
  findApplication,
  hasPendingApplication,
  insertApplication,
  insertMember,
  memberRegister,
  membershipsOf,
  pendingApplications,
  type Application,
  type Member,
} from './membership.repository.ts';
import { refuseApplication, refuseDecision } from './membership.rules.ts';
import type { ApplyInput, DecisionInput, EndInput } from './membership.schema.ts';

/** Anyone applies, without an account; the applicant hears by e-mail that it arrived. */
export function applyForMembership(ctx: ActionContext, t: Translate, district: District, input: ApplyInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const buurt = input.buurt === null ? undefined : await findBuurt(trx, district.id, input.buurt);
    if (input.buurt !== null && buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const current = (await membershipsOf(trx, district.id, input.email)).some((m) => m.endedOn === null);
    const problem = refuseApplication({
      kind: input.kind,
      organization: input.organization,
      alreadyMember: current,
      alreadyWaiting: await hasPendingApplication(trx, district.id, input.email),
    });
    if (problem !== null) return refusal(problem.code, problem);
    const organizationName = input.kind === 'resident' ? null : input.organization;
    const id = await insertApplication(trx, {
      districtId: district.id,
      kind: input.kind,
      name: input.name,
      organizationName,
      email: input.email,
      phone: input.phone,
      buurtId: buurt?.id ?? null,
      motivation: input.motivation ?? '',
      at: ctx.now.toISOString(),
    });
    await queueMail(trx, ctx, {
      to: input.email,
      subject: t('cooperative.mail.applied.subject'),
      text: t('cooperative.mail.applied.body', { name: input.name, district: district.name }),
      districtId: district.id,
    });
    return success(id);
  });
}

/** The applications waiting for the daily board; who applied is personal data, so reading them is logged. */
export async function applicationsSeenBy(ctx: ActionContext, district: District): Promise<Application[]> {
  const db = ctx.deps.database.db;
  const waiting = await pendingApplications(db, district.id);
  await audit(db, ctx, { action: 'cooperative.applications.read', subjectType: 'coop_application', districtId: district.id });
  return waiting;
}

/** The member register, for the board only; every read is logged. */
export async function registerSeenBy(ctx: ActionContext, district: District): Promise<Member[]> {
  const db = ctx.deps.database.db;
  const register = await memberRegister(db, district.id);
  await audit(db, ctx, { action: 'cooperative.register.read', subjectType: 'coop_member', districtId: district.id });
  return register;
}

/**
 * The daily board decides. Admitted: a member as of today, and an account by invitation (or
 * the member role on the account they have). Declined: the applicant hears why.
 */
export function decide(
  ctx: ActionContext,
  t: Translate,
  district: District,
  applicationId: string,
  input: DecisionInput,
): Promise<Outcome<'toegelaten' | 'afgewezen'>> {
  return runAction(ctx, async (trx) => {
    const application = await findApplication(trx, district.id, applicationId);
    if (application === undefined) return refusal('cooperative.decision.unknown', { field: 'decision', status: 404 });
    const problem = refuseDecision(application.status, input.decision, input.reason);
    if (problem !== null) return refusal(problem.code, problem);
    const decided = await decideApplication(trx, application.id, {
      status: input.decision,
      at: ctx.now.toISOString(),
      by: ctx.user?.id ?? null,
      reason: input.reason,
    });
    if (!decided) return refusal('cooperative.decision.alreadyDecided', { field: 'decision', status: 409 });
    const joinedOn = localDay(ctx.now);
    if (input.decision === 'admitted') {
      const { kind, name, organizationName, email, phone, buurtId } = application;
      const data = { kind, name, organizationName, email, phone, buurtId, joinedOn };
      await insertMember(trx, { districtId: district.id, ...data, applicationId: application.id, at: ctx.now.toISOString() });
      await grantRoleOrInvite(trx, ctx, t, {
        district,
        input: { email, name, role: 'member' },
        scope: { buurtId: null, organizationId: null },
      });
    }
    await audit(trx, ctx, {
      action: `cooperative.application.${input.decision}`,
      subjectType: 'coop_application',
      subjectId: application.id,
      districtId: district.id,
    });
    const params = { name: application.name, district: district.name, reason: input.reason ?? '', date: joinedOn };
    await queueMail(trx, ctx, {
      to: application.email,
      subject: t(`cooperative.mail.${input.decision}.subject`),
      text: t(`cooperative.mail.${input.decision}.body`, { ...params, link: linkFor(ctx, `/${district.slug}/cooperatie`) }),
      districtId: district.id,
    });
    return success(input.decision === 'admitted' ? 'toegelaten' : 'afgewezen');
  });
}

/** A member sees their own memberships: no audit, it is their own data. */
export function ownMemberships(ctx: ActionContext, district: District): Promise<Member[]> {
  return membershipsOf(ctx.deps.database.db, district.id, ctx.user?.email ?? '');
}

/** A member ends their own membership as of today; with the last one the member role goes too. */
export function endOwnMembership(ctx: ActionContext, district: District, memberId: string, input: EndInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (ctx.user === null) return refusal('error.403', { status: 403 });
    if (!input.sure) return refusal('cooperative.end.notSure', { field: 'sure' });
    const mine = await membershipsOf(trx, district.id, ctx.user.email);
    const member = mine.find((m) => m.id === memberId);
    if (member === undefined) return refusal('error.404', { status: 404 });
    if (!(await endMembership(trx, member.id, { on: localDay(ctx.now), reason: input.reason })))
      return refusal('cooperative.end.alreadyEnded', { field: 'sure', status: 409 });
    if (!mine.some((m) => m.id !== member.id && m.endedOn === null))
      await removeRole(trx, ctx.user.id, { role: 'member', districtId: district.id, buurtId: null, organizationId: null });
    await audit(trx, ctx, {
      action: 'cooperative.member.ended',
      subjectType: 'coop_member',
      subjectId: member.id,
      districtId: district.id,
    });
    return success();
  });
}
