import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refuse, success } from '../../../platform/actions/outcome.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { maySee } from '../conversations/conversation.actions.ts';
import {
  findConversationOf,
  insertConversation,
  type Conversation,
  type ConversationSubject,
} from '../conversations/conversation.repository.ts';
import { hasAnswers, invitationProblem, type Reach } from './core-answers.rules.ts';
import { answersOf, type CoreAnswersInput } from './core-answers.schema.ts';
import { inviteIfAgreed, type PoolInviter } from './pool-inviter.ts';

/** "Het goede gesprek" as an intake form gave it, with the request or question it belongs to. */
export interface LinkedConversation {
  districtId: string;
  districtSlug: string;
  buurtId: string | null;
  kind: 'help_intake' | 'question_intake';
  subject: ConversationSubject;
  reach: Reach;
  core: CoreAnswersInput;
}

/**
 * Stores the answers to the core questions with the request or question, inside the intake's
 * own transaction (both saved or neither). Nothing answered and no consent: nothing is stored.
 * With the resident's consent (the tick), what they would like to contribute becomes an
 * invitation to the volunteer pool; without it nothing travels. A refusal throws, so the
 * intake form comes back with the problem at its field.
 */
export async function recordLinkedConversation(
  trx: DbOrTx,
  ctx: ActionContext,
  input: LinkedConversation,
  inviteToVolunteerPool: PoolInviter,
): Promise<string | null> {
  const answers = answersOf(input.core);
  const invite = input.core.coreInvite;
  if (!hasAnswers(answers) && !invite) return null;
  const problem = invitationProblem(answers, invite, input.reach);
  if (problem !== null) refuse(problem.code, { field: problem.field });
  const where = { districtId: input.districtId, districtSlug: input.districtSlug, buurtId: input.buurtId };
  const poolInvitationId = await inviteIfAgreed(inviteToVolunteerPool, trx, ctx, invite, { ...where, ...input.reach }, answers);
  const row = {
    districtId: input.districtId,
    buurtId: input.buurtId,
    kind: input.kind,
    residentName: input.reach.name,
    answers,
    poolInvitationId,
    recordedBy: ctx.user?.id ?? '',
    subject: input.subject,
  };
  const id = await insertConversation(trx, row, ctx.now.toISOString());
  await audit(trx, ctx, { action: 'conversation.recorded', subjectType: 'conversation', subjectId: id, districtId: input.districtId });
  return id;
}

/**
 * The conversation recorded with a request or question, for someone who may see it (its
 * recorder, or a colleague who records conversations in its buurt); every read goes on the
 * audit log, as reads of the requester's details do on these pages.
 */
export async function conversationShownWith(ctx: ActionContext, subject: ConversationSubject): Promise<Conversation | undefined> {
  const found = await findConversationOf(ctx.deps.database.db, subject);
  if (found === undefined || !maySee(ctx.user, found)) return undefined;
  await runAction(ctx, async (trx) => {
    await audit(trx, ctx, { action: 'conversation.read', subjectType: 'conversation', subjectId: found.id, districtId: found.districtId });
    return success();
  });
  return found;
}
