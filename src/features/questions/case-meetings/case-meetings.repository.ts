import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';

export interface CaseMeeting {
  id: string;
  questionId: string;
  districtId: string;
  topic: string;
  meetsOn: string;
  startsAt: string | null;
  place: string | null;
  convenedBy: string;
  convenerOrganizationId: string;
  /** The named partners, the convener's organisation included. */
  partnerIds: string[];
}

export interface CaseAgreement {
  id: string;
  leadOrganizationId: string;
  nextStep: string;
  dueOn: string;
  createdAt: string;
}

export async function insertCaseMeeting(db: DbOrTx, m: Omit<CaseMeeting, 'id'>, at: string): Promise<string> {
  const id = newId();
  await db
    .insertInto('case_meetings')
    .values({
      id,
      question_id: m.questionId,
      district_id: m.districtId,
      topic: m.topic,
      meets_on: m.meetsOn,
      starts_at: m.startsAt,
      place: m.place,
      convened_by: m.convenedBy,
      convener_organization_id: m.convenerOrganizationId,
      created_at: at,
    })
    .execute();
  const partners = [...new Set([m.convenerOrganizationId, ...m.partnerIds])];
  await db
    .insertInto('case_meeting_partners')
    .values(partners.map((organization_id) => ({ meeting_id: id, organization_id })))
    .execute();
  return id;
}

export async function findCaseMeeting(db: DbOrTx, id: string): Promise<CaseMeeting | undefined> {
  const row = await db.selectFrom('case_meetings').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  const partners = await db.selectFrom('case_meeting_partners').select('organization_id').where('meeting_id', '=', id).execute();
  return {
    id: row.id,
    questionId: row.question_id,
    districtId: row.district_id,
    topic: row.topic,
    meetsOn: row.meets_on,
    startsAt: row.starts_at,
    place: row.place,
    convenedBy: row.convened_by,
    convenerOrganizationId: row.convener_organization_id,
    partnerIds: partners.map((p) => p.organization_id),
  };
}

export async function insertAgreement(
  db: DbOrTx,
  a: { meetingId: string; leadOrganizationId: string; nextStep: string; dueOn: string; recordedBy: string },
  at: string,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('case_agreements')
    .values({
      id,
      meeting_id: a.meetingId,
      lead_organization_id: a.leadOrganizationId,
      next_step: a.nextStep,
      due_on: a.dueOn,
      recorded_by: a.recordedBy,
      created_at: at,
    })
    .execute();
  return id;
}

export async function agreementsOf(db: DbOrTx, meetingId: string): Promise<CaseAgreement[]> {
  const rows = await db.selectFrom('case_agreements').selectAll().where('meeting_id', '=', meetingId).orderBy('created_at').execute();
  return rows.map((r) => ({
    id: r.id,
    leadOrganizationId: r.lead_organization_id,
    nextStep: r.next_step,
    dueOn: r.due_on,
    createdAt: r.created_at,
  }));
}

export async function questionIdByReference(db: DbOrTx, districtId: string, reference: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('questions')
    .select('id')
    .where('district_id', '=', districtId)
    .where('reference', '=', reference.trim().toUpperCase())
    .executeTakeFirst();
  return row?.id;
}
