import type { DbOrTx } from '../../../platform/db/schema.ts';
import { walkInPointsOfDistrict } from '../../guide/index.ts';

/** The guide's walk-in points of the district (places with walk-in or consultation hours), by id and name. */
export async function walkInsOf(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return (await walkInPointsOfDistrict(db, districtId)).map((p) => ({ id: p.id, name: p.name }));
}
