import type { DbOrTx } from '../../../platform/db/schema.ts';

/** @public An offer new in the guide, with the buurten it is for (none: the whole district). */
export interface NewOffer {
  id: string;
  name: string;
  summary: string;
  buurtIds: string[];
  createdAt: string;
}

/** Active offers of the district added since a moment, newest first (for the digest). */
export async function newOffersOfDistrict(db: DbOrTx, districtId: string, since: string, limit: number): Promise<NewOffer[]> {
  const rows = await db
    .selectFrom('services')
    .select(['id', 'name', 'description', 'created_at'])
    .where('district_id', '=', districtId)
    .where('status', '=', 'active')
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const buurten = await db
    .selectFrom('service_buurten')
    .select(['service_id', 'buurt_id'])
    .where(
      'service_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => {
    const flat = r.description.replace(/\s+/g, ' ').trim();
    return {
      id: r.id,
      name: r.name,
      summary: flat.length <= 160 ? flat : `${flat.slice(0, 159)}…`,
      buurtIds: buurten.filter((b) => b.service_id === r.id).map((b) => b.buurt_id),
      createdAt: r.created_at,
    };
  });
}
