import type { DbOrTx } from '../../platform/db/schema.ts';

/** The buurt, if it belongs to this district. */
export function buurtOfDistrict(db: DbOrTx, districtId: string, buurtId: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('buurten').select(['id', 'name']).where('id', '=', buurtId).where('district_id', '=', districtId).executeTakeFirst();
}

export interface MeetingPlace {
  id: string;
  name: string;
}

/** The guide's meeting places of the district, where a buddy takes someone. */
export function meetingPlacesOf(db: DbOrTx, districtId: string): Promise<MeetingPlace[]> {
  return db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('is_meeting_place', '=', 1)
    .orderBy('name')
    .execute();
}

export async function isMeetingPlaceOf(db: DbOrTx, districtId: string, locationId: string): Promise<boolean> {
  const row = await db
    .selectFrom('locations')
    .select('id')
    .where('id', '=', locationId)
    .where('district_id', '=', districtId)
    .where('is_meeting_place', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function neighbourIdsOf(db: DbOrTx, buurtId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('help_buurt_neighbours').select('neighbour_id').where('buurt_id', '=', buurtId).execute();
  return new Set(rows.map((r) => r.neighbour_id));
}

export interface SocialEntrepreneur {
  name: string;
  description: string;
  contact: string | null;
}

/** Social entrepreneurs of the district: organisations of that kind in the guide. */
export async function socialEntrepreneursOf(db: DbOrTx, districtId: string): Promise<SocialEntrepreneur[]> {
  const rows = await db
    .selectFrom('organizations')
    .select(['name', 'description', 'email', 'website'])
    .where('district_id', '=', districtId)
    .where('kind', '=', 'social_entrepreneur')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ name: r.name, description: r.description, contact: r.website ?? r.email }));
}
