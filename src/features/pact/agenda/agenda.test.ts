import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact district agenda (wijkagenda)', (t) => {
  async function signedIn(role: 'steering_member' | 'coordinator') {
    const email = `${role}${Math.random().toString(36).slice(2, 8)}@wijk.example`;
    await createTestUser(t().db, { email, name: `Test ${role}`, roles: [{ role, district: 'oost' }] });
    const client = t().client();
    await client.signIn(email, TEST_PASSWORD);
    return client;
  }

  it('shows the demo agenda with changes against the adopted version', async () => {
    const page = await t().client().get('/oost/samenwerken/wijkagenda/2026');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Vastgesteld door de regiegroep op 10 maart 2026 (versie 1).');
    expect(page.body).toContain('Maatjes die meegaan naar een ontmoetingsplek');
    expect(page.body).toContain('nieuw sinds de vaststelling');
    expect(page.body).toContain('veranderd sinds de vaststelling: budget, stand');
  });

  it('freezes the adopted version: later changes show against it, notes on it are refused', async () => {
    const coordinator = await signedIn('coordinator');
    const steering = await signedIn('steering_member');
    await coordinator.get('/oost/samenwerken/wijkagenda/2027');
    const owners = (await coordinator.json('GET', '/api/v1/districts/oost/pact/partners')).json();
    const dock = owners.find((p: { name: string }) => p.name === 'DOCK').id;
    const added = await coordinator.post('/oost/samenwerken/wijkagenda/2027/projecten', {
      title: 'Buurtkamer Sterrenwijk',
      challenges: ['a', 'b'],
      owners: [dock],
      budget: '1.250,50',
      budgetSource: 'Buurtbudget',
      status: 'planned',
    });
    expect(added.statusCode).toBe(303);
    const notANumber = await coordinator.post('/oost/samenwerken/wijkagenda/2027/projecten', {
      title: 'Iets',
      challenges: 'a',
      budget: 'heel veel',
      status: 'planned',
    });
    expect(notANumber.statusCode).toBe(422);
    expect(notANumber.body).toContain('Dit is geen bedrag.');
    const noChallenge = await coordinator.post('/oost/samenwerken/wijkagenda/2027/projecten', {
      title: 'Iets',
      budget: '10',
      status: 'planned',
    });
    expect(noChallenge.body).toContain('Kies minstens één opgave');
    expect((await coordinator.post('/oost/samenwerken/wijkagenda/2027/vaststellen', { adoptedOn: '2026-11-20' })).statusCode).toBe(403);

    await steering.get('/oost/samenwerken/wijkagenda/2027');
    const future = await steering.post('/oost/samenwerken/wijkagenda/2027/vaststellen', { adoptedOn: '2027-01-01' });
    expect(future.body).toContain('De datum van vaststelling kan niet in de toekomst liggen.');
    expect((await steering.post('/oost/samenwerken/wijkagenda/2027/vaststellen', { adoptedOn: '2026-11-20' })).statusCode).toBe(303);

    const agenda = (await coordinator.json('GET', '/api/v1/districts/oost/pact/agendas/2027')).json();
    expect(agenda.adopted).toEqual([{ number: 1, adoptedOn: '2026-11-20' }]);
    expect(agenda.working).toEqual({ number: 2 });
    expect(agenda.projects[0]).toMatchObject({ title: 'Buurtkamer Sterrenwijk', budgetCents: 125_050, challenges: ['a', 'b'] });
    const frozen = (await coordinator.json('GET', '/api/v1/districts/oost/pact/agendas/2027/versions/1')).json();
    const frozenId = frozen.projects[0].id;
    const currentId = agenda.projects[0].id;
    expect(frozenId).not.toBe(currentId);

    const notes = () => t().db.selectFrom('pact_project_notes').select('id').execute();
    const before = (await notes()).length;
    await coordinator.get(`/oost/samenwerken/wijkagenda/2027/projecten/${frozenId}`);
    const refused = await coordinator.post(`/oost/samenwerken/wijkagenda/2027/projecten/${frozenId}/voortgang`, {
      notedOn: '2026-11-21',
      text: 'Ruimte gevonden',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Deze versie is vastgesteld');
    const refusedApi = await coordinator.json('POST', `/api/v1/districts/oost/pact/agendas/2027/projects/${frozenId}/notes`, {
      notedOn: '2026-11-21',
      text: 'Ruimte gevonden',
    });
    expect(refusedApi.statusCode).toBe(409);
    expect(refusedApi.json().error.fields['body.project'].code).toBe('pact.agenda.frozen');
    const changeFrozen = await coordinator.json('PUT', `/api/v1/districts/oost/pact/agendas/2027/projects/${frozenId}`, {
      title: 'Anders',
      challenges: ['a'],
      status: 'running',
    });
    expect(changeFrozen.statusCode).toBe(409);
    expect((await notes()).length).toBe(before);

    await coordinator.get(`/oost/samenwerken/wijkagenda/2027/projecten/${currentId}`);
    expect(
      (
        await coordinator.post(`/oost/samenwerken/wijkagenda/2027/projecten/${currentId}/voortgang`, {
          notedOn: '2026-11-21',
          text: 'Ruimte gevonden',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await coordinator.post(`/oost/samenwerken/wijkagenda/2027/projecten/${currentId}`, {
          title: 'Buurtkamer Sterrenwijk',
          challenges: ['a', 'b'],
          owners: [dock],
          budget: '2000',
          budgetSource: 'Buurtbudget',
          status: 'running',
        })
      ).statusCode,
    ).toBe(303);

    const after = (await coordinator.json('GET', '/api/v1/districts/oost/pact/agendas/2027')).json();
    expect(after.changesSinceAdoption).toEqual([{ key: agenda.projects[0].key, kind: 'changed', fields: ['budget', 'status'] }]);
    const kept = (await coordinator.json('GET', '/api/v1/districts/oost/pact/agendas/2027/versions/1')).json();
    expect(kept.projects[0]).toMatchObject({ budgetCents: 125_050, status: 'planned', notes: [] });
    const page = await t().client().get('/oost/samenwerken/wijkagenda/2027/versie/1');
    expect(page.body).toMatch(/€\s1\.250,50/);
  });
});
