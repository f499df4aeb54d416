import { z } from 'zod';
import { assignRole, findUserByEmail, insertUser } from '../../../platform/auth/auth.repository.ts';
import { DEMO_PASSWORD } from '../../../platform/auth/demo.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { DbOrTx } from '../../../platform/db/schema.ts';
import { addContact, findOrCreateOrganization, organizationKinds } from '../../guide/index.ts';
import data from './contacts.demo.json' with { type: 'json' };

/** Named persons at partners of Oost (seed 000, annex III), visibly fictional, with what to call them for. */
const demoContacts = z.array(
  z.object({
    key: z.string(),
    organization: z.string(),
    kind: z.enum(organizationKinds),
    name: z.string(),
    title: z.string(),
    contactFor: z.string(),
    email: z.string(),
    phone: z.string(),
  }),
);
type ContactRow = z.infer<typeof demoContacts>[number];

/** A demo contact as the demo questions refer to them. */
export interface DemoContact {
  id: string;
  name: string;
  userId: string;
  organizationId: string;
  organizationName: string;
}

async function accountFor(db: DbOrTx, c: ContactRow, districtId: string, organizationId: string, at: string): Promise<string> {
  // The demo professional of the accounts feature already exists; the contact links to that account.
  const existing = await findUserByEmail(db, c.email);
  if (existing) return existing.id;
  const id = await insertUser(db, { email: c.email, name: c.name, passwordHash: await hashPassword(DEMO_PASSWORD), createdAt: at });
  await assignRole(db, id, { role: 'professional', districtId, buurtId: null, organizationId }, { at, by: null });
  return id;
}

/** Every demo contact has an account (the Buurtteam one is the demo professional), so referrals reach an inbox. */
export async function seedDemoContacts(db: DbOrTx, districtId: string, at: string): Promise<Map<string, DemoContact>> {
  const contacts = new Map<string, DemoContact>();
  for (const c of demoContacts.parse(data)) {
    const organizationId = await findOrCreateOrganization(db, { districtId, name: c.organization, kind: c.kind, at });
    const userId = await accountFor(db, c, districtId, organizationId, at);
    const { name, title, contactFor, email, phone } = c;
    const id = await addContact(db, { organizationId, name, title, contactFor, email, phone, userId, at });
    contacts.set(c.key, { id, name, userId, organizationId, organizationName: c.organization });
  }
  return contacts;
}
