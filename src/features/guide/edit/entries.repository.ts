import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { EntryType } from '../model/guide.model.ts';
import { recordChange } from '../model/history.repository.ts';

/** The table of each kind of entry. */
export const tableOf = { organization: 'organizations', location: 'locations', service: 'services' } as const;

/** Where an entry belongs: its district and organisation (an organisation belongs to itself). */
export async function entryOwner(
  db: DbOrTx,
  type: EntryType,
  id: string,
): Promise<{ districtId: string; organizationId: string | null } | undefined> {
  const row =
    type === 'organization'
      ? await db.selectFrom('organizations').select(['district_id', 'id as organization_id']).where('id', '=', id).executeTakeFirst()
      : await db.selectFrom(tableOf[type]).select(['district_id', 'organization_id']).where('id', '=', id).executeTakeFirst();
  return row && { districtId: row.district_id, organizationId: row.organization_id };
}

/** The owner says the entry is still right: it is fresh for another year. */
export async function markVerified(db: DbOrTx, districtId: string, type: EntryType, id: string, actor: Actor): Promise<void> {
  await db.updateTable(tableOf[type]).set({ last_verified_at: actor.at, last_verified_by: actor.userId }).where('id', '=', id).execute();
  await recordChange(db, { districtId, entryType: type, entryId: id, action: 'verified' }, actor);
}
