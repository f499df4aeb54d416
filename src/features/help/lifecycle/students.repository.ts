import type { DbOrTx } from '../../../platform/db/schema.ts';

/** A long-running need that the desk referred to the students, as the student coordinator sees it. */
export interface StudentReferral {
  requestId: string;
  buurtId: string;
  buurtName: string;
  talent: string | null;
  kind: string;
  what: string;
  wishedTime: string | null;
  requesterName: string;
  phone: string | null;
  email: string | null;
  referredAt: string;
  note: string | null;
}

/** The requests of a district that wait with the students now (status referred, to the students). */
export async function referredToStudents(db: DbOrTx, districtId: string, requestId?: string): Promise<StudentReferral[]> {
  let query = db
    .selectFrom('help_requests as r')
    .innerJoin('buurten as b', 'b.id', 'r.buurt_id')
    .select([
      'r.id',
      'r.buurt_id',
      'b.name as buurt_name',
      'r.talent',
      'r.kind',
      'r.what',
      'r.wished_time',
      'r.requester_name',
      'r.phone',
      'r.email',
      'r.status_at',
      'r.outcome_note',
    ])
    .where('r.district_id', '=', districtId)
    .where('r.status', '=', 'referred')
    .where('r.outcome_reason', '=', 'referred_students');
  if (requestId !== undefined) query = query.where('r.id', '=', requestId);
  const rows = await query.orderBy('r.status_at').orderBy('r.id').execute();
  return rows.map((r) => ({
    requestId: r.id,
    buurtId: r.buurt_id,
    buurtName: r.buurt_name,
    talent: r.talent,
    kind: r.kind,
    what: r.what,
    wishedTime: r.wished_time,
    requesterName: r.requester_name,
    phone: r.phone,
    email: r.email,
    referredAt: r.status_at,
    note: r.outcome_note,
  }));
}
