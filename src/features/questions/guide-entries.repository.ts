import type { DbOrTx } from '../../platform/db/schema.ts';

/**
 * What the guide (capability A) offers to point a resident to: organisations and places
 * of the district. Read straight from the guide's tables, using only their core columns.
 */
export interface GuideEntry {
  /** `org:<id>` or `place:<id>`, so one checkbox list can hold both. */
  key: string;
  kind: 'organization' | 'location';
  name: string;
  /** How to get there or get in touch: address, e-mail, website, as far as the guide knows. */
  detail: string;
}

function joinDetail(parts: readonly (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p.trim() !== '').join(', ');
}

export async function guideEntries(db: DbOrTx, districtId: string): Promise<GuideEntry[]> {
  const organizations = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'email', 'website'])
    .where('district_id', '=', districtId)
    .orderBy('name')
    .execute();
  const locations = await db
    .selectFrom('locations')
    .select(['id', 'name', 'street_address', 'postal_code', 'city'])
    .where('district_id', '=', districtId)
    .orderBy('name')
    .execute();
  return [
    ...organizations.map((o) => ({
      key: `org:${o.id}`,
      kind: 'organization' as const,
      name: o.name,
      detail: joinDetail([o.email, o.website]),
    })),
    ...locations.map((l) => ({
      key: `place:${l.id}`,
      kind: 'location' as const,
      name: l.name,
      detail: joinDetail([l.street_address, l.postal_code, l.city]),
    })),
  ];
}

/** The district's meeting places where a resident can walk in (inloop). */
export function walkInPoints(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('locations')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('is_meeting_place', '=', 1)
    .orderBy('name')
    .execute();
}

export async function organizationNames(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organizations').select(['id', 'name']).where('district_id', '=', districtId).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function sortedOrganizations(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('organizations').select(['id', 'name']).where('district_id', '=', districtId).orderBy('name').execute();
}
