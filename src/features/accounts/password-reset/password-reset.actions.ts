import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { deleteSessionsOfUser, findUserByEmail, setPasswordHash, type UserRow } from '../../../platform/auth/auth.repository.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { passwordProblem } from '../../../platform/auth/passwords.rules.ts';
import { hashToken, newToken } from '../../../platform/auth/tokens.ts';
import { addMinutes } from '../../../platform/clock.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { actingAs } from '../common/acting.ts';
import { insertPasswordReset, usePasswordReset, type PasswordReset } from './password-reset.repository.ts';
import { RESET_LINK_MINUTES } from './password-reset.rules.ts';

/**
 * Mails a link for a new password when the address belongs to an active account. Nothing
 * in the answer tells whether it does.
 */
export function requestPasswordReset(ctx: ActionContext, t: Translate, email: string): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (user === undefined || user.disabled) return success();
    const token = newToken();
    const expiresAt = addMinutes(ctx.now, RESET_LINK_MINUTES).toISOString();
    await insertPasswordReset(trx, hashToken(token), user.id, ctx.now.toISOString(), expiresAt);
    await audit(trx, actingAs(ctx, user), { action: 'auth.password_reset_requested' });
    const link = linkFor(ctx, `/wachtwoord-herstellen/${token}`);
    await queueMail(trx, ctx, {
      to: user.email,
      subject: t('accounts.mail.reset.subject'),
      text: t('accounts.mail.reset.body', { name: user.name, link, minutes: RESET_LINK_MINUTES }),
    });
    return success();
  });
}

/**
 * Sets the new password of a valid link and signs the person out everywhere, once: of
 * two at the same time, the second is refused (409) as a used link.
 */
export async function resetPassword(ctx: ActionContext, reset: PasswordReset, user: UserRow, password: string): Promise<Outcome> {
  const weak = passwordProblem(password, user.email);
  if (weak !== null) return refusal(weak, { field: 'password' });
  const hash = await hashPassword(password);
  const as = actingAs(ctx, user);
  return runAction(as, async (trx) => {
    if (!(await usePasswordReset(trx, reset.tokenHash, ctx.now.toISOString()))) return refusal('accounts.link.used.title', { status: 409 });
    await setPasswordHash(trx, user.id, hash);
    await deleteSessionsOfUser(trx, user.id);
    await audit(trx, as, { action: 'auth.password_reset' });
    return success();
  });
}
