import type { DbOrTx } from '../../../platform/db/schema.ts';
import { listBuurten } from '../../../platform/geography/geography.repository.ts';
import type { HouseRules } from '../house-rules/house-rules.rules.ts';
import { meetingPlacesOf } from '../shared/places.repository.ts';
import type { RequestFormData } from './request-form.views.tsx';

/** What the request form offers to choose from: the district's buurten and meeting places. */
export async function requestFormData(db: DbOrTx, districtId: string, rules: HouseRules): Promise<RequestFormData> {
  return { rules, buurten: await listBuurten(db, districtId), meetingPlaces: await meetingPlacesOf(db, districtId) };
}
