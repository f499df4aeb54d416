import type { DemoContext } from '../partners/partners.demo.ts';
import data from './tijw.demo.json' with { type: 'json' };
import { insertCoreMember, insertLonglistItem, insertPlanAction } from './tijw.repository.ts';

/**
 * Seed 003 annex 3: the core teams with their kwartiermakers (named in the seed, placed with
 * DOCK, §4.1); annex 2: first suggestions per goal, "nader in te vullen per wijk", so planned
 * and without an owner; example activities for the longlist, checked against the four
 * conditions of seed 003 §4.4. The work groups are city-wide (programmes.demo.ts).
 */
const demo = data as {
  quartermasters: Record<string, string[]>;
  coreTeams: Record<string, string[]>;
  actions: { title: string; goals: number[] }[];
  longlist: { title: string; partners: string; goals: number[]; newWayOfWorking: boolean; partnersFromSeveralTracks: boolean }[];
};

const joinedOn = '2023-09-01';

export async function seedDemoTijw(c: DemoContext): Promise<void> {
  for (const district of c.tijw) {
    for (const name of demo.quartermasters[district.slug] ?? [])
      await insertCoreMember(c.db, district.id, { name, organizationName: 'DOCK', isQuartermaster: true }, joinedOn);
    for (const organizationName of demo.coreTeams[district.slug] ?? [])
      await insertCoreMember(c.db, district.id, { name: '', organizationName, isQuartermaster: false }, joinedOn);
    for (const action of demo.actions)
      await insertPlanAction(c.db, district.id, { ...action, owner: '', description: '', status: 'planned' }, c.at);
    for (const item of demo.longlist) await insertLonglistItem(c.db, district.id, { ...item, description: '' }, c.at);
  }
}
