import type { FastifyRequest } from 'fastify';
import { recordAudit, type AuditEntry } from '../audit/audit.repository.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import type { DbOrTx } from '../db/schema.ts';
import type { AppDeps } from '../feature.ts';
import { enqueueMail, enqueueMails, type QueuedMail } from '../mail/outbox.repository.ts';
import { claimSubmission, recordSubmission } from './submissions.repository.ts';
import { Refused, type Outcome, type Refusal } from './outcome.ts';

/**
 * Who acts, and when: the same for a page, the API and a job. An action (`x.actions.ts`)
 * takes this, the validated input and what it acts on, and answers an `Outcome`.
 */
export interface ActionContext {
  deps: AppDeps;
  user: CurrentUser | null;
  /** The HTTP request's id, for the audit log; null in jobs. */
  requestId: string | null;
  /** One moment for the whole action, so every row it writes carries the same time. */
  now: Date;
  /**
   * The submission's one-time key (a form's hidden `_once`, or an API client's
   * `Idempotency-Key`): the same key again gets the first answer, and nothing is done twice.
   */
  once: string | null;
}

const keyPattern = /^[A-Za-z0-9-]{8,100}$/;

function onceKeyOf(request: FastifyRequest): string | null {
  const fromForm = (request.body as { _once?: unknown } | undefined)?._once;
  const key = typeof fromForm === 'string' ? fromForm : request.headers['idempotency-key'];
  return typeof key === 'string' && keyPattern.test(key) ? key : null;
}

export function actionContext(request: FastifyRequest, deps: AppDeps): ActionContext {
  return { deps, user: request.user, requestId: request.id, now: deps.clock.now(), once: onceKeyOf(request) };
}

/** A job or the system acting on nobody's behalf. */
export function systemContext(deps: AppDeps, now = deps.clock.now()): ActionContext {
  return { deps, user: null, requestId: null, now, once: null };
}

/** Runs in the caller's transaction when there is one, else in a new one: all or nothing either way. */
export function inTransaction<T>(db: DbOrTx, run: (trx: DbOrTx) => Promise<T>): Promise<T> {
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

class RolledBack extends Error {
  constructor(readonly outcome: { ok: false } & Refusal) {
    super('refused');
  }
}

/**
 * The one shape of a use case: a transaction around rules and repositories. A refusal —
 * answered, or thrown with `refuse()` halfway — rolls back everything the action wrote.
 * Mail queued with `queueMail` inside goes out after the commit (and never without it).
 * A submission sent again with the same one-time key answers what the first one did.
 * (So an action's value must survive JSON: ids and plain data.)
 */
export async function runAction<T>(ctx: ActionContext, work: (trx: DbOrTx) => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    const outcome = await ctx.deps.database.db.transaction().execute(async (trx): Promise<Outcome<T>> => {
      const earlier = ctx.once === null ? undefined : await claimSubmission(trx, ctx.once, ctx.now);
      if (earlier !== undefined) return { ok: true, value: earlier.value as T };
      const result = await work(trx);
      if (!result.ok) throw new RolledBack(result);
      if (ctx.once !== null) await recordSubmission(trx, ctx.once, result.value);
      return result;
    });
    ctx.deps.outbox.wake();
    return outcome;
  } catch (error) {
    if (error instanceof RolledBack) return error.outcome;
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  }
}

/** Writes an audit record in the action's transaction, stamped with its actor, time and request. */
export function audit(trx: DbOrTx, ctx: ActionContext, entry: Omit<AuditEntry, 'at' | 'actorUserId' | 'requestId'>): Promise<void> {
  return recordAudit(trx, {
    ...entry,
    at: ctx.now.toISOString(),
    actorUserId: ctx.user?.id ?? null,
    ...(ctx.requestId === null ? {} : { requestId: ctx.requestId }),
  });
}

/** Queues a mail in the action's transaction; `runAction` wakes the sender after the commit. */
export function queueMail(trx: DbOrTx, ctx: ActionContext, mail: QueuedMail): Promise<string> {
  return enqueueMail(trx, mail, ctx.now, ctx.deps.config.baseUrl.hostname);
}

/** Queues many mails at once (a digest run), in the action's transaction. */
export function queueMails(trx: DbOrTx, ctx: ActionContext, mails: readonly QueuedMail[]): Promise<void> {
  return enqueueMails(trx, mails, ctx.now, ctx.deps.config.baseUrl.hostname);
}

/** An absolute link for a mail, on the portal's public address. */
export function linkFor(ctx: ActionContext, path: string): string {
  return new URL(path, ctx.deps.config.baseUrl).href;
}
