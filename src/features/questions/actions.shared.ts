import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { hashToken, newToken } from '../../platform/auth/tokens.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import type { AppDeps } from '../../platform/feature.ts';
import { HttpProblem } from '../../platform/http/guards.ts';
import type { CurrentUser } from '../../platform/auth/current-user.ts';
import { insertEvent, type NewEvent } from './events.repository.ts';
import { insertLink, markFirstResponse, moveQuestion, type Question } from './questions.repository.ts';
import { nextState, type QuestionAction } from './questions.rules.ts';

/** Who acts, and where: the same for a page, the API and a job. */
export interface ActionContext {
  deps: AppDeps;
  user: CurrentUser | null;
  requestId: string | undefined;
  log: FastifyBaseLogger;
}

export function actionContext(request: FastifyRequest, deps: AppDeps): ActionContext {
  return { deps, user: request.user, requestId: request.id, log: request.log };
}

export function staffOf(ctx: ActionContext): CurrentUser {
  if (ctx.user === null) throw new HttpProblem(401);
  return ctx.user;
}

/** Moves the question on, or refuses with 409 when the action does not fit its state (any more). */
export async function transition(trx: DbOrTx, question: Question, action: QuestionAction, at: string): Promise<void> {
  const next = nextState(question.status, action);
  if (next === null) throw new HttpProblem(409, 'questions.conflict');
  if (action === 'message') return;
  if (!(await moveQuestion(trx, question.id, question.status, next, at))) throw new HttpProblem(409, 'questions.conflict');
}

/** An event by a coordinator or professional; the first one is the first response. */
export async function staffEvent(trx: DbOrTx, event: Omit<NewEvent, 'actorUserId'>, user: CurrentUser): Promise<void> {
  await insertEvent(trx, { ...event, actorUserId: user.id });
  await markFirstResponse(trx, event.questionId, event.at);
}

/**
 * A fresh status link for a mail to the resident: only its hash is stored, so every mail
 * carries its own. Null when the resident gave no e-mail address.
 */
export async function linkForMail(trx: DbOrTx, question: Question, at: string): Promise<string | null> {
  if (question.email === null) return null;
  return newStatusLink(trx, question.id, at);
}

export async function newStatusLink(trx: DbOrTx, questionId: string, at: string): Promise<string> {
  const token = newToken();
  await insertLink(trx, questionId, hashToken(token), at);
  return token;
}

export function statusUrl(deps: AppDeps, token: string): string {
  return new URL(`/mijn-vraag/${token}`, deps.config.baseUrl).href;
}

/** Every read of a question's personal data by someone other than the resident, for the audit log and the resident's inzage. */
export async function auditPersonalDataRead(
  db: DbOrTx,
  ctx: ActionContext,
  question: Question,
  as: { role: 'coordinator' | 'receiver' | 'administrator'; organization?: string },
): Promise<void> {
  await recordAudit(db, {
    at: ctx.deps.clock.now().toISOString(),
    actorUserId: ctx.user?.id ?? null,
    action: 'questions.personal_data.read',
    subjectType: 'question',
    subjectId: question.id,
    districtId: question.districtId,
    details: as.organization === undefined ? { role: as.role } : { role: as.role, organization: as.organization },
    requestId: ctx.requestId,
  });
}
