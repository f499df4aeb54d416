import { emailsOfOrganizationRole, findUserById, organizationsWithRole } from '../../../platform/auth/auth.repository.ts';
import type { Role } from '../../../platform/auth/roles.rules.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { contactsOfDistrict, findContact, findContactOfDistrict, type NamedContact } from '../../guide/index.ts';

/** A named person at a partner organisation of the district (the guide's contacts) who can receive a referral. */
export type PartnerContact = NamedContact;

/** The roles of people who act for an organisation: they answer its referrals and get its mail. */
const actingFor: readonly Role[] = ['professional', 'partner_contact'];

/**
 * Only people who can answer a referral here: with an account of their own, or at an
 * organisation where someone acts for it (professional or partner contact).
 */
async function reachable(db: DbOrTx, contacts: readonly NamedContact[]): Promise<PartnerContact[]> {
  const withoutAccount = contacts.filter((c) => c.userId === null).map((c) => c.organizationId);
  const acted = await organizationsWithRole(db, withoutAccount, actingFor);
  return contacts.filter((c) => c.userId !== null || acted.has(c.organizationId));
}

export async function partnerContacts(db: DbOrTx, districtId: string): Promise<PartnerContact[]> {
  return reachable(db, await contactsOfDistrict(db, districtId));
}

export async function findPartnerContact(db: DbOrTx, districtId: string, contactId: string): Promise<PartnerContact | undefined> {
  const contact = await findContactOfDistrict(db, districtId, contactId);
  return contact === undefined ? undefined : (await reachable(db, [contact]))[0];
}

/** Whether the named contact has an account, and so an inbox of their own. */
export async function contactUserOf(db: DbOrTx, contactId: string): Promise<string | null> {
  return (await findContact(db, contactId))?.userId ?? null;
}

/**
 * Where a referral's mails go: the contact's own address, else that of their account, else
 * the people who act for the organisation.
 */
export async function receiverAddresses(db: DbOrTx, referral: { contactId: string; organizationId: string }): Promise<string[]> {
  const contact = await findContact(db, referral.contactId);
  const own = contact?.email ?? (contact?.userId ? (await findUserById(db, contact.userId))?.email : undefined);
  if (own) return [own];
  return emailsOfOrganizationRole(db, referral.organizationId, actingFor);
}
