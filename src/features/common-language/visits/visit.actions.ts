import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import { buurtenWith } from '../../../platform/auth/rights.rules.ts';
import type { RoleAssignment } from '../../../platform/auth/roles.rules.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findBuurt, listBuurten, type Buurt, type District } from '../../../platform/geography/geography.repository.ts';
import { answersOf } from '../core/core-answers.schema.ts';
import { inviteIfAgreed, type PoolInviter } from '../core/pool-inviter.ts';
import { insertConversation, type NewConversation } from '../conversations/conversation.repository.ts';
import { visitProblems } from './visit.rules.ts';
import type { VisitInput } from './visit.schema.ts';

/** Where someone records and reads visits: the whole district (a coordinator) or their own buurt (a buurt assistant). */
export const visitBuurten = (roles: readonly RoleAssignment[], districtId: string) => buurtenWith(roles, 'conversation.record', districtId);

/** The buurten someone may choose on the visit form. */
export async function buurtenToChoose(db: DbOrTx, roles: readonly RoleAssignment[], districtId: string): Promise<Buurt[]> {
  const mine = visitBuurten(roles, districtId);
  return (await listBuurten(db, districtId)).filter((b) => mine === 'all' || mine.has(b.id));
}

/** The conversation row of a visit; the name and contact only with the resident's consent. */
function visitRow(
  districtId: string,
  buurtId: string,
  recordedBy: string,
  input: VisitInput,
  poolInvitationId: string | null,
): NewConversation {
  const consented = input.consent;
  return {
    districtId,
    buurtId,
    kind: 'buurt_visit',
    residentName: consented ? input.name : null,
    answers: answersOf(input),
    poolInvitationId,
    recordedBy,
    visit: {
      visitedOn: input.visitedOn,
      place: input.place,
      walkInId: input.place === 'walk_in' ? input.walkIn : null,
      email: consented ? input.email : null,
      phone: consented ? input.phone : null,
      agreed: input.agreed,
      nextStep: input.nextStep,
      nextStepOn: input.nextStepOn,
    },
  };
}

/**
 * A buurt assistant (or a coordinator) records a visit in a buurt they act in: a conversation
 * of kind `buurt_visit`, so the conversation page shows it. The name and contact are stored
 * only with the resident's consent; with consent to the invitation, what they would like to
 * contribute goes to the volunteer pool in the same transaction, as on every core-questions form.
 */
export function recordVisit(
  ctx: ActionContext,
  district: District,
  input: VisitInput,
  walkInIds: ReadonlySet<string>,
  inviteToVolunteerPool: PoolInviter,
): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const user = ctx.user;
    if (user === null) return refusal('error.403', { status: 403 });
    const buurt = await findBuurt(trx, district.id, input.buurt);
    if (buurt === undefined) return refusal('validation.choice', { field: 'buurt' });
    const mine = visitBuurten(user.roles, district.id);
    if (mine !== 'all' && !mine.has(buurt.id)) return refusal('common-language.conversation.notYourBuurt', { field: 'buurt', status: 403 });
    const problems = visitProblems(input, localDay(ctx.now), walkInIds);
    if (problems.length > 0) {
      return { ok: false, errors: Object.fromEntries(problems.map((p) => [p.field, { code: p.code }])), status: 422 };
    }
    const answers = answersOf(input);
    const where = { districtId: district.id, districtSlug: district.slug, buurtId: buurt.id };
    const reach = { name: input.name, email: input.email, phone: input.phone };
    const poolInvitationId = await inviteIfAgreed(inviteToVolunteerPool, trx, ctx, input.coreInvite, { ...where, ...reach }, answers);
    const id = await insertConversation(trx, visitRow(district.id, buurt.id, user.id, input, poolInvitationId), ctx.now.toISOString());
    await audit(trx, ctx, { action: 'conversation.recorded', subjectType: 'conversation', subjectId: id, districtId: district.id });
    return success(id);
  });
}
