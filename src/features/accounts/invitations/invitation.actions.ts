import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { assignRole, findUserByEmail, insertUser } from '../../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { passwordProblem } from '../../../platform/auth/passwords.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { actingAs } from '../common/acting.ts';
import type { SessionStarter } from '../sign-in/sign-in.actions.ts';
import { markInvitationAccepted, type Invitation } from './invitations.repository.ts';

/**
 * Accepts an invitation, once: the invited address gets an account (or keeps the one it
 * got meanwhile), the role, and a session. A second acceptance is refused (409).
 */
export async function acceptInvitation(
  ctx: ActionContext,
  invitation: Invitation,
  input: { name: string; password: string },
  startSession: SessionStarter,
): Promise<Outcome> {
  const weak = passwordProblem(input.password, invitation.email);
  if (weak !== null) return refusal(weak, { field: 'password' });
  const hash = await hashPassword(input.password);
  return runAction(ctx, async (trx) => {
    const at = ctx.now.toISOString();
    if (!(await markInvitationAccepted(trx, invitation.id, at))) return refusal('accounts.link.used.title', { status: 409 });
    const userId = await accountFor(trx, invitation, input.name, hash, at);
    const { role, districtId, buurtId, organizationId, service } = invitation;
    await assignRole(trx, userId, { role, districtId, buurtId, organizationId, service }, { at, by: invitation.invitedBy });
    await audit(trx, actingAs(ctx, { id: userId, email: invitation.email, name: input.name }), {
      action: 'users.invitation_accepted',
      subjectType: 'user',
      subjectId: userId,
      districtId,
      details: { role },
    });
    await startSession(trx, userId);
    return success();
  });
}

/** The invited address may have got an account meanwhile; then the role goes to that account. */
async function accountFor(trx: DbOrTx, invitation: Invitation, name: string, hash: string, at: string): Promise<string> {
  const existing = await findUserByEmail(trx, invitation.email);
  if (existing) return existing.id;
  return insertUser(trx, { email: invitation.email, name, passwordHash: hash, createdAt: at });
}
