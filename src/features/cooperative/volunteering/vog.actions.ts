import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import {
  findHouseRules,
  findVogValidity,
  saveVogTalents,
  saveVogValidity,
  seedRules,
  vogTalentsOf,
  withVogTalents,
} from '../../help/index.ts';
import type { VogKindsInput, VogValidityInput } from './volunteering.schema.ts';

/** The kinds of help that ask a VOG now in the district: as set, or as the house rules say. */
export async function vogKindsOf(ctx: ActionContext, district: District): Promise<readonly string[]> {
  const db = ctx.deps.database.db;
  return vogTalentsOf(await withVogTalents(db, district.id, (await findHouseRules(db, district.id)) ?? seedRules));
}

/**
 * The board or a coordinator sets which kinds of help ask a VOG (e.g. home visits to
 * vulnerable people). From then on a volunteer without a VOG gets no proposals for them.
 */
export function setVogKinds(ctx: ActionContext, district: District, input: VogKindsInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await saveVogTalents(trx, district.id, input.talents, ctx.user?.id ?? null, ctx.now.toISOString());
    await audit(trx, ctx, {
      action: 'cooperative.vog.kinds',
      subjectType: 'help_vog_kinds',
      subjectId: district.id,
      districtId: district.id,
      details: { talents: input.talents.join(',') },
    });
    return success();
  });
}

/** How many months a VOG counts in the district; null: the board set no end (yet). */
export function vogValidityOf(ctx: ActionContext, district: District): Promise<number | null> {
  return findVogValidity(ctx.deps.database.db, district.id);
}

/**
 * The board or a coordinator sets how long a VOG counts from its date (or no end). From then
 * on a volunteer whose VOG is older gets no proposals for the kinds of help that ask one.
 */
export function setVogValidity(ctx: ActionContext, district: District, input: VogValidityInput): Promise<Outcome> {
  return runAction(ctx, async (trx) => {
    await saveVogValidity(trx, district.id, input.months, ctx.user?.id ?? null, ctx.now.toISOString());
    await audit(trx, ctx, {
      action: 'cooperative.vog.validity',
      subjectType: 'help_vog_validity',
      subjectId: district.id,
      districtId: district.id,
      details: { months: input.months ?? 'none' },
    });
    return success();
  });
}
