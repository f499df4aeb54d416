import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { PlatformInput } from './platforms.schema.ts';
import './platforms.tables.ts';

export interface Platform {
  id: string;
  name: string;
  purpose: string;
  audience: string;
  link: string | null;
  chosenOn: string | null;
}

/** The data version every write to the buurt networks and the platforms bumps (by trigger). */
export const PORTAL_START_VERSION = 'portal.start';

/** The district's chosen platforms and apps, by name. */
export async function platformsOfDistrict(db: DbOrTx, districtId: string): Promise<Platform[]> {
  const rows = await db
    .selectFrom('portal_platforms')
    .select(['id', 'name', 'purpose', 'audience', 'link', 'chosen_on'])
    .where('district_id', '=', districtId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, purpose: r.purpose, audience: r.audience, link: r.link, chosenOn: r.chosen_on }));
}

export async function findPlatform(db: DbOrTx, districtId: string, id: string): Promise<Platform | undefined> {
  return (await platformsOfDistrict(db, districtId)).find((p) => p.id === id);
}

const columnsOf = (p: PlatformInput) => ({
  name: p.name,
  purpose: p.purpose,
  audience: p.audience,
  link: p.link,
  chosen_on: p.chosenOn,
});

export async function insertPlatform(db: DbOrTx, districtId: string, p: PlatformInput, at: { when: string; by: string | null }) {
  const id = newId();
  await db
    .insertInto('portal_platforms')
    .values({ id, district_id: districtId, ...columnsOf(p), created_at: at.when, updated_at: at.when, updated_by: at.by })
    .execute();
  return id;
}

/** Changes one of the district's platforms; false when it is not (or no longer) there. */
export async function updatePlatform(
  db: DbOrTx,
  districtId: string,
  id: string,
  p: PlatformInput,
  at: { when: string; by: string | null },
) {
  const result = await db
    .updateTable('portal_platforms')
    .set({ ...columnsOf(p), updated_at: at.when, updated_by: at.by })
    .where('id', '=', id)
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deletePlatform(db: DbOrTx, districtId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('portal_platforms').where('id', '=', id).where('district_id', '=', districtId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
