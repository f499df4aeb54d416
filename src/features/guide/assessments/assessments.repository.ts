import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { recordChange, type Actor } from '../model/history.repository.ts';
import type { AssessmentInput } from './experts.repository.ts';

export interface AssessmentRemarks {
  physical: string;
  financial: string;
  welcome: string;
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

/** Stores an assessment; the place shows it when it is the latest by date. */
export async function addAssessment(
  db: DbOrTx,
  place: { id: string; districtId: string },
  input: AssessmentInput,
  actor: Actor & { userId: string },
) {
  await db
    .insertInto('place_assessments')
    .values({
      id: newId(),
      location_id: place.id,
      assessor_user_id: actor.userId,
      assessed_on: input.assessedOn,
      physical_score: input.physicalScore,
      physical_remarks: input.physicalRemarks,
      financial_score: input.financialScore,
      financial_remarks: input.financialRemarks,
      welcome_score: input.welcomeScore,
      welcome_remarks: input.welcomeRemarks,
      created_at: actor.at,
    })
    .execute();
  await db
    .updateTable('locations')
    .set({
      assessed_on: input.assessedOn,
      assessed_physical: input.physicalScore,
      assessed_financial: input.financialScore,
      assessed_welcome: input.welcomeScore,
    })
    .where('id', '=', place.id)
    .where((eb) => eb.or([eb('assessed_on', 'is', null), eb('assessed_on', '<=', input.assessedOn)]))
    .execute();
  await recordChange(
    db,
    {
      districtId: place.districtId,
      entryType: 'location',
      entryId: place.id,
      action: 'assessed',
      details: { assessedOn: [null, input.assessedOn] },
    },
    actor,
  );
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
