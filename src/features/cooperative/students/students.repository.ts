import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface Student {
  id: string;
  name: string;
  email: string;
  programme: string;
  institution: string;
  periodStart: string;
  periodEnd: string;
  hoursPerWeek: number;
}

export async function insertStudent(db: DbOrTx, s: Omit<Student, 'id'> & { districtId: string; at: string }): Promise<string> {
  const id = newId();
  await db
    .insertInto('coop_students')
    .values({
      id,
      district_id: s.districtId,
      name: s.name,
      email: s.email,
      programme: s.programme,
      institution: s.institution,
      period_start: s.periodStart,
      period_end: s.periodEnd,
      hours_per_week: s.hoursPerWeek,
      created_at: s.at,
    })
    .execute();
  return id;
}

function students(db: DbOrTx, districtId: string) {
  return db
    .selectFrom('coop_students')
    .select(['id', 'name', 'email', 'programme', 'institution', 'period_start', 'period_end', 'hours_per_week'])
    .where('district_id', '=', districtId);
}

const toStudent = (r: Awaited<ReturnType<ReturnType<typeof students>['executeTakeFirstOrThrow']>>): Student => ({
  id: r.id,
  name: r.name,
  email: r.email,
  programme: r.programme,
  institution: r.institution,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  hoursPerWeek: r.hours_per_week,
});

/** The students whose period has not ended, by name. */
export async function currentStudents(db: DbOrTx, districtId: string, today: string): Promise<Student[]> {
  return (await students(db, districtId).where('period_end', '>=', today).orderBy('name').orderBy('id').execute()).map(toStudent);
}

export async function findStudent(db: DbOrTx, districtId: string, id: string): Promise<Student | undefined> {
  const row = await students(db, districtId).where('id', '=', id).executeTakeFirst();
  return row && toStudent(row);
}

/** The request ids a student has taken on (matched and still with the students), with the student's name. */
export async function matchedRequests(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('coop_student_referrals as r')
    .innerJoin('coop_students as s', 's.id', 'r.student_id')
    .select(['r.request_id', 's.name'])
    .where('r.district_id', '=', districtId)
    .where('r.status', '=', 'matched')
    .execute();
  return new Map(rows.map((r) => [r.request_id, r.name]));
}

export async function insertOutcome(
  db: DbOrTx,
  o: {
    districtId: string;
    requestId: string;
    status: 'matched' | 'handed_back';
    studentId: string | null;
    reason: string | null;
    by: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('coop_student_referrals')
    .values({
      id: newId(),
      district_id: o.districtId,
      request_id: o.requestId,
      status: o.status,
      student_id: o.studentId,
      reason: o.reason,
      decided_by: o.by,
      decided_at: o.at,
    })
    .execute();
}
