import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refuse, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { coordinatorBuurten } from '../desk/coordinator.rules.ts';
import { poolMail } from './pool.mail.ts';
import {
  insertPoolInvitation,
  markPoolInvitationHandled,
  openPoolInvitations,
  type NewPoolInvitation,
  type PoolInvitation,
} from './pool.repository.ts';

/**
 * CONTRACT for the common language (issue 14 item 5): what a resident would like to
 * contribute, or their talent, becomes with their recorded consent an invitation to the
 * volunteer pool: the coordinators of their buurt see it, and the resident hears (by
 * mail, when they gave an address) that someone will get in touch. Pass the transaction of
 * the conversation so both are saved or neither.
 */
export async function inviteToVolunteerPool(
  trx: DbOrTx,
  ctx: ActionContext,
  input: Omit<NewPoolInvitation, 'consentAt' | 'invitedBy'> & { districtSlug: string },
): Promise<string> {
  if (input.contribute === null && input.talent === null) refuse('help.pool.nothingToOffer');
  const at = ctx.now.toISOString();
  const { districtSlug, ...row } = input;
  const id = await insertPoolInvitation(trx, { ...row, consentAt: at, invitedBy: ctx.user?.id ?? null }, at);
  await audit(trx, ctx, { action: 'help.pool.invited', subjectType: 'help_pool_invitation', subjectId: id, districtId: input.districtId });
  if (input.email !== null) {
    const mail = poolMail(input.email, { name: input.name, link: linkFor(ctx, `/${districtSlug}/hulp`) });
    await queueMail(trx, ctx, { ...mail, districtId: input.districtId });
  }
  return id;
}

/** The open invitations of the buurten the coordinator keeps volunteers for; reading them is on the audit log. */
export function poolInvitationsSeenBy(ctx: ActionContext, district: District): Promise<Outcome<PoolInvitation[]>> {
  return runAction(ctx, async (trx) => {
    const open = await openPoolInvitations(trx, district.id, coordinatorBuurten(ctx.user, district.id, 'help.team'));
    await audit(trx, ctx, {
      action: 'help.pool.read',
      subjectType: 'help_pool_invitations',
      districtId: district.id,
      details: { count: open.length },
    });
    return success(open);
  });
}

/** A coordinator followed an invitation up: invited the resident as a volunteer, or heard no. */
export function markHandled(ctx: ActionContext, district: District, id: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const mine = await openPoolInvitations(trx, district.id, coordinatorBuurten(ctx.user, district.id, 'help.team'));
    if (!mine.some((p) => p.id === id)) refuse('help.pool.notOpen', { status: 409 });
    if (!(await markPoolInvitationHandled(trx, district.id, id, ctx.now.toISOString()))) refuse('help.pool.notOpen', { status: 409 });
    await audit(trx, ctx, { action: 'help.pool.handled', subjectType: 'help_pool_invitation', subjectId: id, districtId: district.id });
    return success();
  });
}
