import { beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../../platform/testing/client.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser } from '../../../platform/testing/users.ts';
import { addContact, signedIn } from '../questions.testing.ts';

describeEachEngine('JSON API for questions, referrals and consents', (t) => {
  let coordinator: TestClient;
  beforeAll(async () => {
    await createTestUser(t().db, { email: 'femke@wijk.example', name: 'Femke', roles: [{ role: 'coordinator', district: 'oost' }] });
    coordinator = await signedIn(t().client(), 'femke@wijk.example');
    await coordinator.get('/oost');
  });

  const question = {
    text: 'Hoe vind ik een maatje?',
    name: 'Henk',
    contactBy: 'email',
    email: 'henk@voorbeeld.example',
    urgency: 'normal',
    buurt: 'abstede',
  };

  it('describes every operation in the OpenAPI document', async () => {
    const doc = (await t().client().get('/api/openapi.json')).json();
    for (const path of [
      '/api/v1/districts/{district}/questions',
      '/api/v1/districts/{district}/questions/{id}',
      '/api/v1/districts/{district}/questions/{id}/answer',
      '/api/v1/districts/{district}/questions/{id}/referrals',
      '/api/v1/districts/{district}/questions/{id}/consents',
      '/api/v1/districts/{district}/questions/{id}/consents/{consentId}/withdraw',
      '/api/v1/districts/{district}/referrals',
      '/api/v1/districts/{district}/referrals/{id}',
      '/api/v1/districts/{district}/referrals/{id}/accept',
      '/api/v1/districts/{district}/referrals/{id}/decline',
      '/api/v1/districts/{district}/referrals/{id}/close',
      '/api/v1/districts/{district}/question-figures',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/v1/districts/{district}/questions'].post.requestBody).toBeDefined();
  });

  it('takes a question without an account and returns a status link', async () => {
    const visitor = t().client();
    await visitor.get('/oost/vraag-stellen');
    const response = await visitor.json('POST', '/api/v1/districts/oost/questions', question);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.reference).toMatch(/^V-[2-9A-Z]{5}$/);
    const path = new URL(body.statusUrl).pathname;
    expect((await t().client().get(path)).statusCode).toBe(200);
  });

  it('refuses bad input with field messages and changes nothing', async () => {
    const visitor = t().client();
    await visitor.get('/oost/vraag-stellen');
    const before = (await t().db.selectFrom('questions').select('id').execute()).length;
    const empty = await visitor.json('POST', '/api/v1/districts/oost/questions', { ...question, text: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields['body.text'].message).toBe('Schrijf uw vraag op.');
    const huge = await visitor.json('POST', '/api/v1/districts/oost/questions', { ...question, text: 'a'.repeat(100_000) });
    expect(huge.statusCode).toBe(422);
    const buurt = await visitor.json('POST', '/api/v1/districts/oost/questions', { ...question, buurt: 'nergens' });
    expect(buurt.statusCode).toBe(422);
    expect(buurt.json().error.fields['body.buurt']).toBeDefined();
    expect((await t().db.selectFrom('questions').select('id').execute()).length).toBe(before);
  });

  it('lists without personal data, shows one question with it (audited), answers, refers and records consent', async () => {
    await coordinator.json('POST', '/api/v1/districts/oost/questions', { ...question, text: 'API-vraag van Henk' });
    const list = (await coordinator.json('GET', '/api/v1/districts/oost/questions')).json();
    expect(JSON.stringify(list)).not.toContain('Henk');
    const id = list.at(-1).id;
    const one = await coordinator.json('GET', `/api/v1/districts/oost/questions/${id}`);
    expect(one.json()).toMatchObject({ text: 'API-vraag van Henk', name: 'Henk', status: 'new' });
    expect((await t().db.selectFrom('audit_log').select('id').where('subject_id', '=', id).execute()).length).toBe(1);

    const karim = await createTestUser(t().db, { email: 'karim@bt.example', roles: [{ role: 'professional', district: 'oost' }] });
    const { contactId, organizationId } = await addContact(t().db, { organization: 'Buurtteam Oost', name: 'Karim', userId: karim });
    const consent = await coordinator.json('POST', `/api/v1/districts/oost/questions/${id}/consents`, {
      organizations: [organizationId],
      items: ['name', 'email'],
      purpose: 'Contact over een maatje',
      how: 'verbal',
      validUntil: '2027-01-31',
    });
    expect(consent.statusCode).toBe(200);
    const referral = await coordinator.json('POST', `/api/v1/districts/oost/questions/${id}/referrals`, {
      contact: contactId,
      summary: 'Zoekt een maatje',
      formalCare: 'no',
    });
    expect(referral.statusCode).toBe(200);
    const professional = await signedIn(t().client(), 'karim@bt.example');
    await professional.get('/oost');
    const inbox = (await professional.json('GET', '/api/v1/districts/oost/referrals')).json();
    expect(inbox.map((r: { id: string }) => r.id)).toContain(referral.json().id);
    const seen = (await professional.json('GET', `/api/v1/districts/oost/referrals/${referral.json().id}`)).json();
    expect(seen.resident).toEqual({ name: 'Henk', phone: null, email: 'henk@voorbeeld.example', address: null, question: null });
    expect(
      (await professional.json('POST', `/api/v1/districts/oost/referrals/${referral.json().id}/decline`, { reason: '' })).statusCode,
    ).toBe(422);
    expect((await professional.json('POST', `/api/v1/districts/oost/referrals/${referral.json().id}/accept`)).statusCode).toBe(200);
    expect((await professional.json('POST', `/api/v1/districts/oost/referrals/${referral.json().id}/accept`)).statusCode).toBe(409);
    expect(
      (await professional.json('POST', `/api/v1/districts/oost/referrals/${referral.json().id}/close`, { outcome: 'Maatje gevonden' }))
        .statusCode,
    ).toBe(200);
    const withdrawn = await coordinator.json('POST', `/api/v1/districts/oost/questions/${id}/consents/${consent.json().id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    const consents = (await coordinator.json('GET', `/api/v1/districts/oost/questions/${id}/consents`)).json();
    expect(consents[0].status).toBe('withdrawn');
  });

  it('keeps the API to the right roles', async () => {
    expect((await t().client().json('GET', '/api/v1/districts/oost/questions')).statusCode).toBe(401);
    await createTestUser(t().db, { email: 'joop@wijk.example', roles: [{ role: 'volunteer', district: 'oost' }] });
    const volunteer = await signedIn(t().client(), 'joop@wijk.example');
    expect((await volunteer.json('GET', '/api/v1/districts/oost/questions')).statusCode).toBe(403);
    expect((await volunteer.json('GET', '/api/v1/districts/oost/question-figures')).statusCode).toBe(403);
    expect((await coordinator.json('GET', '/api/v1/districts/overvecht/questions')).statusCode).toBe(403);
  });

  it('computes the monitoring figures from the data, per month', async () => {
    const figures = (await coordinator.json('GET', '/api/v1/districts/oost/question-figures?year=2026')).json();
    const asked = figures.find((f: { key: string }) => f.key === 'questions.asked');
    expect(asked.byMonth).toHaveLength(12);
    expect(asked.value).toBeGreaterThan(0);
    const oost = await t().db.selectFrom('districts').select('id').where('slug', '=', 'oost').executeTakeFirstOrThrow();
    const fromFeature = await t()
      .app.features.find((f) => f.name === 'questions')
      ?.processFigures?.(t().db, { districtId: oost.id, year: 2026 });
    expect(fromFeature).toEqual(figures);
    const closed = figures.find((f: { key: string }) => f.key === 'questions.referralsClosed');
    expect(closed.value).toBeGreaterThan(0);
  });
});
