import { beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { addContact, askAs, questionIdOf, signedIn } from '../questions.testing.ts';

describeEachEngine('closed-loop referral with consent', (t) => {
  let coordinator: TestClient;
  let professional: TestClient;
  let contactId: string;
  let organizationId: string;

  beforeAll(async () => {
    await createTestUser(t().db, { email: 'femke@wijk.example', name: 'Femke', roles: [{ role: 'coordinator', district: 'oost' }] });
    const karim = await createTestUser(t().db, {
      email: 'karim@buurtteam.example',
      name: 'Karim',
      roles: [{ role: 'professional', district: 'oost' }],
    });
    ({ contactId, organizationId } = await addContact(t().db, {
      organization: 'Buurtteam Oost',
      name: 'Karim',
      email: null,
      userId: karim,
    }));
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
    professional = await signedIn(t().client(), 'karim@buurtteam.example');
  });

  async function referred(text: string): Promise<{ status: string; questionId: string; referralId: string }> {
    const status = await askAs(t().client(), { text });
    const questionId = await questionIdOf(t().db, status);
    await coordinator.get(`/oost/vragen/${questionId}/doorverwijzen`);
    const done = await coordinator.post(`/oost/vragen/${questionId}/doorverwijzen`, {
      contact: contactId,
      summary: 'Geldzorgen, zoekt hulp met post.',
      formalCare: 'yes',
    });
    expect(done.statusCode).toBe(303);
    const referral = await t().db.selectFrom('referrals').select('id').where('question_id', '=', questionId).executeTakeFirstOrThrow();
    return { status, questionId, referralId: referral.id };
  }

  async function recordConsent(questionId: string, fields: Record<string, string | string[]>) {
    await coordinator.get(`/oost/vragen/${questionId}/toestemming`);
    return coordinator.post(`/oost/vragen/${questionId}/toestemming`, {
      organizations: organizationId,
      items: ['name', 'phone', 'question'],
      purpose: 'Het buurtteam belt over de post',
      how: 'verbal',
      validUntil: '2027-01-31',
      ...fields,
    });
  }

  it('carries no personal data without consent: the page, the API and the mail show only the summary', async () => {
    const { referralId } = await referred('Ik heb schulden bij drie bedrijven, mijn naam is Bea.');
    const mail = await t().smtp.waitFor((m) => m.to.includes('karim@buurtteam.example') && m.text.includes('Geldzorgen'));
    expect(mail.text).not.toContain('06 11 22 33 44');
    expect(mail.text).toContain('geen toestemming');
    const page = await professional.get(`/oost/doorverwijzingen/${referralId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Geldzorgen, zoekt hulp met post.');
    for (const secret of ['Bea', '06 11 22 33 44', 'bea@voorbeeld.example', 'drie bedrijven']) expect(page.body).not.toContain(secret);
    expect(page.body).toContain('Neem contact op met de bewoner via Femke');
    const api = (await professional.json('GET', `/api/v1/districts/oost/referrals/${referralId}`)).json();
    expect(api.personalData).toEqual({ personal: false, items: [], reason: 'no_consent' });
    expect(api.resident).toEqual({ name: null, phone: null, email: null, address: null, question: null });
    const byKarim = await t()
      .db.selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.actor_user_id')
      .select('audit_log.id')
      .where('users.email', '=', 'karim@buurtteam.example')
      .where('audit_log.action', '=', 'questions.personal_data.read')
      .execute();
    expect(byKarim).toHaveLength(0);
  });

  it('shares what the resident consented to, hides it at once on withdrawal, and audits every read', async () => {
    const { status, questionId, referralId } = await referred('Ik durf de post niet open te maken.');
    expect((await recordConsent(questionId, {})).statusCode).toBe(303);
    const page = await professional.get(`/oost/doorverwijzingen/${referralId}`);
    expect(page.body).toContain('Bea');
    expect(page.body).toContain('06 11 22 33 44');
    expect(page.body).toContain('Ik durf de post niet open te maken.');
    expect(page.body).not.toContain('bea@voorbeeld.example');
    const api = (await professional.json('GET', `/api/v1/districts/oost/referrals/${referralId}`)).json();
    expect(api.resident).toMatchObject({ name: 'Bea', phone: '06 11 22 33 44', email: null });
    const audited = await t()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', questionId)
      .where('action', '=', 'questions.personal_data.read')
      .execute();
    expect(audited.filter((a) => JSON.parse(a.details ?? '{}').role === 'receiver')).toHaveLength(2);

    const resident = t().client();
    const statusPage = await resident.get(status);
    expect(statusPage.body).toContain('Buurtteam Oost');
    const consentId = /toestemming\/([0-9a-f-]{36})\/intrekken/.exec(statusPage.body)?.[1] ?? '';
    expect((await resident.post(`${status}/toestemming/${consentId}/intrekken`, {})).statusCode).toBe(303);
    const after = await professional.get(`/oost/doorverwijzingen/${referralId}`);
    expect(after.body).not.toContain('06 11 22 33 44');
    expect(after.body).toContain('de bewoner trok de toestemming in');
    expect((await professional.json('GET', `/api/v1/districts/oost/referrals/${referralId}`)).json().resident.phone).toBeNull();
  });

  it('mails what the consent allows, and the resident sees that under inzage', async () => {
    const status = await askAs(t().client(), { text: 'Ik wil hulp bij mijn administratie.', name: 'Wim', phone: '06 77 66 55 44' });
    const questionId = await questionIdOf(t().db, status);
    expect((await recordConsent(questionId, { items: ['name', 'phone'] })).statusCode).toBe(303);
    await coordinator.get(`/oost/vragen/${questionId}/doorverwijzen`);
    await coordinator.post(`/oost/vragen/${questionId}/doorverwijzen`, {
      contact: contactId,
      summary: 'Administratie op orde brengen.',
      formalCare: 'yes',
    });
    const mail = await t().smtp.waitFor((m) => m.to.includes('karim@buurtteam.example') && m.text.includes('Administratie op orde'));
    expect(mail.text).toContain('Naam: Wim');
    expect(mail.text).toContain('Telefoonnummer: 06 77 66 55 44');
    expect(mail.text).not.toContain('Ik wil hulp bij mijn administratie.');
    const audit = await t()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', questionId)
      .where('action', '=', 'questions.personal_data.mailed')
      .execute();
    expect(audit).toHaveLength(1);
    expect((await t().client().get(status)).body).toContain('Buurtteam Oost, per e-mail');
  });

  it('refuses consent for an organisation that is not a partner of the district, and stores nothing', async () => {
    const { questionId } = await referred('Vraag over de post.');
    const elsewhere = await t()
      .db.selectFrom('organizations as o')
      .innerJoin('districts as d', 'd.id', 'o.district_id')
      .select('o.id')
      .where('d.slug', '!=', 'oost')
      .executeTakeFirst();
    const foreign = elsewhere?.id ?? '00000000-0000-4000-8000-000000000000';
    const refused = await recordConsent(questionId, { organizations: foreign });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Deze organisatie is geen partner in deze wijk.');
    const consents = await t().db.selectFrom('consents').select('id').where('question_id', '=', questionId).execute();
    expect(consents).toHaveLength(0);
  });

  it('refuses a referral to a person outside the district', async () => {
    const other = await addContact(t().db, { organization: 'Buurtteam Oost', name: 'Elders', district: 'oost' });
    const status = await askAs(t().client());
    const questionId = await questionIdOf(t().db, status);
    await t()
      .db.updateTable('organizations')
      .set({
        district_id: (await t().db.selectFrom('districts').select('id').where('slug', '=', 'overvecht').executeTakeFirstOrThrow()).id,
      })
      .where('id', '=', other.organizationId)
      .execute();
    await coordinator.get(`/oost/vragen/${questionId}/doorverwijzen`);
    const refused = await coordinator.post(`/oost/vragen/${questionId}/doorverwijzen`, {
      contact: other.contactId,
      summary: 'x',
      formalCare: 'no',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('hoort niet bij een partner in deze wijk');
    expect((await t().db.selectFrom('referrals').select('id').where('question_id', '=', questionId).execute()).length).toBe(0);
    await t()
      .db.updateTable('organizations')
      .set({ district_id: (await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow()).id })
      .where('id', '=', other.organizationId)
      .execute();
  });

  it('lets the receiver accept and close with an outcome that the resident and referrer see', async () => {
    const { status, questionId, referralId } = await referred('Hulp bij formulieren graag.');
    expect((await professional.get('/oost/doorverwijzingen')).body).toContain(`/oost/doorverwijzingen/${referralId}`);
    await professional.get(`/oost/doorverwijzingen/${referralId}`);
    expect((await professional.post(`/oost/doorverwijzingen/${referralId}/aannemen`, {})).statusCode).toBe(303);
    expect((await t().client().get(status)).body).toContain('Karim van Buurtteam Oost helpt u verder');
    await professional.get(`/oost/doorverwijzingen/${referralId}/afsluiten`);
    const closed = await professional.post(`/oost/doorverwijzingen/${referralId}/afsluiten`, { outcome: 'Samen de formulieren ingevuld.' });
    expect(closed.statusCode).toBe(303);
    expect((await t().client().get(status)).body).toContain('Samen de formulieren ingevuld.');
    expect((await coordinator.get(`/oost/vragen/${questionId}`)).body).toContain('Samen de formulieren ingevuld.');
    const question = await t().db.selectFrom('questions').selectAll().where('id', '=', questionId).executeTakeFirstOrThrow();
    expect(question).toMatchObject({ status: 'closed', outcome: 'referral_closed' });
  });

  it('scales up to formal care as an explicit step, with a new referral', async () => {
    const { questionId, referralId } = await referred('Ik slaap slecht van de zorgen.');
    await professional.get(`/oost/doorverwijzingen/${referralId}`);
    await professional.post(`/oost/doorverwijzingen/${referralId}/aannemen`, {});
    const gp = await addContact(t().db, {
      organization: 'Stichting Utrecht Oost Gezond',
      name: 'Noor',
      userId: await createTestUser(t().db, { email: 'noor@gezond.example', roles: [{ role: 'professional', district: 'oost' }] }),
    });
    await professional.get(`/oost/doorverwijzingen/${referralId}/opschalen`);
    const up = await professional.post(`/oost/doorverwijzingen/${referralId}/opschalen`, {
      contact: gp.contactId,
      summary: 'Slaapproblemen door zorgen.',
      formalCare: 'yes',
    });
    expect(up.statusCode).toBe(303);
    const referrals = await t()
      .db.selectFrom('referrals')
      .selectAll()
      .where('question_id', '=', questionId)
      .orderBy('created_at')
      .execute();
    expect(referrals.map((r) => r.status)).toEqual(['scaled_up', 'pending']);
    expect(referrals[1]?.previous_referral_id).toBe(referralId);
    expect(referrals[1]?.formal_care).toBe(1);
    const events = await t().db.selectFrom('question_events').select('kind').where('question_id', '=', questionId).execute();
    expect(events.map((e) => e.kind)).toContain('scaled_up');
  });

  it('keeps referrals from anyone but their receiver', async () => {
    const { referralId } = await referred('Een vraag.');
    await createTestUser(t().db, { email: 'ander@wijk.example', roles: [{ role: 'professional', district: 'oost' }] });
    const other = await signedIn(t().client(), 'ander@wijk.example');
    expect((await other.get(`/oost/doorverwijzingen/${referralId}`)).statusCode).toBe(404);
    expect((await other.json('GET', `/api/v1/districts/oost/referrals/${referralId}`)).statusCode).toBe(404);
    expect((await other.get('/oost/doorverwijzingen')).body).not.toContain(referralId);
  });
});
