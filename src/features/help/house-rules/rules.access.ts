import type { DbOrTx } from '../../../platform/db/schema.ts';
import { HttpProblem } from '../../../platform/http/guards.ts';
import type { HouseRules } from './house-rules.rules.ts';
import { findHouseRules } from './rules.repository.ts';

/** The district's house rules; a district without neighbour help has none of these pages. */
export async function rulesOr404(db: DbOrTx, districtId: string): Promise<HouseRules> {
  const rules = await findHouseRules(db, districtId);
  if (rules === undefined) throw new HttpProblem(404, 'help.problem.notAvailable');
  return rules;
}
