import { expect } from 'vitest';
import { hashToken } from '../../platform/auth/tokens.ts';
import { newId } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/schema.ts';
import { findDistrictBySlug } from '../../platform/geography/geography.repository.ts';
import type { TestClient } from '../../platform/testing/client.ts';
import { TEST_PASSWORD } from '../../platform/testing/users.ts';
import { addContact as addGuideContact, organizationsOfDistrict } from '../guide/index.ts';
import { findQuestionByLink } from './question/question.repository.ts';

/** A named person at an organisation of Oost (or another district), as the guide keeps them. */
export async function addContact(
  db: Db,
  contact: { organization: string; name: string; email?: string | null; userId?: string | null; district?: string },
): Promise<{ contactId: string; organizationId: string }> {
  const district = await findDistrictBySlug(db, contact.district ?? 'oost');
  const organization = district && (await organizationsOfDistrict(db, district.id)).find((o) => o.name === contact.organization);
  if (organization === undefined) throw new Error(`no organisation ${contact.organization}`);
  const contactId = await addGuideContact(db, {
    organizationId: organization.id,
    name: contact.name,
    title: null,
    contactFor: '',
    email: contact.email === undefined ? `${newId().slice(0, 8)}@partner.example` : contact.email,
    phone: null,
    userId: contact.userId ?? null,
    at: new Date().toISOString(),
  });
  return { contactId, organizationId: organization.id };
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
  const found = await findQuestionByLink(db, hashToken(statusPath.split('/').at(-1) ?? ''));
  if (found === undefined) throw new Error(`no question behind ${statusPath}`);
  return found.question.id;
}

export async function signedIn(client: TestClient, email: string): Promise<TestClient> {
  const response = await client.signIn(email, TEST_PASSWORD);
  expect(response.statusCode).toBe(303);
  return client;
}
