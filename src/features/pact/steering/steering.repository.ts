import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationNames } from '../../guide/index.ts';
import { seats, type Seat } from './steering.rules.ts';

export interface SteeringMember {
  id: string;
  seat: Seat;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  email: string | null;
  joinedOn: string;
  leftOn: string | null;
}

/** Members of the steering group; `activeOn` leaves out those who had left by then. */
export async function listMembers(db: DbOrTx, districtId: string, activeOn?: string): Promise<SteeringMember[]> {
  let query = db.selectFrom('pact_steering_members').selectAll().where('district_id', '=', districtId);
  if (activeOn !== undefined) query = query.where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '>', activeOn)]));
  const rows = await query.orderBy('joined_on').orderBy('id').execute();
  const names = await organizationNames(
    db,
    rows.flatMap((r) => r.organization_id ?? []),
  );
  return rows.map((r) => ({
    id: r.id,
    seat: seats.find((s) => s === r.seat) ?? 'key_figure',
    name: r.name,
    organizationId: r.organization_id,
    organizationName: r.organization_id === null ? null : (names.get(r.organization_id) ?? null),
    email: r.email,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
  }));
}

export async function insertMember(
  db: DbOrTx,
  m: { districtId: string; seat: Seat; name: string; organizationId: string | null; email: string | null; joinedOn: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_steering_members')
    .values({
      id,
      district_id: m.districtId,
      seat: m.seat,
      name: m.name,
      organization_id: m.organizationId,
      email: m.email,
      joined_on: m.joinedOn,
      left_on: null,
      created_at: m.at,
    })
    .execute();
  return id;
}

export async function endMembership(db: DbOrTx, districtId: string, id: string, leftOn: string): Promise<boolean> {
  const result = await db
    .updateTable('pact_steering_members')
    .set({ left_on: leftOn })
    .where('id', '=', id)
    .where('district_id', '=', districtId)
    .where('left_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface ChairTerm {
  period: string;
  memberId: string;
  name: string;
}

export async function listChairTerms(db: DbOrTx, districtId: string): Promise<ChairTerm[]> {
  const rows = await db
    .selectFrom('pact_chair_terms as c')
    .innerJoin('pact_steering_members as m', 'm.id', 'c.member_id')
    .select(['c.period', 'c.member_id', 'm.name'])
    .where('c.district_id', '=', districtId)
    .orderBy('c.period')
    .execute();
  return rows.map((r) => ({ period: r.period, memberId: r.member_id, name: r.name }));
}

/** Replaces the schedule from the first of these periods on; earlier terms stay as they were. */
export async function replaceChairTerms(
  db: DbOrTx,
  districtId: string,
  terms: readonly { period: string; memberId: string }[],
): Promise<void> {
  const first = terms[0]?.period;
  if (first === undefined) return;
  await db.deleteFrom('pact_chair_terms').where('district_id', '=', districtId).where('period', '>=', first).execute();
  await db
    .insertInto('pact_chair_terms')
    .values(terms.map((t) => ({ district_id: districtId, period: t.period, member_id: t.memberId })))
    .execute();
}
