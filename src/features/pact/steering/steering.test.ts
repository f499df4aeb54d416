import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-app.ts';
import { createTestUser, TEST_PASSWORD } from '../../../platform/testing/users.ts';

describeEachEngine('pact steering group', (t) => {
  it('shows the seats of seed 000 §6 and the rotating chair', async () => {
    const page = await t().client().get('/oost/samenwerken/regiegroep');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Nu 7 van de hooguit 8 leden.');
    expect(page.body).toContain('Ria Regiegroep (demo)');
    expect(page.body).toContain('tweede helft van 2026');
    expect(page.body).not.toContain('regiegroep.oost@wijkportaal.example');
  });

  it('takes an eighth member and refuses a ninth, storing nothing', async () => {
    await createTestUser(t().db, { email: 'regie@wijk.example', roles: [{ role: 'steering_member', district: 'oost' }] });
    const steering = t().client();
    await steering.signIn('regie@wijk.example', TEST_PASSWORD);
    await steering.get('/oost/samenwerken/regiegroep');
    const taken = await steering.post('/oost/samenwerken/regiegroep/leden', { seat: 'dock', name: 'Tweede DOCK', joinedOn: '2026-11-01' });
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('Deze plek is al bezet.');
    const eighth = await steering.post('/oost/samenwerken/regiegroep/leden', {
      seat: 'key_figure',
      name: 'Hans Hogeschool (demo)',
      joinedOn: '2026-11-01',
    });
    expect(eighth.statusCode).toBe(303);
    const count = async () => (await t().db.selectFrom('pact_steering_members').select('id').where('left_on', 'is', null).execute()).length;
    const before = await count();
    const ninth = await steering.post('/oost/samenwerken/regiegroep/leden', {
      seat: 'key_figure',
      name: 'Negende',
      joinedOn: '2026-11-01',
    });
    expect(ninth.statusCode).toBe(409);
    expect(ninth.body).toContain('De regiegroep heeft al 8 leden.');
    const api = await steering.json('POST', '/api/v1/districts/oost/pact/steering-group/members', {
      seat: 'municipality',
      name: 'Negende',
      joinedOn: '2026-11-01',
    });
    expect(api.statusCode).toBe(409);
    expect(api.json().error.fields['body.seat'].message).toContain('al 8 leden');
    expect(await count()).toBe(before);
    const bad = await steering.post('/oost/samenwerken/regiegroep/leden', { seat: 'koning', name: '', joinedOn: 'gisteren' });
    expect(bad.statusCode).toBe(422);
  });

  it('lets only one of two members added at the same moment become the eighth', async () => {
    await t().db.updateTable('pact_steering_members').set({ left_on: '2026-01-01' }).where('seat', '=', 'key_figure').execute();
    await createTestUser(t().db, { email: 'gelijk@wijk.example', roles: [{ role: 'steering_member', district: 'oost' }] });
    const [a, b] = [t().client(), t().client()];
    for (const c of [a, b]) {
      await c.signIn('gelijk@wijk.example', TEST_PASSWORD);
      await c.get('/oost/samenwerken/regiegroep');
    }
    const results = await Promise.all(
      [a, b].map((c, i) =>
        c.post('/oost/samenwerken/regiegroep/leden', { seat: 'key_figure', name: `Tegelijk ${i}`, joinedOn: '2026-11-01' }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    const active = await t().db.selectFrom('pact_steering_members').select('id').where('left_on', 'is', null).execute();
    expect(active).toHaveLength(8);
  });

  it('makes the chair schedule rotate after the last chair', async () => {
    await createTestUser(t().db, { email: 'regie3@wijk.example', roles: [{ role: 'steering_member', district: 'oost' }] });
    const steering = t().client();
    await steering.signIn('regie3@wijk.example', TEST_PASSWORD);
    const before = (await steering.json('GET', '/api/v1/districts/oost/pact/steering-group')).json();
    const last = before.chairSchedule.find((c: { period: string }) => c.period === '2026-2');
    await steering.get('/oost/samenwerken/regiegroep');
    expect((await steering.post('/oost/samenwerken/regiegroep/rooster', { from: '2027-1', terms: '4' })).statusCode).toBe(303);
    const after = (await steering.json('GET', '/api/v1/districts/oost/pact/steering-group')).json();
    const periods = after.chairSchedule.map((c: { period: string }) => c.period);
    expect(periods.slice(-4)).toEqual(['2027-1', '2027-2', '2028-1', '2028-2']);
    const order = after.members.map((m: { id: string }) => m.id);
    const next = after.chairSchedule.find((c: { period: string }) => c.period === '2027-1');
    expect(order.indexOf(next.memberId)).toBe((Number(order.indexOf(last.memberId)) + 1) % Number(order.length));
  });

  it('lets only the steering group change it', async () => {
    await createTestUser(t().db, { email: 'vrijw@wijk.example', roles: [{ role: 'volunteer', district: 'oost' }] });
    const volunteer = t().client();
    await volunteer.signIn('vrijw@wijk.example', TEST_PASSWORD);
    await volunteer.get('/oost/samenwerken/regiegroep');
    expect(
      (await volunteer.post('/oost/samenwerken/regiegroep/leden', { seat: 'key_figure', name: 'X', joinedOn: '2026-11-01' })).statusCode,
    ).toBe(403);
  });
});
