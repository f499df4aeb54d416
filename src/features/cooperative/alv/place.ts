import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { Translate } from '../../../platform/i18n/i18n.ts';
import {
  assessmentDimensions,
  isMeetingPlaceOf,
  placesOfDistrict,
  placesWithAccess,
  scoreLevel,
  type PlaceDetails,
  type PlaceWithAccess,
} from '../../guide/index.ts';

/**
 * The ALV's meeting place comes from the guide (which owns the places): its address and
 * how accessible experts by experience found it go on the convocation.
 */
export type AlvPlace = PlaceWithAccess;

/** The guide's meeting places of the district, to choose from. */
export const meetingPlaces = (db: DbOrTx, districtId: string): Promise<PlaceDetails[]> =>
  placesOfDistrict(db, districtId, { meetingPlaces: true });

/** A place of the district, with its latest assessment; undefined when the guide has no such place. */
export async function placeOf(db: DbOrTx, districtId: string, id: string | null): Promise<AlvPlace | undefined> {
  if (id === null) return undefined;
  return (await placesWithAccess(db, districtId)).find((p) => p.id === id);
}

/** A meeting place of the district to convene at; undefined when it is not one. */
export async function meetingPlaceOf(db: DbOrTx, districtId: string, id: string): Promise<AlvPlace | undefined> {
  return (await isMeetingPlaceOf(db, districtId, id)) ? placeOf(db, districtId, id) : undefined;
}

/** Name and address in one line, as the convocation and the calendar show it. */
export const placeText = (p: { name: string; address: string }): string => [p.name, p.address].filter((s) => s !== '').join(', ');

/** How accessible the place is, in words (for the mail): each dimension of the latest assessment, or that none was made. */
export function accessInWords(t: Translate, place: AlvPlace): string {
  const { assessment } = place;
  if (assessment === null) return t('guide.assessment.none');
  return assessmentDimensions
    .map((d) => `${t(`guide.assessment.${d}`)}: ${t(`guide.assessment.${d}.${scoreLevel(assessment[d]).level}`)}`)
    .join('; ');
}
