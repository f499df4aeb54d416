import type { DbOrTx } from '../../../platform/db/schema.ts';
import { placesOfDistrict } from '../../guide/index.ts';

/** The district's meeting places where a resident can walk in (inloop), from the guide. */
export async function walkInPoints(db: DbOrTx, districtId: string): Promise<{ id: string; name: string }[]> {
  return (await placesOfDistrict(db, districtId, { meetingPlaces: true })).map((p) => ({ id: p.id, name: p.name }));
}
