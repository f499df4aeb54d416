import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { refusal, success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { Buurt, District } from '../../../platform/geography/geography.repository.ts';
import { findContactOfDistrict } from '../../guide/index.ts';
import { saveNetwork } from './networks.repository.ts';
import type { NetworkInput } from './networks.schema.ts';

/** Coordinators keep a buurt's network: its name, its buurt assistant (a named contact of the guide) and when they are there. */
export function changeNetwork(ctx: ActionContext, district: District, buurt: Buurt, input: NetworkInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    const wanted = input.assistant ?? null;
    const assistant = wanted === null ? undefined : await findContactOfDistrict(trx, district.id, wanted);
    if (wanted !== null && assistant === undefined) return refusal('validation.choice', { field: 'assistant', status: 422 });
    await saveNetwork(
      trx,
      { districtId: district.id, buurtId: buurt.id, when: ctx.now.toISOString(), by: ctx.user?.id ?? null },
      { name: input.name ?? null, assistantContactId: assistant?.id ?? null, availability: input.availability ?? '' },
    );
    await audit(trx, ctx, { action: 'portal.network.changed', subjectType: 'buurt', subjectId: buurt.id, districtId: district.id, details: input });
    return success(buurt.slug);
  });
}
