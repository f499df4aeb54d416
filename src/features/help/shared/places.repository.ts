import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationDetailsOfDistrict, placesOfDistrict } from '../../guide/index.ts';

/** The buurt, if it belongs to this district. */
export function buurtOfDistrict(db: DbOrTx, districtId: string, buurtId: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('buurten').select(['id', 'name']).where('id', '=', buurtId).where('district_id', '=', districtId).executeTakeFirst();
}

export interface MeetingPlace {
  id: string;
  name: string;
}

/** The guide's meeting places of the district, where a buddy takes someone. */
export async function meetingPlacesOf(db: DbOrTx, districtId: string): Promise<MeetingPlace[]> {
  const places = await placesOfDistrict(db, districtId, { meetingPlaces: true });
  return places.map((p) => ({ id: p.id, name: p.name }));
}

export interface SocialEntrepreneur {
  name: string;
  description: string;
  contact: string | null;
}

/** Social entrepreneurs of the district: organisations of that kind in the guide. */
export async function socialEntrepreneursOf(db: DbOrTx, districtId: string): Promise<SocialEntrepreneur[]> {
  const organizations = await organizationDetailsOfDistrict(db, districtId, 'social_entrepreneur');
  return organizations.map((o) => ({ name: o.name, description: o.description, contact: o.website ?? o.email }));
}
