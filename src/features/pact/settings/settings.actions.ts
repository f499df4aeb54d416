import { audit, runAction, type ActionContext } from '../../../platform/actions/action.ts';
import { success, type Outcome } from '../../../platform/actions/outcome.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { chooseProgramme } from '../programmes/programmes.repository.ts';
import { saveSettings } from './settings.repository.ts';
import type { SettingsInput } from './settings.schema.ts';

/** Administrators name the district's pact and choose its lead programme; the district joins it and leaves the other. */
export function changeSettings(ctx: ActionContext, district: District, input: SettingsInput): Promise<Outcome<string>> {
  return runAction(ctx, async (trx) => {
    await saveSettings(trx, district.id, input, ctx.now.toISOString());
    await chooseProgramme(trx, district.id, { kind: input.programme, name: input.pactName }, ctx.now.toISOString());
    await audit(trx, ctx, {
      action: 'pact.settings.changed',
      subjectType: 'district',
      subjectId: district.id,
      districtId: district.id,
      details: input,
    });
    return success(district.id);
  });
}
