import type { DemoContext } from '../partners/partners.demo.ts';
import data from './tijw.demo.json' with { type: 'json' };
import { insertCoreMember, insertLonglistItem, insertPlanAction, insertWorkgroup } from './tijw.repository.ts';

/**
 * Seed 003 annex 3: the core teams (with visibly fictional quartermasters) and the work
 * groups; annex 2: first ideas for actions per goal; example activities for the longlist,
 * checked against the four conditions of seed 003 §4.4.
 */
const demo = data as {
  coreTeams: Record<string, string[]>;
  workgroups: { name: string; task: string; members: string }[];
  actions: { title: string; goals: number[]; owner: string }[];
  longlist: { title: string; partners: string; goals: number[]; newWayOfWorking: boolean; partnersFromSeveralTracks: boolean }[];
};

const joinedOn = '2023-09-01';

export async function seedDemoTijw(c: DemoContext): Promise<void> {
  for (const district of c.tijw) {
    const quartermaster = { name: `Kwartiermaker ${district.name} (demo)`, organizationName: 'DOCK', isQuartermaster: true };
    await insertCoreMember(c.db, district.id, quartermaster, joinedOn);
    for (const organizationName of demo.coreTeams[district.slug] ?? [])
      await insertCoreMember(c.db, district.id, { name: '', organizationName, isQuartermaster: false }, joinedOn);
    for (const group of demo.workgroups) await insertWorkgroup(c.db, district.id, group);
    for (const action of demo.actions) await insertPlanAction(c.db, district.id, { ...action, description: '', status: 'running' }, c.at);
    for (const item of demo.longlist) await insertLonglistItem(c.db, district.id, { ...item, description: '' }, c.at);
  }
}
