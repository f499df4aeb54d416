import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface AgendaVersion {
  id: string;
  year: number;
  number: number;
  adoptedOn: string | null;
}

function versions(db: DbOrTx, districtId: string) {
  return db.selectFrom('pact_agenda_versions').select(['id', 'year', 'number', 'adopted_on']).where('district_id', '=', districtId);
}

const toVersion = (r: { id: string; year: number; number: number; adopted_on: string | null }): AgendaVersion => ({
  id: r.id,
  year: r.year,
  number: r.number,
  adoptedOn: r.adopted_on,
});

export async function versionsOf(db: DbOrTx, districtId: string, year: number): Promise<AgendaVersion[]> {
  return (await versions(db, districtId).where('year', '=', year).orderBy('number').execute()).map(toVersion);
}

export async function findVersion(db: DbOrTx, districtId: string, versionId: string): Promise<AgendaVersion | undefined> {
  const row = await versions(db, districtId).where('id', '=', versionId).executeTakeFirst();
  return row && toVersion(row);
}

export async function insertVersion(db: DbOrTx, districtId: string, year: number, number: number, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_agenda_versions')
    .values({ id, district_id: districtId, year, number, adopted_on: null, adopted_by: null, created_at: at })
    .execute();
  return id;
}

/** Marks the working version adopted, only if nobody did so first. */
export async function markAdopted(db: DbOrTx, versionId: string, adoptedOn: string, by: string | null): Promise<boolean> {
  const result = await db
    .updateTable('pact_agenda_versions')
    .set({ adopted_on: adoptedOn, adopted_by: by })
    .where('id', '=', versionId)
    .where('adopted_on', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
