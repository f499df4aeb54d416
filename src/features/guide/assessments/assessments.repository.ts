import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface AssessmentRemarks {
  physical: string;
  financial: string;
  welcome: string;
}

/** An assessment as stored: the scores, the remarks (empty when none) and who made it when. */
export interface AssessmentRow {
  locationId: string;
  assessorUserId: string;
  assessedOn: string;
  scores: { physical: number; financial: number; welcome: number };
  remarks: AssessmentRemarks;
  at: string;
}

/** The place of this district an expert may assess. */
export function placeOfDistrict(db: DbOrTx, districtId: string, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('locations').select(['id', 'name']).where('id', '=', id).where('district_id', '=', districtId).executeTakeFirst();
}

/** The remarks of the latest assessment of a place; who made it stays out of public pages. */
export async function latestRemarks(db: DbOrTx, locationId: string): Promise<AssessmentRemarks | null> {
  const row = await db
    .selectFrom('place_assessments')
    .select(['physical_remarks', 'financial_remarks', 'welcome_remarks'])
    .where('location_id', '=', locationId)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? { physical: row.physical_remarks, financial: row.financial_remarks, welcome: row.welcome_remarks } : null;
}

/** Stores an assessment; the place shows it (and the search filters on it) when it is the latest by date. */
export async function insertAssessment(db: DbOrTx, a: AssessmentRow): Promise<void> {
  await db
    .insertInto('place_assessments')
    .values({
      id: newId(),
      location_id: a.locationId,
      assessor_user_id: a.assessorUserId,
      assessed_on: a.assessedOn,
      physical_score: a.scores.physical,
      physical_remarks: a.remarks.physical,
      financial_score: a.scores.financial,
      financial_remarks: a.remarks.financial,
      welcome_score: a.scores.welcome,
      welcome_remarks: a.remarks.welcome,
      created_at: a.at,
    })
    .execute();
  await db
    .updateTable('locations')
    .set({
      assessed_on: a.assessedOn,
      assessed_physical: a.scores.physical,
      assessed_financial: a.scores.financial,
      assessed_welcome: a.scores.welcome,
    })
    .where('id', '=', a.locationId)
    .where((eb) => eb.or([eb('assessed_on', 'is', null), eb('assessed_on', '<=', a.assessedOn)]))
    .execute();
}

/** Places assessed in a year, for the monitoring pages (capability E: "places assessed"). */
export async function placesAssessed(db: DbOrTx, districtId: string, year: number): Promise<{ total: number; byMonth: number[] }> {
  const rows = await db
    .selectFrom('place_assessments as a')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select(['a.location_id', 'a.assessed_on'])
    .where('l.district_id', '=', districtId)
    .where('a.assessed_on', '>=', `${year}-01-01`)
    .where('a.assessed_on', '<=', `${year}-12-31`)
    .execute();
  const byMonth = Array.from(
    { length: 12 },
    (_, month) => new Set(rows.filter((r) => Number(r.assessed_on.slice(5, 7)) === month + 1).map((r) => r.location_id)).size,
  );
  return { total: new Set(rows.map((r) => r.location_id)).size, byMonth };
}
