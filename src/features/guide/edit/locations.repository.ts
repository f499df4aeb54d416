import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Actor } from '../model/actor.ts';
import type { Location } from '../model/guide.model.ts';
import { changedFields, recordChange } from '../model/history.repository.ts';
import { created, updated } from './stamps.ts';

export type LocationInput = Pick<
  Location,
  | 'organizationId'
  | 'name'
  | 'description'
  | 'streetAddress'
  | 'postalCode'
  | 'buurtId'
  | 'isMeetingPlace'
  | 'transportation'
  | 'accessibilityDescription'
>;

function locationRow(input: LocationInput) {
  return {
    organization_id: input.organizationId,
    name: input.name,
    description: input.description,
    street_address: input.streetAddress,
    postal_code: input.postalCode,
    buurt_id: input.buurtId,
    is_meeting_place: input.isMeetingPlace ? 1 : 0,
    transportation: input.transportation,
    accessibility_description: input.accessibilityDescription,
  };
}

export async function saveLocation(db: DbOrTx, districtId: string, id: string | null, input: LocationInput, actor: Actor) {
  const row = locationRow(input);
  const before = id === null ? undefined : await db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
  const entryId = id ?? newId();
  if (before === undefined) {
    await db
      .insertInto('locations')
      .values({ id: entryId, district_id: districtId, city: 'Utrecht', latitude: null, longitude: null, ...row, ...created(actor) })
      .execute();
  } else
    await db
      .updateTable('locations')
      .set({ ...row, ...updated(actor) })
      .where('id', '=', entryId)
      .execute();
  await recordChange(
    db,
    { districtId, entryType: 'location', entryId, action: before ? 'updated' : 'created', details: changedFields(before, row) },
    actor,
  );
  return entryId;
}

/** The organisation a place belongs to (null for a place of no organisation), if there is such a place. */
export async function ownerOfPlace(db: DbOrTx, id: string): Promise<{ organizationId: string | null } | undefined> {
  const row = await db.selectFrom('locations').select('organization_id').where('id', '=', id).executeTakeFirst();
  return row && { organizationId: row.organization_id };
}
