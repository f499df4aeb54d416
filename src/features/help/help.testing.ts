import type { TestApp } from '../../testing/test-app.ts';
import type { TestClient } from '../../platform/testing/client.ts';
import { createTestUser, TEST_PASSWORD, type TestRole } from '../../platform/testing/users.ts';

/** Helpers for the neighbour-help tests: people, the online form, and links from mails. */

let people = 0;

export async function signedIn(
  t: TestApp,
  roles: TestRole[],
  name = 'Test Coördinator',
): Promise<{ client: TestClient; email: string; id: string }> {
  people += 1;
  const email = `persoon${people}.${t.engine}@wijk.example`;
  const id = await createTestUser(t.db, { email, name, roles });
  const client = t.client();
  await client.signIn(email, TEST_PASSWORD);
  return { client, email, id };
}

export const askForm = (overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  name: 'Mevrouw Test',
  phone: '06 2222 0001',
  email: '',
  buurt: 'sterrenwijk',
  street: 'Kastanjelaan 40',
  talent: 'groceries',
  what: 'Boodschappen halen bij de supermarkt',
  frequency: 'once',
  duration: '60',
  days: ['tue'],
  parts: ['afternoon'],
  wishedTime: '',
  meetingPlace: '',
  consent: 'ja',
  ...overrides,
});

/** Fills in the online form like a resident: fetch the page (for its CSRF token), then send. */
export async function askOnline(client: TestClient, overrides: Record<string, string | string[]> = {}) {
  await client.get('/oost/hulp/vragen');
  return client.post('/oost/hulp/vragen', askForm(overrides));
}

export async function requestIdByPhone(t: TestApp, phone: string): Promise<string> {
  const row = await t.db
    .selectFrom('help_requests')
    .select('id')
    .where('phone', '=', phone)
    .where('status', 'in', ['new', 'checked', 'matching', 'matched'])
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function statusOf(t: TestApp, id: string): Promise<string> {
  return (await t.db.selectFrom('help_requests').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}

export async function volunteerIdOf(t: TestApp, email: string): Promise<string> {
  const row = await t.db
    .selectFrom('help_volunteers as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select('v.id')
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The proposal link mailed to this volunteer about the request with this text (mails may arrive in any order). */
export async function proposalPath(t: TestApp, email: string, what: string): Promise<string> {
  const mail = await t.smtp.waitFor((m) => m.to.includes(email) && m.text.includes(what) && /hulp\/voorstel\//.test(m.text));
  const match = /http:\/\/localhost:3000(\/oost\/hulp\/voorstel\/[\w-]+)/.exec(mail.text);
  if (match?.[1] === undefined) throw new Error('no proposal link');
  return match[1];
}

export async function steps(t: TestApp, id: string): Promise<string[]> {
  const rows = await t.db.selectFrom('help_request_events').select('step').where('request_id', '=', id).orderBy('position').execute();
  return rows.map((r) => r.step);
}

export const JOOP = 'vrijwilliger.oost@wijkportaal.example';
export { DEMO_PASSWORD } from '../../platform/auth/demo.ts';
