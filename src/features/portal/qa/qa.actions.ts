import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { mayKeepQa, type QaScope } from './qa.rules.ts';
import { deleteQa, findQa, insertQa, showsCityItems, updateQa, type QaItem } from './qa.repository.ts';
import type { QaInput } from './qa.schema.ts';

/** Why this person may not write an item of this scope here, or null. */
async function scopeProblem(trx: DbOrTx, ctx: ActionContext, district: District, scope: QaScope) {
  if (ctx.user === null || !mayKeepQa(ctx.user.roles, district.id, scope)) {
    return refusal(scope === 'city' ? 'portal.qa.city.notAllowed' : 'portal.qa.notAllowed', { field: 'scope', status: 403 });
  }
  if (scope === 'city' && !(await showsCityItems(trx, district.id))) return refusal('portal.qa.city.notHere', { field: 'scope' });
  return null;
}

const stamp = (ctx: ActionContext) => ({ when: ctx.now.toISOString(), by: ctx.user?.id ?? null });

/** A coordinator adds a question and its answer for the district (an administrator of every district also for the city). */
export function addQa(ctx: ActionContext, district: District, input: QaInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = await scopeProblem(trx, ctx, district, input.scope);
    if (problem !== null) return problem;
    const id = await insertQa(trx, district.id, input, stamp(ctx));
    await audit(trx, ctx, { action: 'portal.qa.added', subjectType: 'qa', subjectId: id, districtId: district.id, details: input });
    return success(id);
  });
}

/** Changes an item; the person must keep both what it was and what it becomes. */
export function changeQa(ctx: ActionContext, district: District, item: QaItem, input: QaInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = (await scopeProblem(trx, ctx, district, item.scope)) ?? (await scopeProblem(trx, ctx, district, input.scope));
    if (problem !== null) return problem;
    if ((await findQa(trx, district.id, item.id)) === undefined) return refusal('portal.qa.gone', { status: 404 });
    await updateQa(trx, district.id, item.id, input, stamp(ctx));
    await audit(trx, ctx, { action: 'portal.qa.changed', subjectType: 'qa', subjectId: item.id, districtId: district.id, details: input });
    return success(item.id);
  });
}

export function removeQa(ctx: ActionContext, district: District, item: QaItem): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const problem = await scopeProblem(trx, ctx, district, item.scope);
    if (problem !== null) return problem;
    await deleteQa(trx, item.id);
    await audit(trx, ctx, { action: 'portal.qa.removed', subjectType: 'qa', subjectId: item.id, districtId: district.id });
    return success(item.id);
  });
}
