import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface CoreTeamMember {
  id: string;
  name: string;
  organizationName: string;
  isQuartermaster: boolean;
}

export interface PlanAction {
  id: string;
  title: string;
  description: string;
  goals: number[];
  owner: string;
  status: string;
}

export interface Workgroup {
  id: string;
  name: string;
  task: string;
  members: string;
}

export interface LonglistItem {
  id: string;
  title: string;
  description: string;
  partners: string;
  goals: number[];
  newWayOfWorking: boolean;
  partnersFromSeveralTracks: boolean;
}

const goalsOf = (json: string): number[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
};

export async function tijwOf(db: DbOrTx, districtId: string) {
  const [team, actions, groups, longlist] = await Promise.all([
    db
      .selectFrom('pact_core_team')
      .selectAll()
      .where('district_id', '=', districtId)
      .orderBy('is_quartermaster', 'desc')
      .orderBy('organization_name')
      .orderBy('name')
      .execute(),
    db.selectFrom('pact_plan_actions').selectAll().where('district_id', '=', districtId).orderBy('created_at').orderBy('title').execute(),
    db.selectFrom('pact_workgroups').selectAll().where('district_id', '=', districtId).orderBy('name').execute(),
    db.selectFrom('pact_longlist').selectAll().where('district_id', '=', districtId).orderBy('created_at').orderBy('title').execute(),
  ]);
  return {
    team: team.map((r): CoreTeamMember => ({
      id: r.id,
      name: r.name,
      organizationName: r.organization_name,
      isQuartermaster: r.is_quartermaster === 1,
    })),
    actions: actions.map((r): PlanAction => ({
      id: r.id,
      title: r.title,
      description: r.description,
      goals: goalsOf(r.goals),
      owner: r.owner,
      status: r.status,
    })),
    groups: groups.map((r): Workgroup => ({ id: r.id, name: r.name, task: r.task, members: r.members })),
    longlist: longlist.map((r): LonglistItem => ({
      id: r.id,
      title: r.title,
      description: r.description,
      partners: r.partners,
      goals: goalsOf(r.goals),
      newWayOfWorking: r.new_way === 1,
      partnersFromSeveralTracks: r.several_tracks === 1,
    })),
  };
}

export async function insertCoreMember(db: DbOrTx, districtId: string, m: Omit<CoreTeamMember, 'id'>, joinedOn: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_core_team')
    .values({
      id,
      district_id: districtId,
      name: m.name,
      organization_name: m.organizationName,
      is_quartermaster: m.isQuartermaster ? 1 : 0,
      joined_on: joinedOn,
    })
    .execute();
  return id;
}

export async function insertPlanAction(db: DbOrTx, districtId: string, a: Omit<PlanAction, 'id'>, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_plan_actions')
    .values({
      id,
      district_id: districtId,
      title: a.title,
      description: a.description,
      goals: JSON.stringify(a.goals),
      owner: a.owner,
      status: a.status,
      created_at: at,
    })
    .execute();
  return id;
}

export async function insertWorkgroup(db: DbOrTx, districtId: string, w: Omit<Workgroup, 'id'>): Promise<string> {
  const id = newId();
  await db.insertInto('pact_workgroups').values({ id, district_id: districtId, name: w.name, task: w.task, members: w.members }).execute();
  return id;
}

export async function insertLonglistItem(db: DbOrTx, districtId: string, l: Omit<LonglistItem, 'id'>, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_longlist')
    .values({
      id,
      district_id: districtId,
      title: l.title,
      description: l.description,
      partners: l.partners,
      goals: JSON.stringify(l.goals),
      new_way: l.newWayOfWorking ? 1 : 0,
      several_tracks: l.partnersFromSeveralTracks ? 1 : 0,
      created_at: at,
    })
    .execute();
  return id;
}
