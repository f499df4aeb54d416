import { expect, it } from 'vitest';
import { findDistrictBySlug } from '../../../platform/geography/geography.repository.ts';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { organizationsOfDistrict } from '../../guide/index.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact bottlenecks: raised, worked on, escalated, resolved', (t) => {
  async function as(role: 'partner_contact' | 'coordinator' | 'steering_member' | 'resident', email: string, organizationId?: string) {
    await createTestUser(t().db, { email, name: `${role} (test)`, roles: [{ role, district: 'oost', organizationId }] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  it('goes from a partner to the coordinator to the steering group, and back to the partner', async () => {
    const oost = await findDistrictBySlug(t().db, 'oost');
    const dock = (await organizationsOfDistrict(t().db, oost?.id ?? '')).find((o) => o.name === 'DOCK');
    if (dock === undefined) throw new Error('no DOCK in Oost');
    const partner = await as('partner_contact', 'dock@wijk.example', dock.id);
    await partner.get('/oost/samenwerken/knelpunten');
    const empty = await partner.post('/oost/samenwerken/knelpunten', { title: '', description: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Schrijf in een paar woorden wat het knelpunt is.');
    const raised = await partner.post('/oost/samenwerken/knelpunten', {
      title: 'Geen zaal voor de buurtmaaltijd',
      description: 'Sterrenzicht is op dinsdag vol.',
    });
    expect(raised.statusCode).toBe(303);
    const id = (raised.headers.location as string).split('/').at(-1)?.split('?')[0] ?? '';
    const mine = await partner.get(`/oost/samenwerken/knelpunten/${id}`);
    expect(mine.body).toContain('partner_contact (test) (DOCK)');
    expect((await partner.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'take_up' })).statusCode).toBe(409);

    const coordinator = await as('coordinator', 'coord@wijk.example');
    await coordinator.get(`/oost/samenwerken/knelpunten/${id}`);
    expect((await coordinator.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'take_up' })).statusCode).toBe(303);
    const noReason = await coordinator.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'escalate', note: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Schrijf op waarom het naar de regiegroep gaat.');
    expect(
      (await coordinator.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'escalate', note: 'Er is geld nodig voor huur.' }))
        .statusCode,
    ).toBe(303);
    await t().smtp.waitFor(
      (m) =>
        m.to.includes('regiegroep.oost@wijkportaal.example') &&
        m.subject === 'Knelpunt voor de regiegroep: Geen zaal voor de buurtmaaltijd',
    );
    const notMine = await coordinator.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'resolve', note: 'Toch gelukt' });
    expect(notMine.statusCode).toBe(409);
    expect(notMine.body).toContain('Alleen de regiegroep kan het oplossen.');

    t().clock.advanceMinutes(3 * 24 * 60);
    const steering = await as('steering_member', 'regie@wijk.example');
    await steering.get(`/oost/samenwerken/knelpunten/${id}`);
    expect(
      (await steering.post(`/oost/samenwerken/knelpunten/${id}/stap`, { action: 'resolve', note: 'De gemeente betaalt de huur dit jaar.' }))
        .statusCode,
    ).toBe(303);
    await t().smtp.waitFor((m) => m.to.includes('dock@wijk.example') && m.subject === 'Opgelost: Geen zaal voor de buurtmaaltijd');
    const done = (await steering.json('GET', `/api/v1/districts/oost/pact/bottlenecks/${id}`)).json();
    expect(done).toMatchObject({ status: 'resolved', resolution: 'De gemeente betaalt de huur dit jaar.', ageInDays: 3, partner: 'DOCK' });
    expect(done.history.map((h: { action: string }) => h.action)).toEqual(['raised', 'take_up', 'escalate', 'resolve']);
  });

  it('shows the age of open bottlenecks and keeps them from residents', async () => {
    const coordinator = await as('coordinator', 'coord2@wijk.example');
    const list = (await coordinator.json('GET', '/api/v1/districts/oost/pact/bottlenecks')).json();
    const watervogel = list.find((b: { title: string }) => b.title.includes('Watervogelbuurt'));
    expect(watervogel.ageInDays).toBeGreaterThanOrEqual(12);
    const page = await coordinator.get('/oost/samenwerken/knelpunten');
    expect(page.body).toMatch(/\d+ dagen open/);
    const resident = await as('resident', 'bewoner@wijk.example');
    expect((await resident.get('/oost/samenwerken/knelpunten')).statusCode).toBe(403);
    expect((await t().client().get('/oost/samenwerken/knelpunten')).statusCode).toBe(303);
  });
});
