import { audit, linkFor, queueMail, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { findUserByEmail, rolesOfUser, setPasswordHash, type UserRow } from '../../../platform/auth/auth.repository.ts';
import { hashPassword, needsRehash, verifyPassword } from '../../../platform/auth/passwords.ts';
import { districtsOf } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findDistrictById } from '../../../platform/geography/geography.repository.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import { hitRateLimit, refundRateLimit } from '../../../platform/http/rate-limit.repository.ts';
import { actingAs } from '../common/acting.ts';
import { UNLOCK_LINK_MINUTES, unlockPath } from './known-device.rules.ts';
import { attemptLimits, signInLimits, sourceKey, strangersKey, unlockMailKey, type Attempt } from './sign-in.rules.ts';

/** Writes the new session in the action's transaction; the route gives it the cookie. */
export type SessionStarter = (trx: DbOrTx, userId: string) => Promise<void>;

export interface SignInRequest {
  email: string;
  password: string;
  /** The client's address, as the proxy settings allow it to be known. */
  address: string;
  /** Accounts this browser has proven to belong to (the known-device cookie). */
  knownAccounts: readonly string[];
}

export interface SignedIn {
  userId: string;
  /** The start page of their district. */
  home: string;
}

interface SignInEffects {
  startSession: SessionStarter;
  /** Told how long to wait when the attempt is refused for being one too many. */
  retryAfter: (seconds: number) => void;
  t: Translate;
}

/**
 * Signs someone in with their password. Every attempt is counted before the password is
 * checked (a burst at once cannot slip past), per address and per account and source; a
 * success takes its count back. A wrong password is refused, and recorded all the same.
 */
export async function signIn(ctx: ActionContext, request: SignInRequest, effects: SignInEffects): Promise<Outcome<SignedIn>> {
  const db = ctx.deps.database.db;
  const user = await findUserByEmail(db, request.email);
  const attempt: Attempt = {
    email: request.email,
    address: request.address,
    knownDevice: user !== undefined && request.knownAccounts.includes(user.id),
  };
  const locked = await countAttempt(db, attempt, ctx.now, effects.retryAfter);
  if (locked !== null) return tooMany(ctx, effects.t, locked, user);
  // A decoy hash keeps unknown addresses as slow as known ones.
  const valid = await verifyPassword(user?.passwordHash ?? null, request.password);
  const as = actingAs(ctx, user);
  if (!valid || user === undefined || user.disabled) return recordFailure(as);
  const rehash = user.passwordHash !== null && needsRehash(user.passwordHash) ? await hashPassword(request.password) : null;
  return runAction(as, async (trx) => {
    if (rehash !== null) await setPasswordHash(trx, user.id, rehash);
    await effects.startSession(trx, user.id);
    await audit(trx, as, { action: 'auth.sign_in' });
    await refundRateLimit(trx, sourceKey(attempt), signInLimits.failuresPerSource, ctx.now);
    if (!attempt.knownDevice) await refundRateLimit(trx, strangersKey(attempt.email), signInLimits.failuresFromStrangers, ctx.now);
    return success({ userId: user.id, home: await homeOf(trx, user.id) });
  });
}

/** Over a limit: past the cap on strangers' failures the owner is offered a link by mail. */
async function tooMany(ctx: ActionContext, t: Translate, locked: 'source' | 'strangers', user: UserRow | undefined) {
  if (locked === 'source') return refusal('accounts.rateLimited', { status: 429 });
  if (user !== undefined && !user.disabled) await offerUnlockLink(ctx, t, user);
  return refusal('accounts.signIn.lockedForStrangers', { status: 429 });
}

/** A wrong password, recorded in its own action: a refusal would roll the record back. */
async function recordFailure(as: ActionContext): Promise<Outcome<SignedIn>> {
  await runAction(as, async (trx) => {
    await audit(trx, as, { action: 'auth.sign_in_failed' });
    return success();
  });
  return refusal('accounts.signIn.failed');
}

/** Counts the attempt against every limit; answers which kind of limit it is over, if any. */
async function countAttempt(db: DbOrTx, attempt: Attempt, now: Date, retryAfter: (seconds: number) => void) {
  let locked: 'source' | 'strangers' | null = null;
  let wait = 0;
  for (const limit of attemptLimits(attempt)) {
    const result = await hitRateLimit(db, limit.key, limit.rule, now);
    if (result.allowed) continue;
    wait = Math.max(wait, result.retryAfterSeconds);
    locked = locked === 'source' ? locked : limit.lockedBy;
  }
  if (wait > 0) retryAfter(wait);
  return locked;
}

/**
 * Past the cap on strangers' failures, an unknown browser gets in only through a link
 * mailed to the owner: at most one mail an hour, and the refusal reads the same whether
 * the address has an account or not.
 */
async function offerUnlockLink(ctx: ActionContext, t: Translate, user: UserRow): Promise<void> {
  const mail = await hitRateLimit(ctx.deps.database.db, unlockMailKey(user.email), signInLimits.unlockMails, ctx.now);
  if (!mail.allowed) return;
  const as = actingAs(ctx, user);
  await runAction(as, async (trx) => {
    await audit(trx, as, { action: 'auth.unlock_link_sent' });
    const link = linkFor(ctx, unlockPath(ctx.deps.config.sessionSecret, user.id, ctx.now));
    await queueMail(trx, ctx, {
      to: user.email,
      subject: t('accounts.mail.unlock.subject'),
      text: t('accounts.mail.unlock.body', { name: user.name, link, minutes: UNLOCK_LINK_MINUTES }),
    });
    return success();
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
