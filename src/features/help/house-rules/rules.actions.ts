import { audit, type ActionContext } from '../../../platform/actions/action.ts';
import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { versionInForce, type HouseRules } from './house-rules.rules.ts';
import { findHouseRules, insertRulesVersion, rulesVersions, saveHouseRules } from './rules.repository.ts';
import type { RulesInput } from './rules.schema.ts';

function houseRulesOf(input: RulesInput): HouseRules {
  return {
    ...input,
    oddJobFeeCents: input.oddJobFee,
    studentDesk: input.studentDesk ?? '',
    socialEntrepreneurs: (input.socialEntrepreneurs ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    contactEmail: input.contactEmail ?? '',
  };
}

/**
 * Inside the board's decision (the cooperative's transaction): keeps the adopted version
 * with its decision, and makes the version in force today the one new requests get. The
 * first time, the rules as they were are kept as the version before it, so requests made
 * earlier keep the rules they were made under.
 */
export async function adoptHouseRules(
  trx: DbOrTx,
  ctx: ActionContext,
  districtId: string,
  input: RulesInput,
  decision: { id: string; text: string; inForceFrom: string },
): Promise<void> {
  const meta = { at: ctx.now.toISOString(), by: ctx.user?.id ?? null };
  if ((await rulesVersions(trx, districtId)).length === 0) {
    const before = await findHouseRules(trx, districtId);
    if (before !== undefined) {
      const earlier = new Date(ctx.now.getTime() - 1).toISOString();
      const kept = { rules: before, inForceFrom: decision.inForceFrom, adoptedAt: earlier, adoptedBy: null };
      await insertRulesVersion(trx, districtId, { ...kept, decisionId: null, decisionText: '' });
    }
  }
  const version = { rules: houseRulesOf(input), inForceFrom: decision.inForceFrom, adoptedAt: meta.at, adoptedBy: meta.by };
  const id = await insertRulesVersion(trx, districtId, { ...version, decisionId: decision.id, decisionText: decision.text });
  const current = versionInForce(await rulesVersions(trx, districtId), localDay(ctx.now));
  if (current !== undefined) await saveHouseRules(trx, districtId, current.rules, meta);
  await audit(trx, ctx, { action: 'help.rules.adopted', subjectType: 'help_rules_version', subjectId: id, districtId });
}
