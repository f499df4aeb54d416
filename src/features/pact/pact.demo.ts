import type { Clock } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { seedDemoAgenda } from './agenda.demo.ts';
import { seedDemoBottlenecks } from './bottlenecks.demo.ts';
import { seedDemoMonitoring } from './monitoring.demo.ts';
import { seedDemoMeetings } from './meetings.demo.ts';
import { seedDemoPartners } from './partners.demo.ts';
import { seedDemoSteering } from './steering.demo.ts';
import { seedDemoTijw } from './tijw.demo.ts';

/** A living pact from the seeds: Oost's wijkpact (seeds 000, 001) and the four Thuis in je Wijk districts (seed 003). */
export async function seedDemoPact(db: DbOrTx, deps: { clock: Clock }): Promise<void> {
  const context = await seedDemoPartners(db, deps.clock);
  await seedDemoSteering(context);
  await seedDemoMeetings(context);
  await seedDemoAgenda(context);
  await seedDemoBottlenecks(context);
  await seedDemoTijw(context);
  await seedDemoMonitoring(context);
}
