import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Assessment } from '../model/guide.model.ts';

/** A place of the district with its address and the latest assessment by an expert by experience. */
export interface PlaceWithAccess {
  id: string;
  name: string;
  address: string;
  assessment: Assessment | null;
}

/** The district's places with their latest assessment, for features that show where something happens. */
export async function placesWithAccess(db: DbOrTx, districtId: string): Promise<PlaceWithAccess[]> {
  const rows = await db
    .selectFrom('locations')
    .select(['id', 'name', 'street_address', 'postal_code', 'city'])
    .select(['assessed_on', 'assessed_physical', 'assessed_financial', 'assessed_welcome'])
    .where('district_id', '=', districtId)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    address: [r.street_address, r.postal_code, r.city].filter(Boolean).join(', '),
    assessment:
      r.assessed_on === null || r.assessed_physical === null || r.assessed_financial === null || r.assessed_welcome === null
        ? null
        : { on: r.assessed_on, physical: r.assessed_physical, financial: r.assessed_financial, welcome: r.assessed_welcome },
  }));
}
