import type { Selectable } from 'kysely';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { isMemberKind, type MemberKind } from './membership.rules.ts';

export interface Application {
  id: string;
  kind: MemberKind;
  name: string;
  organizationName: string | null;
  email: string;
  phone: string | null;
  buurtId: string | null;
  buurtName: string | null;
  motivation: string;
  status: string;
  createdAt: string;
}

export interface Member {
  id: string;
  kind: MemberKind;
  name: string;
  organizationName: string | null;
  email: string | null;
  phone: string | null;
  buurtName: string | null;
  joinedOn: string;
  endedOn: string | null;
}

type NewApplication = Omit<Application, 'id' | 'status' | 'buurtName' | 'createdAt'> & { districtId: string; at: string };

export async function insertApplication(db: DbOrTx, a: NewApplication): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_applications')
    .values({
      id,
      district_id: a.districtId,
      kind: a.kind,
      name: a.name,
      organization_name: a.organizationName,
      email: a.email,
      phone: a.phone,
      buurt_id: a.buurtId,
      motivation: a.motivation,
      status: 'pending',
      created_at: a.at,
    })
    .execute();
  return id;
}

const kindOf = (kind: string): MemberKind => (isMemberKind(kind) ? kind : 'resident');

function toApplication(row: Selectable<Tables['coop_applications']> & { buurt_name: string | null }): Application {
  return {
    id: row.id,
    kind: kindOf(row.kind),
    name: row.name,
    organizationName: row.organization_name,
    email: row.email,
    phone: row.phone,
    buurtId: row.buurt_id,
    buurtName: row.buurt_name,
    motivation: row.motivation,
    status: row.status,
    createdAt: row.created_at,
  };
}

function applications(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_applications as a')
    .leftJoin('buurten as b', 'b.id', 'a.buurt_id')
    .selectAll('a')
    .select('b.name as buurt_name')
    .where('a.district_id', '=', districtId);
}

export async function pendingApplications(db: DbOrTx, districtId: string): Promise<Application[]> {
  const rows = await applications(db, districtId).where('a.status', '=', 'pending').orderBy('a.created_at').execute();
  return rows.map(toApplication);
}

export async function findApplication(db: DbOrTx, districtId: string, id: string): Promise<Application | undefined> {
  const row = await applications(db, districtId).where('a.id', '=', id).executeTakeFirst();
  return row && toApplication(row);
}

export async function hasPendingApplication(db: DbOrTx, districtId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('coop_applications')
    .select('id')
    .where('district_id', '=', districtId)
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

/** Decides a waiting application; false when someone else decided it first. */
export async function decideApplication(
  db: DbOrTx,
  id: string,
  decision: { status: 'admitted' | 'declined'; at: string; by: string | null; reason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('coop_applications')
    .set({ status: decision.status, decided_at: decision.at, decided_by: decision.by, decision_reason: decision.reason })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

type NewMember = Omit<Member, 'id' | 'buurtName' | 'endedOn'> & {
  districtId: string;
  buurtId: string | null;
  applicationId: string | null;
  at: string;
};

export async function insertMember(db: DbOrTx, m: NewMember): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_members')
    .values({
      id,
      district_id: m.districtId,
      kind: m.kind,
      name: m.name,
      organization_name: m.organizationName,
      email: m.email,
      phone: m.phone,
      buurt_id: m.buurtId,
      application_id: m.applicationId,
      joined_on: m.joinedOn,
      created_at: m.at,
    })
    .execute();
  return id;
}

function members(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_members as m')
    .leftJoin('buurten as b', 'b.id', 'm.buurt_id')
    .select(['m.id', 'm.kind', 'm.name', 'm.organization_name', 'm.email', 'm.phone', 'm.joined_on', 'm.ended_on', 'b.name as buurt_name'])
    .where('m.district_id', '=', districtId);
}

function toMember(row: Awaited<ReturnType<ReturnType<typeof members>['executeTakeFirstOrThrow']>>): Member {
  return {
    id: row.id,
    kind: kindOf(row.kind),
    name: row.name,
    organizationName: row.organization_name,
    email: row.email,
    phone: row.phone,
    buurtName: row.buurt_name,
    joinedOn: row.joined_on,
    endedOn: row.ended_on,
  };
}

/** The whole register, current members first, each group by name. */
export async function memberRegister(db: DbOrTx, districtId: string): Promise<Member[]> {
  const rows = await members(db, districtId).orderBy('m.name').execute();
  const all = rows.map(toMember);
  return [...all.filter((m) => m.endedOn === null), ...all.filter((m) => m.endedOn !== null)];
}

/** The memberships held under one e-mail address (a person, or a representative), current first. */
export async function membershipsOf(db: DbOrTx, districtId: string, email: string): Promise<Member[]> {
  const rows = await members(db, districtId).where('m.email', '=', email).orderBy('m.joined_on', 'desc').execute();
  return rows.map(toMember);
}

/** Ends a current membership; false when it had already ended. */
export async function endMembership(db: DbOrTx, id: string, end: { on: string; reason: string | null }): Promise<boolean> {
  const result = await db
    .updateTable('coop_members')
    .set({ ended_on: end.on, end_reason: end.reason })
    .where('id', '=', id)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A current member of the district, or undefined. */
export async function findCurrentMember(db: DbOrTx, districtId: string, id: string): Promise<Member | undefined> {
  const row = await members(db, districtId).where('m.id', '=', id).where('m.ended_on', 'is', null).executeTakeFirst();
  return row && toMember(row);
}
