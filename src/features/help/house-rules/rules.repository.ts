import type { Selectable } from 'kysely';
import type { DbOrTx, Tables } from '../../../platform/db/schema.ts';
import { newId } from '../../../platform/clock.ts';
import { seedRules, type HouseRules, type RulesVersion } from './house-rules.rules.ts';

type RulesRow = Omit<Selectable<Tables['help_rules']>, 'district_id' | 'updated_at' | 'updated_by'>;

function toRules(row: RulesRow): HouseRules {
  return {
    cooperativeName: row.cooperative_name,
    schemeName: row.scheme_name,
    oddJobFeeCents: row.odd_job_fee_cents,
    maxServiceMinutes: row.max_service_minutes,
    oneAtATime: row.one_at_a_time === 1,
    feedbackDays: row.feedback_days,
    reminderDays: row.reminder_days,
    networkCheckRequired: row.network_check_required === 1,
    vogRequiredForHomeVisits: row.vog_required_home_visits === 1,
    manyJobsCount: row.many_jobs_count,
    manyJobsDays: row.many_jobs_days,
    studentsForLongRunning: row.students_for_long_running === 1,
    studentDesk: row.student_desk,
    socialEntrepreneurs: row.social_entrepreneurs.split('\n').flatMap((line) => (line.trim() === '' ? [] : [line.trim()])),
    contactEmail: row.contact_email,
  };
}

function toRow(rules: HouseRules): RulesRow {
  return {
    cooperative_name: rules.cooperativeName,
    scheme_name: rules.schemeName,
    odd_job_fee_cents: rules.oddJobFeeCents,
    max_service_minutes: rules.maxServiceMinutes,
    one_at_a_time: rules.oneAtATime ? 1 : 0,
    feedback_days: rules.feedbackDays,
    reminder_days: rules.reminderDays,
    network_check_required: rules.networkCheckRequired ? 1 : 0,
    vog_required_home_visits: rules.vogRequiredForHomeVisits ? 1 : 0,
    many_jobs_count: rules.manyJobsCount,
    many_jobs_days: rules.manyJobsDays,
    students_for_long_running: rules.studentsForLongRunning ? 1 : 0,
    student_desk: rules.studentDesk,
    social_entrepreneurs: rules.socialEntrepreneurs.join('\n'),
    contact_email: rules.contactEmail,
  };
}

/** The district's house rules; undefined where no cooperative runs neighbour help yet. */
export async function findHouseRules(db: DbOrTx, districtId: string): Promise<HouseRules | undefined> {
  const row = await db.selectFrom('help_rules').selectAll().where('district_id', '=', districtId).executeTakeFirst();
  return row && toRules(row);
}

export async function saveHouseRules(
  db: DbOrTx,
  districtId: string,
  rules: HouseRules,
  meta: { at: string; by: string | null },
): Promise<void> {
  const row = { ...toRow(rules), updated_at: meta.at, updated_by: meta.by };
  await db
    .insertInto('help_rules')
    .values({ district_id: districtId, ...row })
    .onConflict((oc) => oc.column('district_id').doUpdateSet(row))
    .execute();
}

/** Districts that run neighbour help, for the scheduled jobs. */
export async function districtsWithRules(db: DbOrTx): Promise<{ districtId: string; rules: HouseRules }[]> {
  const rows = await db.selectFrom('help_rules').selectAll().execute();
  return rows.map((row) => ({ districtId: row.district_id, rules: toRules(row) }));
}

/** A kept version with the decision that adopted it. */
export interface AdoptedVersion extends RulesVersion {
  id: string;
  decisionId: string | null;
  decisionText: string;
}

export async function insertRulesVersion(
  db: DbOrTx,
  districtId: string,
  version: Omit<AdoptedVersion, 'id'> & { adoptedBy: string | null },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('help_rules_versions')
    .values({
      id,
      district_id: districtId,
      in_force_from: version.inForceFrom,
      rules: JSON.stringify(version.rules),
      decision_id: version.decisionId,
      decision_text: version.decisionText,
      adopted_at: version.adoptedAt,
      adopted_by: version.adoptedBy,
    })
    .execute();
  return id;
}

/** Every kept version of the district's house rules, oldest first. */
export async function rulesVersions(db: DbOrTx, districtId: string): Promise<AdoptedVersion[]> {
  const rows = await db
    .selectFrom('help_rules_versions')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('in_force_from')
    .orderBy('adopted_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    inForceFrom: row.in_force_from,
    adoptedAt: row.adopted_at,
    // Stored whole; a field added later takes its value from seed 004.
    rules: { ...seedRules, ...(JSON.parse(row.rules) as Partial<HouseRules>) },
    decisionId: row.decision_id,
    decisionText: row.decision_text,
  }));
}
