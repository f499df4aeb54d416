import type { DbOrTx } from '../../../platform/db/schema.ts';
import { walkInPointsOfDistrict } from '../../guide/index.ts';

/** The district's walk-in points as the guide computes them (places with walk-in or consultation hours). */
export async function walkInPoints(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return (await walkInPointsOfDistrict(db, districtId)).map((p) => ({ id: p.id, name: p.name }));
}
