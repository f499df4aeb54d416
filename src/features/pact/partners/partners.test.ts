import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact partners, join requests and commitments', (t) => {
  it('lists the signatories of seed 001, and hides contact persons from visitors', async () => {
    const page = await t().client().get('/oost/samenwerken/partners');
    expect(page.statusCode).toBe(200);
    for (const name of ['Hogeschool Utrecht', 'Podium Oost', 'Wijkcoöperatie Oost voor Elkaar', 'Buurtzorg Wilhelminapark e.o.'])
      expect(page.body).toContain(name);
    expect(page.body).not.toContain('oostgezond@partners.example');
    const overvecht = await t().client().get('/overvecht/samenwerken/partners');
    for (const name of ['Lister', 'Leger des Heils', 'SterkZorg', 'Meetellen']) expect(overvecht.body).toContain(name);
    expect(page.body).toContain('rel="alternate" type="text/calendar" href="/oost/samenwerken/bijeenkomsten.ics"');
  });

  it('describes the whole pact API in the OpenAPI document', async () => {
    const doc = (await t().client().get('/api/openapi.json')).json();
    for (const path of [
      '/api/v1/districts/{district}/pact/partners',
      '/api/v1/districts/{district}/pact/join-requests',
      '/api/v1/districts/{district}/pact/steering-group/members',
      '/api/v1/districts/{district}/pact/meetings/{meeting}/invitations',
      '/api/v1/districts/{district}/pact/agendas/{year}/adoption',
      '/api/v1/districts/{district}/pact/bottlenecks/{bottleneck}/steps',
      '/api/v1/districts/{district}/pact/thuis-in-je-wijk/longlist',
      '/api/v1/districts/{district}/monitoring/indicators/{indicator}/target',
      '/api/v1/districts/{district}/monitoring/process-figures',
      '/api/v1/districts/{district}/pact/settings',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });

  it('shows contact persons to partners and logs each read', async () => {
    await createTestUser(t().db, { email: 'prof@wijk.example', roles: [{ role: 'professional', district: 'oost' }] });
    const prof = t().client();
    await prof.signIn('prof@wijk.example', TEST_PASSWORD);
    const page = await prof.get('/oost/samenwerken/partners');
    expect(page.body).toContain('oostgezond@partners.example');
    expect(page.body).toContain('Sam Opbouwwerker DOCK (demo)');
    const audit = await t().db.selectFrom('audit_log').select('action').where('action', '=', 'pact.contacts.read').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('takes a join request from anyone, which the steering group approves once', async () => {
    const visitor = t().client();
    await visitor.get('/oost/samenwerken/partners/aanmelden');
    const bad = await visitor.post('/oost/samenwerken/partners/aanmelden', {
      organization: '',
      contactName: 'X',
      contactEmail: 'geen',
      addedValue: '',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Vul een e-mailadres in');
    const sent = await visitor.post('/oost/samenwerken/partners/aanmelden', {
      organization: 'Buurthuis De Zon',
      contactName: 'Zoë Zon',
      contactEmail: 'zoe@dezon.example',
      contactPhone: '030 123 4567',
      addedValue: 'Een plek voor buurtmaaltijden.',
    });
    expect(sent.statusCode).toBe(303);
    const request = await t()
      .db.selectFrom('pact_join_requests')
      .select('id')
      .where('organization_name', '=', 'Buurthuis De Zon')
      .executeTakeFirstOrThrow();

    await createTestUser(t().db, { email: 'regie@wijk.example', roles: [{ role: 'steering_member', district: 'oost' }] });
    const steering = t().client();
    await steering.signIn('regie@wijk.example', TEST_PASSWORD);
    const list = await steering.get('/oost/samenwerken/partners/aanmeldingen');
    expect(list.body).toContain('zoe@dezon.example');
    const approved = await steering.post(`/oost/samenwerken/partners/aanmeldingen/${request.id}/besluit`, {
      decision: 'approved',
      note: '',
    });
    expect(approved.statusCode).toBe(303);
    const mail = await t().smtp.waitFor((m) => m.to.includes('zoe@dezon.example'));
    expect(mail.subject).toBe('Welkom als partner in Oost');
    const again = await steering.post(`/oost/samenwerken/partners/aanmeldingen/${request.id}/besluit`, { decision: 'declined' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Over deze aanmelding is al beslist.');
    const partner = await steering.get(approved.headers.location as string);
    expect(partner.body).toContain('Buurthuis De Zon');
    expect(partner.body).toContain('Zoë Zon');

    const visitorTry = await visitor.post(`/oost/samenwerken/partners/aanmeldingen/${request.id}/besluit`, { decision: 'approved' });
    expect(visitorTry.statusCode).toBe(303);
    expect(visitorTry.headers.location).toContain('/inloggen');
  });

  it('records commitments per year, kept apart by year', async () => {
    await createTestUser(t().db, { email: 'regie2@wijk.example', roles: [{ role: 'steering_member', district: 'oost' }] });
    const steering = t().client();
    await steering.signIn('regie2@wijk.example', TEST_PASSWORD);
    const partners = (await steering.json('GET', '/api/v1/districts/oost/pact/partners')).json();
    const hu = partners.find((p: { name: string }) => p.name === 'Hogeschool Utrecht');
    await steering.get(`/oost/samenwerken/partners/${hu.id}`);
    const form = { year: '2025', a: 'met', b: 'not_met', c: 'met', d: 'open', e: 'met', note_b: 'Geen bijeenkomst mee georganiseerd' };
    expect((await steering.post(`/oost/samenwerken/partners/${hu.id}/afspraken`, form)).statusCode).toBe(303);
    expect((await steering.post(`/oost/samenwerken/partners/${hu.id}/afspraken`, { ...form, b: 'misschien' })).statusCode).toBe(422);
    const y2025 = (await steering.json('GET', `/api/v1/districts/oost/pact/partners/${hu.id}/commitments?year=2025`)).json();
    expect(y2025.commitments.map((c: { status: string }) => c.status)).toEqual(['met', 'not_met', 'met', 'open', 'met']);
    expect(y2025.commitments[1].note).toBe('Geen bijeenkomst mee georganiseerd');
    const y2026 = (await steering.json('GET', `/api/v1/districts/oost/pact/partners/${hu.id}/commitments?year=2026`)).json();
    expect(y2026.commitments.map((c: { status: string }) => c.status)).toEqual(['open', 'open', 'open', 'open', 'open']);
    expect(y2026.commitments[0].evidence).toBe(true);
    const put = await steering.json('PUT', `/api/v1/districts/oost/pact/partners/${hu.id}/commitments`, {
      year: 2026,
      letter: 'c',
      status: 'met',
    });
    expect(put.statusCode).toBe(200);
    const page = await steering.get(`/oost/samenwerken/partners/${hu.id}?jaar=2026`);
    expect(page.body).toContain('Nagekomen');
    const badContact = await steering.post(`/oost/samenwerken/partners/${hu.id}/aanspreekpunt`, {
      name: 'Hanna',
      email: 'geen adres',
      phone: '',
    });
    expect(badContact.statusCode).toBe(422);
    expect(
      (
        await steering.post(`/oost/samenwerken/partners/${hu.id}/aanspreekpunt`, {
          name: 'Hanna Hogeschool (demo)',
          email: 'hanna@partners.example',
          phone: '030 000 0099',
        })
      ).statusCode,
    ).toBe(303);
    const after = (await steering.json('GET', '/api/v1/districts/oost/pact/partners')).json().find((p: { id: string }) => p.id === hu.id);
    expect(after.contact).toEqual({ name: 'Hanna Hogeschool (demo)', email: 'hanna@partners.example', phone: '030 000 0099' });
  });
});

describeEachEngine('pact settings per district', (t) => {
  it('lets an administrator switch a district to Thuis in je Wijk, and nobody else', async () => {
    await createTestUser(t().db, { email: 'admin@wijk.example', roles: [{ role: 'administrator', district: 'overvecht' }] });
    await createTestUser(t().db, { email: 'regie@wijk.example', roles: [{ role: 'steering_member', district: 'overvecht' }] });
    const steering = t().client();
    await steering.signIn('regie@wijk.example', TEST_PASSWORD);
    expect((await steering.get('/overvecht/samenwerken/instellingen')).statusCode).toBe(403);
    const admin = t().client();
    await admin.signIn('admin@wijk.example', TEST_PASSWORD);
    await admin.get('/overvecht/samenwerken/instellingen');
    expect((await admin.post('/overvecht/samenwerken/instellingen', { pactName: '', programme: 'koffie' })).statusCode).toBe(422);
    expect(
      (await admin.post('/overvecht/samenwerken/instellingen', { pactName: 'Wijkpact Overvecht', programme: 'wijkpact' })).statusCode,
    ).toBe(303);
    const meetings = (await admin.json('GET', '/api/v1/districts/overvecht/pact/meetings?year=2026')).json();
    expect(meetings.warnings.map((w: { message: string }) => w.message)).toContain('Regiegroep: 0 gepland, 2 nodig.');
    expect((await admin.get('/overvecht/samenwerken')).body).toContain('Wijkpact Overvecht');
    expect((await admin.get('/overvecht/samenwerken/thuis-in-je-wijk')).statusCode).toBe(404);
  });
});
