import { sql } from 'kysely';
import { newId } from '../../platform/clock.ts';
import type { DbOrTx } from '../../platform/db/schema.ts';
import { commitmentStatuses, type CommitmentLetter, type CommitmentStatus, type JoinRequestStatus } from './partners.rules.ts';

export interface Partner {
  id: string;
  organizationId: string;
  name: string;
  kind: string;
  signedOn: string;
  role: string;
  contact: { name: string; email: string | null; phone: string | null } | null;
}

type PartnerRow = {
  id: string;
  organization_id: string;
  name: string;
  kind: string;
  signed_on: string;
  role: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  user_name: string | null;
  user_email: string | null;
};

/**
 * The partners of a district with their one contact person: the account named on the
 * partner, else someone holding the partner_contact role for the organisation, else the
 * name and address stored with the partner.
 */
function partnerQuery(db: DbOrTx, districtId: string) {
  const roleContact = db
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select(['role_assignments.organization_id', sql<string>`min(users.id)`.as('user_id')])
    .where('role_assignments.role', '=', 'partner_contact')
    .where('role_assignments.district_id', '=', districtId)
    .where('users.disabled_at', 'is', null)
    .groupBy('role_assignments.organization_id')
    .as('rc');
  return db
    .selectFrom('pact_partners as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin(roleContact, 'rc.organization_id', 'p.organization_id')
    .leftJoin('users as u', (j) => j.on((eb) => eb('u.id', '=', eb.fn.coalesce('p.contact_user_id', 'rc.user_id'))))
    .select([
      'p.id',
      'p.organization_id',
      'o.name',
      'o.kind',
      'p.signed_on',
      'p.role',
      'p.contact_name',
      'p.contact_email',
      'p.contact_phone',
      'u.name as user_name',
      'u.email as user_email',
    ])
    .where('p.district_id', '=', districtId);
}

function toPartner(r: PartnerRow): Partner {
  const name = r.user_name ?? r.contact_name;
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: r.name,
    kind: r.kind,
    signedOn: r.signed_on,
    role: r.role,
    contact: name === null ? null : { name, email: r.user_email ?? r.contact_email, phone: r.contact_phone },
  };
}

export async function listPartners(db: DbOrTx, districtId: string): Promise<Partner[]> {
  return (await partnerQuery(db, districtId).orderBy('o.name').execute()).map(toPartner);
}

export async function findPartner(db: DbOrTx, districtId: string, id: string): Promise<Partner | undefined> {
  const row = await partnerQuery(db, districtId).where('p.id', '=', id).executeTakeFirst();
  return row && toPartner(row);
}

export async function partnerOfOrganization(db: DbOrTx, districtId: string, organizationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('pact_partners')
    .select('id')
    .where('district_id', '=', districtId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.id;
}

export async function insertPartner(
  db: DbOrTx,
  p: {
    districtId: string;
    organizationId: string;
    signedOn: string;
    role: string;
    contact?: { name: string; email: string; phone: string | null };
    at: string;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('pact_partners')
    .values({
      id,
      district_id: p.districtId,
      organization_id: p.organizationId,
      signed_on: p.signedOn,
      role: p.role,
      contact_user_id: null,
      contact_name: p.contact?.name ?? null,
      contact_email: p.contact?.email ?? null,
      contact_phone: p.contact?.phone ?? null,
      created_at: p.at,
      updated_at: p.at,
    })
    .execute();
  return id;
}

export async function updateContact(db: DbOrTx, id: string, contact: { name: string; email: string; phone: string | null }, at: string) {
  await db
    .updateTable('pact_partners')
    .set({ contact_name: contact.name, contact_email: contact.email, contact_phone: contact.phone, contact_user_id: null, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export interface Commitment {
  partnerId: string;
  letter: CommitmentLetter;
  status: CommitmentStatus;
  note: string;
  updatedAt: string;
}

export async function commitmentsOf(db: DbOrTx, partnerIds: readonly string[], year: number): Promise<Commitment[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db.selectFrom('pact_commitments').selectAll().where('partner_id', 'in', partnerIds).where('year', '=', year).execute();
  return rows.map((r) => ({
    partnerId: r.partner_id,
    letter: r.letter as CommitmentLetter,
    status: commitmentStatuses.find((s) => s === r.status) ?? 'open',
    note: r.note,
    updatedAt: r.updated_at,
  }));
}

export async function saveCommitment(
  db: DbOrTx,
  c: { partnerId: string; year: number; letter: CommitmentLetter; status: CommitmentStatus; note: string; at: string; by: string | null },
): Promise<void> {
  const values = { status: c.status, note: c.note, updated_at: c.at, updated_by: c.by };
  await db
    .insertInto('pact_commitments')
    .values({ partner_id: c.partnerId, year: c.year, letter: c.letter, ...values })
    .onConflict((oc) => oc.columns(['partner_id', 'year', 'letter']).doUpdateSet(values))
    .execute();
}

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

function toJoinRequest(r: {
  id: string;
  organization_name: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  added_value: string;
  status: string;
  created_at: string;
}): JoinRequest {
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
  const rows = await db
    .selectFrom('pact_join_requests')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .execute();
  return rows.map(toJoinRequest);
}

export async function findJoinRequest(db: DbOrTx, districtId: string, id: string): Promise<JoinRequest | undefined> {
  const row = await db
    .selectFrom('pact_join_requests')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toJoinRequest(row);
}

/** Only a pending request is decided; false when someone decided it first. */
export async function decideJoinRequest(
  db: DbOrTx,
  id: string,
  d: { status: 'approved' | 'declined'; at: string; by: string | null; note: string; partnerId: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('pact_join_requests')
    .set({ status: d.status, decided_at: d.at, decided_by: d.by, decision_note: d.note, partner_id: d.partnerId })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
