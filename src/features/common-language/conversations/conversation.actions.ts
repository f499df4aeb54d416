import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { may } from '../../../platform/auth/rights.rules.ts';
import { findBuurt, type District } from '../../../platform/geography/geography.repository.ts';
import { inviteIfAgreed, type PoolInviter } from '../core/pool-inviter.ts';
import { answersOf } from '../core/core-answers.schema.ts';
import { conversationProblem } from './conversation.rules.ts';
import { insertConversation, type Conversation } from './conversation.repository.ts';
import type { ConversationInput } from './conversation.schema.ts';

/**
 * A coordinator, buurt assistant, the wijkinformatiepunt or a professional records a
 * conversation along the core questions, in a buurt they cover. With the resident's consent,
 * what they would like to contribute becomes an invitation to the volunteer pool in the
 * same transaction: reciprocity instead of one-way care.
 */
export function recordConversation(
  ctx: ActionContext,
  district: District,
  input: ConversationInput,
  inviteToVolunteerPool: PoolInviter,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = ctx.user;
    if (user === null) return refusal('error.403', { status: 403 });
    const buurt = input.buurt === null ? undefined : await findBuurt(trx, district.id, input.buurt);
    if (input.buurt !== null && buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const buurtId = buurt?.id ?? null;
    if (!may(user.roles, 'conversation.record', { districtId: district.id, buurtId })) {
      return refusal('common-language.conversation.notYourBuurt', { field: 'buurt' });
    }
    const problem = conversationProblem(input);
    if (problem !== null) return refusal(problem.code, { field: problem.field });
    const answers = answersOf(input);
    const where = { districtId: district.id, districtSlug: district.slug, buurtId };
    const reach = { name: input.name, email: input.email, phone: input.phone };
    const poolInvitationId = await inviteIfAgreed(inviteToVolunteerPool, trx, ctx, input.coreInvite, { ...where, ...reach }, answers);
    const row = {
      districtId: district.id,
      buurtId,
      kind: input.kind,
      residentName: input.name,
      answers,
      poolInvitationId,
      recordedBy: user.id,
    };
    const id = await insertConversation(trx, row, ctx.now.toISOString());
    await audit(trx, ctx, { action: 'conversation.recorded', subjectType: 'conversation', subjectId: id, districtId: district.id });
    return success(id);
  });
}

/** Who may read a recorded conversation: its recorder, and colleagues who record conversations in its buurt. */
export function maySee(user: ActionContext['user'], c: Conversation): boolean {
  if (user === null) return false;
  return c.recordedBy === user.id || may(user.roles, 'conversation.record', { districtId: c.districtId, buurtId: c.buurtId });
}

/** Someone other than the recorder reads it: that read of personal data goes on the audit log. */
export async function auditRead(ctx: ActionContext, c: Conversation): Promise<void> {
  if (ctx.user?.id === c.recordedBy) return;
  await runAction(ctx, async (trx) => {
    await audit(trx, ctx, { action: 'conversation.read', subjectType: 'conversation', subjectId: c.id, districtId: c.districtId });
    return success();
  });
}
