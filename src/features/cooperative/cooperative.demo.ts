import type { Clock } from '../../platform/clock.ts';
import { localDay } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { seedDemoAlv } from './alv/alv.demo.ts';
import { seedDemoBoard } from './board/board.demo.ts';
import { seedDemoMembership } from './membership/membership.demo.ts';
import { seedDemoSurveys } from './surveys/surveys.demo.ts';
import { seedDemoPools } from './pools/pools.demo.ts';
import { seedDemoProposals } from './proposals/proposals.demo.ts';

/** The cooperative of seed 004 in Oost, capability by capability. */
export async function seedDemoCooperative(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const district = await seedDemoMembership(db, at);
  await seedDemoBoard(db, district, at);
  await seedDemoSurveys(db, district, deps.clock);
  await seedDemoAlv(db, district, at);
  await seedDemoProposals(db, district, localDay(now), at);
  await seedDemoPools(db, district, now);
}
