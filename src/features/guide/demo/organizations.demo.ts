import type { DbOrTx } from '../../../platform/db/schema.ts';
import { findOrCreateOrganization } from '../directory/organizations.repository.ts';
import { saveContact } from '../edit/contacts.repository.ts';
import type { Actor } from '../model/actor.ts';
import { setDescription, setVerifiedAt } from './demo.repository.ts';
import { demo } from './seeds.demo.ts';

/** The seeds' organisations, checked today, each with its named contact person where the seeds give one. */
export async function seedOrganizations(db: DbOrTx, districtId: string, actor: Actor): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const org of demo.organizations) {
    const id = await findOrCreateOrganization(db, {
      districtId,
      name: org.name,
      kind: org.kind,
      description: org.description,
      at: actor.at,
    });
    await setDescription(db, id, org.description);
    await setVerifiedAt(db, 'organizations', id, actor.at);
    ids.set(org.name, id);
    if (org.contact === undefined) continue;
    const { name, title, for: contactFor, phone } = org.contact;
    const contact = { organizationId: id, locationId: null, buurtId: null, name, title, contactFor, email: null, phone };
    await saveContact(db, districtId, null, contact, actor);
  }
  return ids;
}
