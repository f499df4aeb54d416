import { pino } from 'pino';
import { beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { remindersJob } from '../referrals/reminders.job.ts';
import { addContact, askAs, questionIdOf, signedIn } from '../questions.testing.ts';

describeEachEngine('the resident on the status link, and reminders', (t) => {
  let coordinator: TestClient;
  beforeAll(async () => {
    await createTestUser(t().db, { email: 'femke@wijk.example', name: 'Femke', roles: [{ role: 'coordinator', district: 'oost' }] });
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
  });

  it('adds a message, which the coordinator sees as new; a message after the answer reopens the question', async () => {
    const resident = t().client();
    const status = await askAs(resident);
    const id = await questionIdOf(t().db, status);
    await resident.get(status);
    expect((await resident.post(`${status}/bericht`, { message: '' })).statusCode).toBe(422);
    const sent = await resident.post(`${status}/bericht`, { message: 'Ik ben alleen na 14 uur thuis.' });
    expect(sent.statusCode).toBe(303);
    expect((await resident.get(status)).body).toContain('Ik ben alleen na 14 uur thuis.');
    expect((await coordinator.get('/oost/vragen')).body).toContain('Nieuw bericht');
    await coordinator.get(`/oost/vragen/${id}/beantwoorden`);
    await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: 'Wij bellen u om 15 uur.' });
    await resident.get(status);
    await resident.post(`${status}/bericht`, { message: 'Ik werd niet gebeld.' });
    const row = await t().db.selectFrom('questions').select(['status', 'awaiting_staff']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'new', awaiting_staff: 1 });
  });

  it('withdraws the question after a confirmation; open referrals stop with it', async () => {
    const karim = await createTestUser(t().db, { email: 'karim@bt.example', roles: [{ role: 'professional', district: 'oost' }] });
    const { contactId } = await addContact(t().db, { organization: 'Buurtteam Oost', name: 'Karim', userId: karim });
    const resident = t().client();
    const status = await askAs(resident);
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/doorverwijzen`);
    await coordinator.post(`/oost/vragen/${id}/doorverwijzen`, { contact: contactId, summary: 'x', formalCare: 'yes' });
    const confirm = await resident.get(`${status}/intrekken`);
    expect(confirm.body).toContain('Ja, trek mijn vraag in');
    expect((await resident.post(`${status}/intrekken`, {})).statusCode).toBe(303);
    const page = await resident.get(status);
    expect(page.body).toContain('U heeft uw vraag ingetrokken.');
    const referral = await t().db.selectFrom('referrals').select('status').where('question_id', '=', id).executeTakeFirstOrThrow();
    expect(referral.status).toBe('cancelled');
    expect((await resident.post(`${status}/intrekken`, {})).statusCode).toBe(409);
  });

  it('asks consent online: the resident answers yes on the status page and can withdraw it there', async () => {
    const org = await t().db.selectFrom('organizations').select('id').where('name', '=', 'DOCK').executeTakeFirstOrThrow();
    const resident = t().client();
    const status = await askAs(resident, { email: 'online@voorbeeld.example' });
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/toestemming`);
    const asked = await coordinator.post(`/oost/vragen/${id}/toestemming`, {
      organizations: org.id,
      items: 'name',
      purpose: 'DOCK nodigt u uit voor de buurtmaaltijd',
      how: 'online',
      validUntil: '2027-01-31',
    });
    expect(asked.statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('online@voorbeeld.example') && m.text.includes('DOCK'));
    const link = /http:\/\/localhost:3000(\/mijn-vraag\/[\w-]{43})/.exec(mail.text)?.[1] ?? '';
    const page = await resident.get(link);
    expect(page.body).toContain('Mag DOCK uw gegevens zien?');
    const consentId = /toestemming\/([0-9a-f-]{36})\/geven/.exec(page.body)?.[1] ?? '';
    expect((await resident.post(`${link}/toestemming/${consentId}/geven`, {})).statusCode).toBe(303);
    const consent = await t().db.selectFrom('consents').selectAll().where('id', '=', consentId).executeTakeFirstOrThrow();
    expect(consent).toMatchObject({ status: 'given', how: 'online' });
    expect((await resident.post(`${link}/toestemming/${consentId}/geven`, {})).statusCode).toBe(409);
    expect((await resident.post(`${status}/toestemming/${consentId}/intrekken`, {})).statusCode).toBe(303);
    expect((await t().db.selectFrom('consents').select('status').where('id', '=', consentId).executeTakeFirstOrThrow()).status).toBe(
      'withdrawn',
    );
    const otherQuestion = await askAs(t().client());
    const intruder = t().client();
    await intruder.get(otherQuestion);
    expect((await intruder.post(`${otherQuestion}/toestemming/${consentId}/intrekken`, {})).statusCode).toBe(404);
  });

  it('lets a status link expire 30 days after the question ends, and a coordinator make a new one', async () => {
    const status = await askAs(t().client());
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/beantwoorden`);
    await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: 'Klaar.' });
    t().clock.advanceMinutes(31 * 24 * 60);
    const late = await t().client().get(status);
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('Deze link werkt niet meer');
    t().clock.advanceMinutes(-31 * 24 * 60);
    await coordinator.get(`/oost/vragen/${id}`);
    const renewed = await coordinator.post(`/oost/vragen/${id}/nieuwe-link`, {});
    const fresh = /http:\/\/localhost:3000(\/mijn-vraag\/[\w-]{43})/.exec(renewed.body)?.[1] ?? '';
    expect((await t().client().get(fresh)).statusCode).toBe(200);
    expect((await t().client().get(status)).statusCode).toBe(410);
  });

  it('reminds the receiver of an unanswered referral and tells the referrer, once per day', async () => {
    const noor = await createTestUser(t().db, { email: 'noor@gezond.example', roles: [{ role: 'professional', district: 'oost' }] });
    const { contactId } = await addContact(t().db, {
      organization: 'Stichting Utrecht Oost Gezond',
      name: 'Noor',
      email: null,
      userId: noor,
    });
    const id = await questionIdOf(t().db, await askAs(t().client(), { urgency: 'urgent' }));
    await coordinator.get(`/oost/vragen/${id}/doorverwijzen`);
    await coordinator.post(`/oost/vragen/${id}/doorverwijzen`, { contact: contactId, summary: 'Dringend', formalCare: 'yes' });
    const reminders = remindersJob(t().deps);
    const run = () => reminders.run({ db: t().db, now: t().clock.now(), log: pino({ level: 'silent' }) });
    await run();
    expect(t().smtp.mails.filter((m) => m.subject.startsWith('Herinnering'))).toHaveLength(0);
    t().clock.advanceMinutes(25 * 60);
    await run();
    await run();
    await t().smtp.waitFor((m) => m.to.includes('noor@gezond.example') && m.subject.startsWith('Herinnering'));
    await t().smtp.waitFor((m) => m.to.includes('femke@wijk.example') && m.subject.startsWith('Doorverwijzing nog niet beantwoord'));
    const referral = await t().db.selectFrom('referrals').selectAll().where('question_id', '=', id).executeTakeFirstOrThrow();
    expect(referral.reminder_count).toBe(1);
    const later = await signedIn(t().client(), 'femke@wijk.example');
    expect((await later.get('/oost/vragen?toon=doorverwezen')).body).toContain('Te laat');
  });
});
