import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationDetailsOfDistrict, placesOfDistrict } from '../../guide/index.ts';

/** What the guide (capability A) offers to point a resident to: organisations and places of the district. */
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
  const organizations = await organizationDetailsOfDistrict(db, districtId);
  const places = await placesOfDistrict(db, districtId);
  return [
    ...organizations.map((o) => ({
      key: `org:${o.id}`,
      kind: 'organization' as const,
      name: o.name,
      detail: joinDetail([o.email, o.website]),
    })),
    ...places.map((l) => ({
      key: `place:${l.id}`,
      kind: 'location' as const,
      name: l.name,
      detail: joinDetail([l.streetAddress, l.postalCode, l.city]),
    })),
  ];
}
