import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { FooterContact } from '../../../platform/feature.ts';
import type { District } from '../../../platform/geography/geography.repository.ts';
import { contactPointOfDistrict, phoneOfPoint } from '../../guide/index.ts';

/** The district's contact point from the guide, for every page's footer; its hours are one link away. */
export async function footerContact(db: DbOrTx, district: District): Promise<FooterContact | null> {
  const point = await contactPointOfDistrict(db, district.id);
  if (point === null) return null;
  return { name: point.name, phone: phoneOfPoint(point), href: `/${district.slug}/inlooppunten` };
}
