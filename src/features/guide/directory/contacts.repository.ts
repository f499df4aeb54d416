import { newId } from '../../../platform/clock.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { markEntriesChanged, perDistrictCache } from '../model/version.repository.ts';

/** @public A named person at an organisation of the district ("bij wie moet je zijn voor wat"). */
export interface NamedContact {
  id: string;
  name: string;
  title: string | null;
  contactFor: string;
  email: string | null;
  phone: string | null;
  /** Set when the person has an account, so referrals reach their inbox. */
  userId: string | null;
  organizationId: string;
  organizationName: string;
  /** For a buurt assistant: the buurt they are the first contact for. */
  buurtId: string | null;
}

function contactsQuery(db: DbOrTx) {
  return db
    .selectFrom('contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select([
      'c.id',
      'c.name',
      'c.title',
      'c.contact_for as contactFor',
      'c.email',
      'c.phone',
      'c.user_id as userId',
      'o.id as organizationId',
      'o.name as organizationName',
      'c.buurt_id as buurtId',
    ]);
}

/** Every named person of the district's organisations, by organisation and name. */
export const contactsOfDistrict: (db: DbOrTx, districtId: string) => Promise<readonly NamedContact[]> = perDistrictCache((db, districtId) =>
  contactsQuery(db).where('o.district_id', '=', districtId).orderBy('o.name').orderBy('c.name').execute(),
);

/** One named person, if they belong to an organisation of this district. */
export function findContactOfDistrict(db: DbOrTx, districtId: string, contactId: string): Promise<NamedContact | undefined> {
  return contactsQuery(db).where('o.district_id', '=', districtId).where('c.id', '=', contactId).executeTakeFirst();
}

export function findContact(db: DbOrTx, contactId: string): Promise<NamedContact | undefined> {
  return contactsQuery(db).where('c.id', '=', contactId).executeTakeFirst();
}

/** The named contacts that are this person (by account). */
export async function contactIdsOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('contacts').select('id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.id);
}

/** Adds a named person to an organisation (demo data and features that name people the seeds give). */
export async function addContact(
  db: DbOrTx,
  contact: Omit<NamedContact, 'id' | 'organizationName' | 'buurtId'> & { buurtId?: string | null; at: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('contacts')
    .values({
      id,
      organization_id: contact.organizationId,
      location_id: null,
      name: contact.name,
      title: contact.title,
      contact_for: contact.contactFor,
      email: contact.email,
      phone: contact.phone,
      buurt_id: contact.buurtId ?? null,
      user_id: contact.userId,
      created_at: contact.at,
      updated_at: contact.at,
      updated_by: null,
    })
    .execute();
  await markEntriesChanged(db);
  return id;
}
