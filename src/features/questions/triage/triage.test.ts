import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { addContact, askAs, questionIdOf, signedIn } from '../questions.testing.ts';

describeEachEngine('triage by a coordinator: every outcome on the timeline', (t) => {
  let coordinator: ReturnType<ReturnType<typeof t>['client']>;
  beforeAll(async () => {
    await createTestUser(t().db, { email: 'femke@wijk.example', name: 'Femke', roles: [{ role: 'coordinator', district: 'oost' }] });
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
  });

  it('answers directly; the answer is kept and the resident reads it', async () => {
    const resident = t().client();
    const status = await askAs(resident, { text: 'Wanneer is de inloop in Podium Oost?' });
    const id = await questionIdOf(t().db, status);
    const list = await coordinator.get('/oost/vragen');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/oost/vragen/${id}`);
    expect(list.body).not.toContain('Wanneer is de inloop');
    const page = await coordinator.get(`/oost/vragen/${id}`);
    expect(page.body).toContain('Wanneer is de inloop in Podium Oost?');
    expect(page.body).toContain('06 11 22 33 44');
    await coordinator.get(`/oost/vragen/${id}/beantwoorden`);
    const empty = await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: ' ' });
    expect(empty.statusCode).toBe(422);
    const answered = await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: 'Elke dinsdag van 10 tot 12 uur.' });
    expect(answered.statusCode).toBe(303);
    const seen = await resident.get(status);
    expect(seen.body).toContain('Uw vraag is beantwoord.');
    expect(seen.body).toContain('Elke dinsdag van 10 tot 12 uur.');
    const row = await t().db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'closed', outcome: 'answered' });
    expect(row.first_response_at).not.toBeNull();
    const mail = await t().smtp.waitFor((m) => m.to.includes('bea@voorbeeld.example') && m.text.includes('Elke dinsdag'));
    expect(mail.subject).toContain('Nieuws over uw vraag');
    // The same step twice is refused: the question is already answered.
    expect((await coordinator.post(`/oost/vragen/${id}/beantwoorden`, { answer: 'nog eens' })).statusCode).toBe(409);
  });

  it('points to guide entries of the district', async () => {
    const status = await askAs(t().client(), { text: 'Waar kan ik koffie drinken met anderen?' });
    const id = await questionIdOf(t().db, status);
    const form = await coordinator.get(`/oost/vragen/${id}/wijzen`);
    const key = /value="(place:[^"]+)"/.exec(form.body)?.[1] ?? '';
    expect(key).not.toBe('');
    const forged = await coordinator.post(`/oost/vragen/${id}/wijzen`, { entries: 'org:bestaat-niet' });
    expect(forged.statusCode).toBe(422);
    const pointed = await coordinator.post(`/oost/vragen/${id}/wijzen`, { entries: key, note: 'Dinsdag is er soep.' });
    expect(pointed.statusCode).toBe(303);
    const seen = await t().client().get(status);
    expect(seen.body).toContain('Dinsdag is er soep.');
    const event = await t()
      .db.selectFrom('question_events')
      .selectAll()
      .where('question_id', '=', id)
      .where('kind', '=', 'pointed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.data ?? '{}').entries).toHaveLength(1);
  });

  it('refers to a named person, who is mailed; decline sends it back to triage', async () => {
    const { contactId } = await addContact(t().db, { organization: 'DOCK', name: 'Sam Sociaal Makelaar', email: 'sam@dock.example' });
    const status = await askAs(t().client(), { text: 'Ik ben eenzaam sinds mijn man overleed.' });
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}/doorverwijzen`);
    const missing = await coordinator.post(`/oost/vragen/${id}/doorverwijzen`, { contact: contactId, summary: '', formalCare: 'no' });
    expect(missing.statusCode).toBe(422);
    const referred = await coordinator.post(`/oost/vragen/${id}/doorverwijzen`, {
      contact: contactId,
      summary: 'Bewoonster zoekt contact met anderen.',
      formalCare: 'no',
    });
    expect(referred.statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('sam@dock.example'));
    expect(mail.text).toContain('Bewoonster zoekt contact met anderen.');
    expect(mail.text).not.toContain('Bea');
    expect(mail.text).not.toContain('06 11 22 33 44');
    expect((await t().client().get(status)).body).toContain('Sam Sociaal Makelaar van DOCK');
    const referral = await t().db.selectFrom('referrals').selectAll().where('question_id', '=', id).executeTakeFirstOrThrow();
    expect(referral.status).toBe('pending');
    await createTestUser(t().db, { email: 'sam@dock.example', roles: [{ role: 'professional', district: 'oost' }] });
    await t()
      .db.updateTable('contacts')
      .set({
        user_id: (await t().db.selectFrom('users').select('id').where('email', '=', 'sam@dock.example').executeTakeFirstOrThrow()).id,
      })
      .where('id', '=', contactId)
      .execute();
    const sam = await signedIn(t().client(), 'sam@dock.example');
    await sam.get(`/oost/doorverwijzingen/${referral.id}/afwijzen`);
    const declined = await sam.post(`/oost/doorverwijzingen/${referral.id}/afwijzen`, { reason: 'Wij hebben geen plek deze maand.' });
    expect(declined.statusCode).toBe(303);
    const question = await t().db.selectFrom('questions').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(question.status).toBe('new');
    const back = await t().smtp.waitFor((m) => m.to.includes('femke@wijk.example'));
    expect(back.text).toContain('Wij hebben geen plek deze maand.');
    const resident = await t().client().get(status);
    expect(resident.body).toContain('Een coördinator zoekt iemand anders');
    expect(resident.body).not.toContain('Wij hebben geen plek deze maand.');
    expect((await coordinator.get('/oost/vragen')).body).toContain(`/oost/vragen/${id}`);
  });

  it('keeps a buurt coordinator to their buurt and others out', async () => {
    await createTestUser(t().db, { email: 'sanne@wijk.example', roles: [{ role: 'coordinator', district: 'oost', buurt: 'sterrenwijk' }] });
    await createTestUser(t().db, { email: 'ahmed@wijk.example', roles: [{ role: 'coordinator', district: 'overvecht' }] });
    const status = await askAs(t().client(), { buurt: 'oudwijk' });
    const id = await questionIdOf(t().db, status);
    const sanne = await signedIn(t().client(), 'sanne@wijk.example');
    expect((await sanne.get(`/oost/vragen/${id}`)).statusCode).toBe(404);
    expect((await sanne.get('/oost/vragen')).body).not.toContain(id);
    const ahmed = await signedIn(t().client(), 'ahmed@wijk.example');
    expect((await ahmed.get(`/oost/vragen/${id}`)).statusCode).toBe(403);
    expect((await ahmed.get(`/overvecht/vragen/${id}`)).statusCode).toBe(404);
    expect((await t().client().get(`/oost/vragen/${id}`)).statusCode).toBe(303);
  });

  it('writes every read of personal data to the audit log, and the resident sees who looked', async () => {
    const status = await askAs(t().client());
    const id = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${id}`);
    const rows = await t()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', id)
      .where('action', '=', 'questions.personal_data.read')
      .execute();
    expect(rows).toHaveLength(1);
    const seen = await t().client().get(status);
    expect(seen.body).toContain('Wie heeft uw gegevens bekeken?');
    expect(seen.body).toMatch(/<td class="utrecht-table__cell">Femke<\/td><td class="utrecht-table__cell">coördinator<\/td>/);
  });
});
