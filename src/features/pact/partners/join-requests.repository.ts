import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import type { JoinRequestStatus } from './partners.rules.ts';

export interface JoinRequest {
  id: string;
  organizationName: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  addedValue: string;
  status: JoinRequestStatus;
  createdAt: string;
}

export async function insertJoinRequest(
  db: DbOrTx,
  r: Omit<JoinRequest, 'id' | 'status' | 'createdAt'> & { districtId: string; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_join_requests')
    .values({
      id,
      district_id: r.districtId,
      organization_name: r.organizationName,
      contact_name: r.contactName,
      contact_email: r.contactEmail,
      contact_phone: r.contactPhone,
      added_value: r.addedValue,
      status: 'pending',
      created_at: r.at,
      decided_at: null,
      decided_by: null,
      decision_note: null,
      partner_id: null,
    })
    .execute();
  return id;
}

function query(db: DbOrTx, districtId: string) {
  return db.selectFrom('pact_join_requests').selectAll().where('district_id', '=', districtId);
}

function toJoinRequest(r: Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>): JoinRequest {
  return {
    id: r.id,
    organizationName: r.organization_name,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    addedValue: r.added_value,
    status: r.status === 'approved' || r.status === 'declined' ? r.status : 'pending',
    createdAt: r.created_at,
  };
}

export async function pendingJoinRequests(db: DbOrTx, districtId: string): Promise<JoinRequest[]> {
  const rows = await query(db, districtId).where('status', '=', 'pending').orderBy('created_at').execute();
  return rows.map(toJoinRequest);
}

export async function findJoinRequest(db: DbOrTx, districtId: string, id: string): Promise<JoinRequest | undefined> {
  const row = await query(db, districtId).where('id', '=', id).executeTakeFirst();
  return row && toJoinRequest(row);
}

/** Only a pending request is decided; false when someone decided it first. */
export async function decideJoinRequest(
  db: DbOrTx,
  id: string,
  d: { status: 'approved' | 'declined'; at: string; by: string | null; note: string | null; partnerId: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('pact_join_requests')
    .set({ status: d.status, decided_at: d.at, decided_by: d.by, decision_note: d.note, partner_id: d.partnerId })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
