import type { DbOrTx } from '../../../platform/db/schema.ts';

/** Demo entries count as checked at a moment, without a change in their history. */
export async function setVerifiedAt(db: DbOrTx, table: 'organizations' | 'locations', id: string, at: string): Promise<void> {
  await db.updateTable(table).set({ last_verified_at: at }).where('id', '=', id).execute();
}

export async function setDescription(db: DbOrTx, organizationId: string, description: string): Promise<void> {
  await db.updateTable('organizations').set({ description }).where('id', '=', organizationId).execute();
}

/** Makes the named entries of a district last checked long ago. */
export async function setStale(db: DbOrTx, districtId: string, names: { organizations: string[]; services: string[] }, at: string) {
  await db
    .updateTable('organizations')
    .set({ last_verified_at: at })
    .where('name', 'in', names.organizations)
    .where('district_id', '=', districtId)
    .execute();
  await db
    .updateTable('services')
    .set({ last_verified_at: at })
    .where('name', 'in', names.services)
    .where('district_id', '=', districtId)
    .execute();
}
