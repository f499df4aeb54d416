import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { findUserByEmail, rolesOfUser, setPasswordHash } from '../../../platform/auth/auth.repository.ts';
import { hashPassword, needsRehash, verifyPassword } from '../../../platform/auth/passwords.ts';
import { districtsOf } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import { refundRateLimit } from '../../../platform/http/rate-limit.repository.ts';
import { actingAs } from '../common/acting.ts';
import { failuresKey, signInLimits } from './sign-in.rules.ts';

/** Writes the new session in the action's transaction; the route gives it the cookie. */
export type SessionStarter = (trx: DbOrTx, userId: string) => Promise<void>;

/**
 * Signs someone in with their password and answers where they go: the start page of their
 * district. A wrong password is refused, and recorded in the audit log all the same.
 */
export async function signIn(
  ctx: ActionContext,
  credentials: { email: string; password: string },
  startSession: SessionStarter,
): Promise<Outcome<string>> {
  const user = await findUserByEmail(ctx.deps.database.db, credentials.email);
  // A decoy hash keeps unknown addresses as slow as known ones.
  const valid = await verifyPassword(user?.passwordHash ?? null, credentials.password);
  const as = actingAs(ctx, user);
  if (!valid || user === undefined || user.disabled) {
    // Its own action: a refusal would roll the record of the attempt back.
    await runAction(as, async (trx) => {
      await audit(trx, as, { action: 'auth.sign_in_failed' });
      return success();
    });
    return refusal('accounts.signIn.failed');
  }
  const rehash = user.passwordHash !== null && needsRehash(user.passwordHash) ? await hashPassword(credentials.password) : null;
  return runAction(as, async (trx) => {
    if (rehash !== null) await setPasswordHash(trx, user.id, rehash);
    await startSession(trx, user.id);
    await audit(trx, as, { action: 'auth.sign_in' });
    // The attempt was counted against the address's failures before it was known to be right.
    await refundRateLimit(trx, failuresKey(credentials.email), signInLimits.failuresPerEmail, ctx.now);
    return success(await homeOf(trx, user.id));
  });
}

async function homeOf(trx: DbOrTx, userId: string): Promise<string> {
  const districts = districtsOf(await rolesOfUser(trx, userId));
  if (districts === 'all' || districts[0] === undefined) return '/';
  const district = await findDistrictById(trx, districts[0]);
  return district ? `/${district.slug}` : '/';
}

/** Ends the session of the request; a signed-in person's sign-out is recorded. */
export function signOut(ctx: ActionContext, endSession: (trx: DbOrTx) => Promise<void>): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    if (ctx.user !== null) await audit(trx, ctx, { action: 'auth.sign_out' });
    await endSession(trx);
    return success();
  });
}
