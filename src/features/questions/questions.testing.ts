import { expect } from 'vitest';
import { hashToken } from '../../platform/auth/tokens.ts';
import { newId } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/schema.ts';
import type { TestClient } from '../../platform/testing/client.ts';
import { TEST_PASSWORD } from '../../platform/testing/users.ts';

/** A named person at an organisation of Oost, as the guide keeps them. */
export async function addContact(
  db: Db,
  contact: { organization: string; name: string; email?: string | null; userId?: string | null; district?: string },
): Promise<{ contactId: string; organizationId: string }> {
  const org = await db
    .selectFrom('organizations as o')
    .innerJoin('districts as d', 'd.id', 'o.district_id')
    .select('o.id')
    .where('d.slug', '=', contact.district ?? 'oost')
    .where('o.name', '=', contact.organization)
    .executeTakeFirstOrThrow();
  const id = newId();
  const at = new Date().toISOString();
  await db
    .insertInto('contacts')
    .values({
      id,
      organization_id: org.id,
      location_id: null,
      name: contact.name,
      title: null,
      contact_for: '',
      email: contact.email === undefined ? `${id.slice(0, 8)}@partner.example` : contact.email,
      phone: null,
      user_id: contact.userId ?? null,
      created_at: at,
      updated_at: at,
      updated_by: null,
    })
    .execute();
  return { contactId: id, organizationId: org.id };
}

/** Asks a question through the public form; returns the status page path. */
export async function askAs(client: TestClient, fields: Record<string, string> = {}): Promise<string> {
  await client.get('/oost/vraag-stellen');
  const response = await client.post('/oost/vraag-stellen', {
    text: 'Ik heb schulden en durf de post niet meer open te maken.',
    name: 'Bea',
    contactBy: 'phone',
    phone: '06 11 22 33 44',
    email: 'bea@voorbeeld.example',
    urgency: 'soon',
    buurt: 'oudwijk',
    ...fields,
  });
  expect(response.statusCode).toBe(303);
  return String(response.headers.location).replace(/\?.*$/, '');
}

export async function questionIdOf(db: Db, statusPath: string): Promise<string> {
  const link = await db
    .selectFrom('question_links')
    .select('question_id')
    .where('token_hash', '=', hashToken(statusPath.split('/').at(-1) ?? ''))
    .executeTakeFirstOrThrow();
  return link.question_id;
}

export async function signedIn(client: TestClient, email: string): Promise<TestClient> {
  const response = await client.signIn(email, TEST_PASSWORD);
  expect(response.statusCode).toBe(303);
  return client;
}
