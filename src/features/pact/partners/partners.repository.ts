import { sql } from 'kysely';
import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';

export interface Partner {
  id: string;
  organizationId: string;
  name: string;
  /** null: no document gives the date. */
  signedOn: string | null;
  role: string;
  contact: { name: string; email: string | null; phone: string | null } | null;
}

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
    .leftJoin(roleContact, 'rc.organization_id', 'p.organization_id')
    .leftJoin('users as u', (j) => j.on((eb) => eb('u.id', '=', eb.fn.coalesce('p.contact_user_id', 'rc.user_id'))))
    .select(['p.id', 'p.organization_id', 'p.signed_on', 'p.role', 'p.contact_name', 'p.contact_email', 'p.contact_phone'])
    .select(['u.name as user_name', 'u.email as user_email'])
    .where('p.district_id', '=', districtId);
}

type PartnerRow = Awaited<ReturnType<ReturnType<typeof partnerQuery>['execute']>>[number];

function toPartner(r: PartnerRow, name: string): Partner {
  const contactName = r.user_name ?? r.contact_name;
  return {
    id: r.id,
    organizationId: r.organization_id,
    name,
    signedOn: r.signed_on === unknownDate ? null : r.signed_on,
    role: r.role,
    contact: contactName === null ? null : { name: contactName, email: r.user_email ?? r.contact_email, phone: r.contact_phone },
  };
}

/** Rows in the order of their organisations' names in the guide, each with that name. */
async function inNameOrder<R extends { organization_id: string }>(db: DbOrTx, districtId: string, rows: readonly R[]) {
  const organizations = await organizationsOfDistrict(db, districtId);
  return organizations.flatMap((o) => rows.filter((r) => r.organization_id === o.id).map((r): [R, string] => [r, o.name]));
}

export async function listPartners(db: DbOrTx, districtId: string): Promise<Partner[]> {
  const rows = await partnerQuery(db, districtId).execute();
  return (await inNameOrder(db, districtId, rows)).map(([r, name]) => toPartner(r, name));
}

export async function findPartner(db: DbOrTx, districtId: string, id: string): Promise<Partner | undefined> {
  const rows = await partnerQuery(db, districtId).where('p.id', '=', id).execute();
  return (await inNameOrder(db, districtId, rows)).map(([r, name]) => toPartner(r, name))[0];
}

/** Partner ids with the names of their organisations, in name order: to name owners, organisers, raisers. */
export async function partnerNames(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('pact_partners').select(['id', 'organization_id']).where('district_id', '=', districtId).execute();
  return new Map((await inNameOrder(db, districtId, rows)).map(([r, name]) => [r.id, name]));
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

export async function organizationOfPartner(db: DbOrTx, partnerId: string): Promise<string | null> {
  const row = await db.selectFrom('pact_partners').select('organization_id').where('id', '=', partnerId).executeTakeFirst();
  return row?.organization_id ?? null;
}

/** The stored signing date when no document gives one (the column predates unknown dates). */
export const unknownDate = '';

export interface ContactPerson {
  name: string;
  email: string;
  phone: string | null;
}

export async function insertPartner(
  db: DbOrTx,
  p: { districtId: string; organizationId: string; signedOn: string; role: string; contact?: ContactPerson; at: string },
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

export async function updateContact(db: DbOrTx, id: string, contact: ContactPerson, at: string): Promise<void> {
  await db
    .updateTable('pact_partners')
    .set({ contact_name: contact.name, contact_email: contact.email, contact_phone: contact.phone, contact_user_id: null, updated_at: at })
    .where('id', '=', id)
    .execute();
}
