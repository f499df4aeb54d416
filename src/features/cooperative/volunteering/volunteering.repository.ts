import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface Intake {
  id: string;
  userId: string;
  name: string;
  email: string;
  talents: string[];
  status: string;
  intakeNote: string | null;
  vogDate: string | null;
  createdAt: string;
}

export async function insertIntake(
  db: DbOrTx,
  i: { districtId: string; userId: string; talents: readonly string[]; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_volunteer_intakes')
    .values({
      id,
      district_id: i.districtId,
      user_id: i.userId,
      talents: i.talents.join(','),
      status: 'waiting',
      accepted_at: i.at,
      created_at: i.at,
    })
    .execute();
  return id;
}

function intakes(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_volunteer_intakes as i')
    .innerJoin('users as u', 'u.id', 'i.user_id')
    .select(['i.id', 'i.user_id', 'u.name', 'u.email', 'i.talents', 'i.status', 'i.intake_note', 'i.vog_date', 'i.created_at'])
    .where('i.district_id', '=', districtId);
}

function toIntake(r: Awaited<ReturnType<ReturnType<typeof intakes>['executeTakeFirstOrThrow']>>): Intake {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    talents: r.talents === '' ? [] : r.talents.split(','),
    status: r.status,
    intakeNote: r.intake_note,
    vogDate: r.vog_date,
    createdAt: r.created_at,
  };
}

export async function waitingIntakes(db: DbOrTx, districtId: string): Promise<Intake[]> {
  return (await intakes(db, districtId).where('i.status', '=', 'waiting').orderBy('i.created_at').execute()).map(toIntake);
}

export async function findIntake(db: DbOrTx, districtId: string, id: string): Promise<Intake | undefined> {
  const row = await intakes(db, districtId).where('i.id', '=', id).executeTakeFirst();
  return row && toIntake(row);
}

export async function hasIntake(db: DbOrTx, districtId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coop_volunteer_intakes')
    .select('id')
    .where('district_id', '=', districtId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Records the intake conversation; with `activate` the volunteer becomes active. False when someone was first. */
export async function recordIntake(
  db: DbOrTx,
  id: string,
  intake: { note: string; vogDate: string | null; by: string | null; at: string; activate: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('coop_volunteer_intakes')
    .set({
      intake_note: intake.note,
      intake_at: intake.at,
      intake_by: intake.by,
      vog_date: intake.vogDate,
      ...(intake.activate ? { status: 'active', activated_at: intake.at } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
