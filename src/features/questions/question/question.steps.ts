import { audit, type ActionContext } from '../../../platform/actions/action.ts';
import { refuse } from '../../../platform/actions/outcome.ts';
import type { CurrentUser } from '../../../platform/auth/current-user.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { insertEvent, type NewEvent } from './events.repository.ts';
import { markFirstResponse, moveQuestion, type Question } from './question.repository.ts';
import { nextState, type QuestionAction } from './question.rules.ts';

// The shared steps of the actions on a question; each runs inside the action's `runAction`.

/** The coordinator or professional acting; their routes are guarded, so this only fails on a wiring mistake. */
export function staffOf(ctx: ActionContext): CurrentUser {
  if (ctx.user === null) throw new HttpProblem(401);
  return ctx.user;
}

/** Someone else was first, or the state no longer allows it: 409, and the action rolls back. */
export function conflict(): never {
  return refuse('questions.conflict', { status: 409 });
}

/** Moves the question on, or refuses with 409 when the action does not fit its state (any more). */
export async function transition(trx: DbOrTx, question: Question, action: QuestionAction, at: string): Promise<void> {
  const next = nextState(question.status, action);
  if (next === null) conflict();
  if (action === 'message') return;
  if (!(await moveQuestion(trx, question.id, question.status, next, at))) conflict();
}

/** An event by a coordinator or professional; the first one is the first response. */
export async function staffEvent(trx: DbOrTx, event: Omit<NewEvent, 'actorUserId'>, user: CurrentUser): Promise<void> {
  await insertEvent(trx, { ...event, actorUserId: user.id });
  await markFirstResponse(trx, event.questionId, event.at);
}

/** Every read of a question's personal data by someone other than the resident, for the audit log and the resident's inzage. */
export function auditPersonalDataRead(
  db: DbOrTx,
  ctx: ActionContext,
  question: Question,
  as: { role: 'coordinator' | 'receiver' | 'administrator'; organization?: string },
): Promise<void> {
  return audit(db, ctx, {
    action: 'questions.personal_data.read',
    subjectType: 'question',
    subjectId: question.id,
    districtId: question.districtId,
    details: as.organization === undefined ? { role: as.role } : { role: as.role, organization: as.organization },
  });
}
