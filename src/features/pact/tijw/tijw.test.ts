import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('Thuis in je Wijk: core team, action plan, work groups, longlist', (t) => {
  it('shows the core team with its quartermaster and checks the longlist against the four criteria', async () => {
    const page = await t().client().get('/noordwest/samenwerken/thuis-in-je-wijk');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kwartiermaker: Monique Sluiman-Faro (DOCK).');
    expect(page.body).toContain('Onderzoek en monitoring');
    const api = (await t().client().json('GET', '/api/v1/districts/noordwest/pact/thuis-in-je-wijk')).json();
    expect(api.longlist.map((l: { eligible: boolean }) => l.eligible)).toEqual([true, false, false]);
    expect(api.actionPlan.every((a: { goals: number[] }) => a.goals.length > 0)).toBe(true);
    expect((await t().client().get('/oost/samenwerken/thuis-in-je-wijk')).statusCode).toBe(404);
  });

  it('lets the coordinator add to the longlist and the plan; an action needs a goal', async () => {
    await createTestUser(t().db, { email: 'kwartier@wijk.example', roles: [{ role: 'coordinator', district: 'overvecht' }] });
    const client = t().client();
    await client.signIn('kwartier@wijk.example', TEST_PASSWORD);
    await client.get('/overvecht/samenwerken/thuis-in-je-wijk/nieuw/longlist');
    const added = await client.post('/overvecht/samenwerken/thuis-in-je-wijk/nieuw/longlist', {
      title: 'Samen koken in de buurtkamer',
      partners: 'Lister, DOCK',
      goals: ['2', '5'],
      newWayOfWorking: 'on',
      partnersFromSeveralTracks: 'on',
    });
    expect(added.statusCode).toBe(303);
    const noGoal = await client.post('/overvecht/samenwerken/thuis-in-je-wijk/nieuw/actie', { title: 'Iets', status: 'planned' });
    expect(noGoal.statusCode).toBe(422);
    expect(noGoal.body).toContain('Kies minstens één van de vijf doelen.');
    const badGoal = await client.json('POST', '/api/v1/districts/overvecht/pact/thuis-in-je-wijk/action-plan', {
      title: 'Iets',
      goals: ['7'],
      status: 'planned',
    });
    expect(badGoal.statusCode).toBe(422);
    const api = (await client.json('GET', '/api/v1/districts/overvecht/pact/thuis-in-je-wijk')).json();
    const mine = api.longlist.find((l: { title: string }) => l.title === 'Samen koken in de buurtkamer');
    expect(mine.eligible).toBe(true);
    expect(mine.criteria).toEqual({ newWayOfWorking: true, partnersFromSeveralTracks: true, severalGoals: true, fifthGoal: true });
    expect((await client.get('/noordwest/samenwerken/thuis-in-je-wijk/nieuw/actie')).statusCode).toBe(403);
  });
});
