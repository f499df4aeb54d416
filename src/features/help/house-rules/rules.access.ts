import { localDay } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import { versionInForce, type HouseRules } from './house-rules.rules.ts';
import { withVogTalents } from '../volunteers/vog.repository.ts';
import { findHouseRules, rulesVersions } from './rules.repository.ts';

/** The district's house rules; a district without neighbour help has none of these pages. */
export async function rulesOr404(db: DbOrTx, districtId: string): Promise<HouseRules> {
  const rules = await findHouseRules(db, districtId);
  if (rules === undefined) throw new HttpProblem(404, 'help.problem.notAvailable');
  return withVogTalents(db, districtId, rules);
}

/**
 * The house rules a request is handled under: the version the board had in force on the
 * day it was made, so a later change does not alter what was agreed with the requester.
 */
export async function rulesForRequest(db: DbOrTx, request: { districtId: string; createdAt: string }): Promise<HouseRules> {
  const version = versionInForce(await rulesVersions(db, request.districtId), localDay(request.createdAt));
  return version === undefined ? rulesOr404(db, request.districtId) : withVogTalents(db, request.districtId, version.rules);
}
