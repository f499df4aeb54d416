import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { saveNetwork } from './networks.repository.ts';
import type { NetworkInput } from './networks.schema.ts';

/** Coordinators keep a buurt's network: its name and when its buurt assistant is there. */
export function changeNetwork(ctx: ActionContext, district: District, buurt: Buurt, input: NetworkInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    await saveNetwork(
      trx,
      { districtId: district.id, buurtId: buurt.id, when: ctx.now.toISOString(), by: ctx.user?.id ?? null },
      { name: input.name ?? null, availability: input.availability ?? '' },
    );
    await audit(trx, ctx, {
      action: 'portal.network.changed',
      subjectType: 'buurt',
      subjectId: buurt.id,
      districtId: district.id,
      details: input,
    });
    return success(buurt.slug);
  });
}
